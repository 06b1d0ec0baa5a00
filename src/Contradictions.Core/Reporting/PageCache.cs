using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contradictions.Reporting;

/// <summary>
/// Remembers, in a small file in the output folder, a fingerprint of what each page was
/// rendered from — its view (without the generation time) and the templates — so a re-run
/// renders and writes only the pages whose content changed. A page that is missing, or was
/// written from other templates, is written again. An unchanged page keeps its file, and so
/// the time it was generated.
/// </summary>
internal sealed class PageCache
{
    private readonly string _directory;
    private readonly string _manifest;
    private readonly Dictionary<string, string> _before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _after = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _templateBytes;

    /// <param name="directory">The output folder.</param>
    /// <param name="format">"html" or "md": each format keeps its own list.</param>
    /// <param name="templates">A fingerprint of the templates the pages are rendered with.</param>
    public PageCache(string directory, string format, string templates)
    {
        _directory = directory;
        _templateBytes = Encoding.UTF8.GetBytes(templates);
        _manifest = Path.Combine(directory, ".contradictions-pages-" + format);
        try
        {
            foreach (var line in File.ReadLines(_manifest))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    _before[line[..tab]] = line[(tab + 1)..];
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No list (a first run, or another output folder): every page is written.
        }
    }

    /// <summary>Pages kept as they were.</summary>
    public int Kept { get; private set; }

    /// <summary>
    /// Writes page <paramref name="name"/> unless it exists and was rendered from the same
    /// view and templates; <paramref name="view"/> is the view without its generation time.
    /// </summary>
    /// <returns>The page's path.</returns>
    public string Write<TView>(string name, TView view, Func<TView, string> render)
    {
        // The view is serialized into one reused buffer and hashed with the templates' fingerprint, without copies.
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            JsonSerializer.Serialize(writer, view, typeof(TView), PageViewJsonContext.Default);
        }

        _hash.AppendData(_buffer.WrittenSpan);
        _hash.AppendData(_templateBytes);
        var fingerprint = Convert.ToHexString(_hash.GetHashAndReset());
        _after[name] = fingerprint;
        var path = Path.Combine(_directory, name);
        if (_before.GetValueOrDefault(name) == fingerprint && File.Exists(path))
        {
            Kept++;
            return Path.GetFullPath(path);
        }

        return HtmlReportWriter.WriteFile(_directory, name, render(view));
    }

    /// <summary>Saves the list of pages written or kept this run; the cache is done with after it.</summary>
    public void Save()
    {
        _hash.Dispose();
        var text = new StringBuilder();
        foreach (var (name, fingerprint) in _after.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('\t').Append(fingerprint).Append('\n');
        }

        HtmlReportWriter.WriteFile(_directory, Path.GetFileName(_manifest), text.ToString());
    }

    /// <summary>A fingerprint of template sources.</summary>
    public static string Fingerprint(IEnumerable<string> sources) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n\u0001\n", sources))));
}

/// <summary>The page views, serialized only to fingerprint them (source-generated: no reflection at run time).</summary>
[JsonSerializable(typeof(IncidentView))]
[JsonSerializable(typeof(ArticleView))]
internal sealed partial class PageViewJsonContext : JsonSerializerContext;
