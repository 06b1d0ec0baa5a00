using System.Globalization;
using System.Text;
using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>
/// Turns a file's bytes into text, refusing what is not text: empty files, binaries, and
/// (with a warning, not an error) bytes that are not UTF-8, read as Windows-1252, the
/// encoding of most old scraped pages that are not UTF-8.
/// </summary>
public static class TextDecoder
{
    // A text article has almost no control characters besides tab and line ends; a file
    // where more than 1 in 20 characters is one is a binary that happens to hold no NUL.
    private const double MaxControlCharShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="displayPath"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.IsEmpty)
        {
            return Fail(displayPath, DiagnosticCodes.EmptyFile, "the file is empty");
        }

        string text;
        Diagnostic? warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                return Fail(displayPath, DiagnosticCodes.BinaryFile,
                    string.Create(CultureInfo.InvariantCulture, $"not a text file: it holds a NUL byte at offset {nul}"));
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                text = Windows1252.Value.GetString(bytes);
                var at = e.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (first bad byte near offset {e.Index})") : "";
                warning = new Diagnostic(displayPath, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.NotUtf8,
                    $"not valid UTF-8{at}; read as Windows-1252 — save the file as UTF-8 to be sure of its text");
            }
        }

        var controls = 0;
        var visible = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }

        if (controls > 0 && controls > MaxControlCharShare * text.Length)
        {
            return Fail(displayPath, DiagnosticCodes.BinaryFile,
                string.Create(CultureInfo.InvariantCulture, $"not a text file: {controls} of its {text.Length} characters are control characters"));
        }

        if (visible == 0)
        {
            return Fail(displayPath, DiagnosticCodes.EmptyFile, "the file holds only whitespace");
        }

        return new DecodedText(text, warning);
    }

    private static DecodedText Fail(string path, string code, string message) =>
        new(null, Diagnostic.FileError(path, code, message));
}
