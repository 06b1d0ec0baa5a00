using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>The outcome of decoding a file's bytes: the text, or the error that stopped it.</summary>
/// <param name="Text">The decoded text, or null when the file cannot be read as text.</param>
/// <param name="Diagnostic">An error (no text) or a warning (text decoded with a fallback), or null.</param>
public readonly record struct DecodedText(string? Text, Diagnostic? Diagnostic);
