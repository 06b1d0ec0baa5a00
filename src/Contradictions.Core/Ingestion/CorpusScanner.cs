using System.Collections.Immutable;
using Contradictions.Diagnostics;

namespace Contradictions.Ingestion;

/// <summary>
/// Finds the article files in a corpus folder, recursively, in ordinal path order so every
/// run sees them in the same order on every machine. Hidden entries (".contradictions",
/// ".git") are not articles; the parties file is configuration, not an article.
/// </summary>
public static class CorpusScanner
{
    private static readonly Dictionary<string, ArticleFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.Text,
        [".md"] = ArticleFormat.Markdown,
        [".markdown"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
    };

    // Configuration files that may live in a corpus folder and are read by other stages.
    private static readonly HashSet<string> ConfigFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "parties.yml", "parties.yaml",
    };

    /// <summary>Scans <paramref name="corpusDirectory"/>.</summary>
    /// <param name="corpusDirectory">The folder to scan.</param>
    /// <param name="displayRoot">How the folder is shown in messages (as the user typed it).</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CorpusScan Scan(string corpusDirectory, string displayRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(corpusDirectory);
        var root = Path.GetFullPath(corpusDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"corpus folder '{displayRoot}' does not exist");
        }

        var files = new List<CorpusFile>();
        var diagnostics = new List<Diagnostic>();
        Walk(root, root, displayRoot, files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        diagnostics.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new CorpusScan([.. files], [.. diagnostics]);
    }

    /// <summary>The format a file name maps to, or null when it is not an article format.</summary>
    public static ArticleFormat? FormatOf(string fileName) =>
        Formats.TryGetValue(Path.GetExtension(fileName), out var format) ? format : null;

    private static void Walk(string root, string directory, string displayRoot, List<CorpusFile> files, List<Diagnostic> diagnostics)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.FileError(Display(root, directory, displayRoot), DiagnosticCodes.Unreadable,
                $"cannot list the folder: {e.Message}"));
            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var display = Display(root, entry, displayRoot);
            if (Directory.Exists(entry))
            {
                Walk(root, entry, displayRoot, files, diagnostics);
                continue;
            }

            if (ConfigFiles.Contains(name))
            {
                continue;
            }

            var format = FormatOf(name);
            if (format is null)
            {
                diagnostics.Add(new Diagnostic(display, 0, 0, DiagnosticSeverity.Warning, DiagnosticCodes.UnsupportedFile,
                    "skipped: not an article format (.txt, .md, .html)"));
                continue;
            }

            try
            {
                var info = new FileInfo(entry);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                {
                    diagnostics.Add(Diagnostic.FileError(display, DiagnosticCodes.Unreadable,
                        $"cannot read: it is a link to '{info.LinkTarget}', which does not exist"));
                    continue;
                }

                files.Add(new CorpusFile(entry, Path.GetRelativePath(root, entry).Replace('\\', '/'), display,
                    info.Length, info.LastWriteTimeUtc.Ticks, format.Value));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.FileError(display, DiagnosticCodes.Unreadable, $"cannot read: {e.Message}"));
            }
        }
    }

    private static string Display(string root, string path, string displayRoot) =>
        Path.Join(displayRoot, Path.GetRelativePath(root, path)).Replace('\\', '/');
}
