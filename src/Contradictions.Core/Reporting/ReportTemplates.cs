using System.Globalization;
using HandlebarsDotNet;

namespace Contradictions.Reporting;

/// <summary>
/// The report templates of one format, compiled once from the template folders: the user's
/// (<c>--templates</c>) first, then the ones shipped beside the program. One Handlebars
/// environment per format — HTML escaping for HTML, Markdown escaping for Markdown — never
/// the shared static one; a name the view model does not have is an error.
/// </summary>
public sealed class ReportTemplates
{
    /// <summary>The templates shipped with the program.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    private readonly string _format;

    private readonly List<string> _sources = [];

    private ReportTemplates(string format) => _format = format;

    /// <summary>A fingerprint of the template sources: pages rendered from other templates differ.</summary>
    public string Fingerprint => PageCache.Fingerprint(_sources);

    /// <summary>Loads and compiles the templates of <paramref name="format"/> ("html" or "md"), with the partials listed.</summary>
    /// <param name="format">The sub-folder: "html" or "md".</param>
    /// <param name="userDirectory">A folder whose templates override the shipped ones, or null.</param>
    /// <param name="pages">The page templates to compile (names without ".hbs").</param>
    /// <param name="partials">The partials to register (names without ".hbs").</param>
    /// <exception cref="FileNotFoundException">A template is in neither folder.</exception>
    /// <exception cref="HandlebarsException">A template does not compile; the message names it.</exception>
    public static ReportTemplates Load(string format, string? userDirectory, IEnumerable<string> pages, IEnumerable<string> partials)
    {
        ArgumentException.ThrowIfNullOrEmpty(format);
        var environment = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
            TextEncoder = format == "md" ? new MarkdownTextEncoder() : new HtmlEncoder(),
        });
        var templates = new ReportTemplates(format);
        foreach (var partial in partials)
        {
            var source = Read(format, userDirectory, partial);
            templates._sources.Add(partial + "\n" + source);
            environment.RegisterTemplate(partial, source);
        }

        foreach (var page in pages)
        {
            var source = Read(format, userDirectory, page);
            templates._sources.Add(page + "\n" + source);
            try
            {
                templates._compiled[page] = environment.Compile(source);
            }
            catch (HandlebarsException e)
            {
                throw new HandlebarsException($"template {format}/{page}.hbs: {e.Message}", e);
            }
        }

        return templates;
    }

    /// <summary>Renders page <paramref name="page"/> with <paramref name="view"/>.</summary>
    /// <exception cref="HandlebarsException">The template names something the view does not have.</exception>
    public string Render(string page, object view)
    {
        try
        {
            return _compiled[page](view);
        }
        catch (HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException e)
        {
            throw new HandlebarsException($"template {_format}/{page}.hbs: {e.Message} (the names a template can use are in src/Contradictions.Core/Reporting/ReportViews.cs)", e);
        }
    }

    /// <summary>
    /// Renders <paramref name="page"/> once with <paramref name="sample"/> and drops the result,
    /// so its first real render is as fast as the next (see <see cref="SampleViews"/>). A
    /// template that cannot render the sample is left to fail, with its message, when it renders
    /// the real view.
    /// </summary>
    public void WarmUp(string page, object sample)
    {
        try
        {
            _ = _compiled[page](sample);
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            // Reported, with the template's name, by the real render.
        }
    }

    private static string Read(string format, string? userDirectory, string name)
    {
        foreach (var directory in new[] { userDirectory, DefaultDirectory })
        {
            if (directory is null)
            {
                continue;
            }

            var path = Path.Combine(directory, format, name + ".hbs");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException($"report template {format}/{name}.hbs not found in {userDirectory ?? "(no --templates folder)"} or {DefaultDirectory}");
    }
}
