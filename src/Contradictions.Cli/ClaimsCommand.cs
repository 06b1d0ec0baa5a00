using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Pipeline;
using Contradictions.Reporting;
using Contradictions.State;

namespace Contradictions.Cli;

/// <summary>
/// <c>contradictions claims</c>: shows what the tool read in each sentence — speaker and
/// party, parties, places, dates, accusations, denials and figures — so a user can check it.
/// </summary>
internal static class ClaimsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpus = new Argument<string>("corpus")
        {
            Description = "The folder of articles.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => AnalyzeOptions.DefaultCorpus,
        };
        var state = new Option<string?>("--state") { Description = "The state file. Default: CORPUS/.contradictions/state.db." };
        var article = new Option<string?>("--article", "-a") { Description = "Only articles whose path or id contains this text." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var all = new Option<bool>("--all") { Description = "Also list sentences in which nothing was found." };
        var command = new Command("claims", "Show what was read in each sentence: speaker, parties, dates, accusations, denials, figures.")
        {
            corpus, state, article, json, all,
        };
        command.SetAction(parse =>
        {
            var options = new AnalyzeOptions { Corpus = parse.GetValue(corpus)!, StatePath = parse.GetValue(state), ReadOnly = true };
            if (!Directory.Exists(options.Corpus))
            {
                error.WriteLine($"contradictions: corpus folder '{options.Corpus}' does not exist");
                return ExitCodes.Usage;
            }

            AnalysisResult result;
            try
            {
                result = new CorpusAnalyzer(TimeProvider.System).Analyze(options);
            }
            catch (StateException e)
            {
                error.WriteLine($"contradictions: {e.Message}");
                return ExitCodes.Failure;
            }

            foreach (var diagnostic in result.FileDiagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            var filter = parse.GetValue(article);
            var chosen = result.Articles.Where(a => filter is null || a.DisplayPath.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || a.Article.Id.Value.StartsWith(filter, StringComparison.OrdinalIgnoreCase)).ToList();
            if (chosen.Count == 0)
            {
                error.WriteLine($"contradictions: no article matches '{filter}'");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(json))
            {
                WriteJson(chosen, parse.GetValue(all), output);
            }
            else
            {
                WriteText(chosen, parse.GetValue(all), output);
            }

            return result.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(List<AnalyzedArticle> articles, bool all, TextWriter output)
    {
        foreach (var analyzed in articles)
        {
            output.WriteLine($"== {analyzed.DisplayPath} — {analyzed.Article.Metadata.Title}");
            foreach (var read in analyzed.Claims)
            {
                if (!all && read.Claims.IsEmpty)
                {
                    continue;
                }

                var sentence = analyzed.Sentences[read.Sentence];
                var speaker = read.Attribution;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{read.Sentence}] {sentence.Text}"));
                output.WriteLine($"    speaker: {speaker.Speaker} ({speaker.Party ?? "no party"}; {Words(speaker.Source)})");
                if (!read.Dates.IsEmpty)
                {
                    output.WriteLine($"    dates:   {string.Join("; ", read.Dates.Select(DateText))}{(read.Frame.IsBackground ? "  (background)" : "")}");
                }
                else if (read.Frame.Inherited)
                {
                    output.WriteLine($"    dates:   none of its own; set by the sentence before{(read.Frame.IsBackground ? " (background)" : "")}");
                }

                if (!read.Places.IsEmpty)
                {
                    output.WriteLine($"    places:  {string.Join(", ", read.Places.Select(p => p.Name))}");
                }

                foreach (var claim in read.Claims)
                {
                    // A claim of a second clause with its own speaker ("…, while Y said …") says whose it is.
                    var own = claim.Attribution == read.Attribution ? "" : $"  (speaker: {claim.Attribution.Speaker}; {claim.Attribution.Party ?? "no party"})";
                    output.WriteLine($"    {ClaimText(claim)}{own}");
                }
            }

            output.WriteLine();
        }
    }

    private static void WriteJson(List<AnalyzedArticle> articles, bool all, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var analyzed in articles)
            {
                json.WriteStartObject();
                json.WriteString("article", analyzed.Article.Id.Value);
                json.WriteString("path", analyzed.DisplayPath);
                json.WriteStartArray("sentences");
                foreach (var read in analyzed.Claims)
                {
                    if (all || !read.Claims.IsEmpty)
                    {
                        ClaimJson.WriteSentence(json, analyzed.Sentences[read.Sentence], read);
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string ClaimText(Claim claim) => claim.Kind switch
    {
        ClaimKind.Accusation when claim.Accusation is { } a =>
            $"accuses: {a.Actor ?? "(actor not named)"} — {a.Act}{(a.Target is null ? "" : $" against {a.Target}")}{(a.AgainstCivilians ? ", civilians" : "")}  [\"{a.Cue}\"]",
        ClaimKind.Denial when claim.Denial is { } d =>
            $"denies:   {(d.Act is null ? "the other side's account" : d.Act.ToString())}{(d.AgainstCivilians ? ", civilians" : "")}  [\"{d.Cue}\"]",
        ClaimKind.Figure when claim.Figure is { } f =>
            string.Create(CultureInfo.InvariantCulture,
                $"figure:   {f.Item} {f.Outcome ?? "(no outcome)"} {Interval(f.Value)}, owner {claim.FigureOwner ?? "unknown"}{(f.OwnerCue is null ? "" : $" (\"{f.OwnerCue}\")")}{(f.IsRevision ? ", revision" : "")}  [\"{f.Text}\"]"),
        _ => claim.Kind.ToString(),
    };

    private static string Interval(FigureValue value) => string.Create(CultureInfo.InvariantCulture,
        $"[{value.Low}, {(double.IsPositiveInfinity(value.High) ? "∞" : value.High.ToString(CultureInfo.InvariantCulture))}] ({value.Qualifier})");

    private static string DateText(DateMention date) => date.From is { } from
        ? string.Create(CultureInfo.InvariantCulture, $"\"{date.Text}\" = {from:yyyy-MM-dd}{(date.To != date.From ? $"..{date.To:yyyy-MM-dd}" : "")}")
        : $"\"{date.Text}\" (unresolved)";

    private static string Words(SpeakerSource source) => source switch
    {
        SpeakerSource.ReportingVerb => "reporting verb",
        SpeakerSource.AccordingTo => "according to",
        SpeakerSource.Quote => "quotation",
        SpeakerSource.Pronoun => "last named speaker",
        _ => "no one cited: the outlet",
    };
}
