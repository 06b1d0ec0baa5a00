using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>A file read and decoded, with its content hash, before it is parsed.</summary>
/// <param name="File">The file.</param>
/// <param name="Text">The decoded text, or null when the file could not be read as text.</param>
/// <param name="ContentHash">Hash of the normalized text, or null with <see cref="Text"/>.</param>
/// <param name="Diagnostic">The error that stopped reading, or a decoding warning, or null.</param>
public sealed record LoadedFile(CorpusFile File, string? Text, string? ContentHash, Diagnostic? Diagnostic);
