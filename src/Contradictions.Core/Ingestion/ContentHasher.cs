using System.Security.Cryptography;
using System.Text;

namespace Contradictions.Ingestion;

/// <summary>
/// Hashes an article's content after normalizing what does not change its meaning — Unicode
/// composition, line-end style, trailing spaces — so a file saved by another editor keeps its id.
/// </summary>
public static class ContentHasher
{
    /// <summary>Returns the text in the normalized form that is hashed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        foreach (var line in composed.ReplaceLineEndings("\n").Split('\n'))
        {
            builder.Append(line.AsSpan().TrimEnd()).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>SHA-256 of the normalized text, as 64 lower-case hex digits.</summary>
    public static string Hash(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(Normalize(text));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
