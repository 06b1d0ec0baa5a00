using System.Globalization;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Sentences;

namespace Contradictions.Reporting;

/// <summary>Writes what the Claims stage read in a sentence as JSON, for the claims dump and the report.</summary>
public static class ClaimJson
{
    /// <summary>Writes one sentence with its speaker, mentions, dates and claims as a JSON object.</summary>
    public static void WriteSentence(Utf8JsonWriter json, Sentence sentence, SentenceClaims read)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(read);
        json.WriteStartObject();
        json.WriteNumber("index", sentence.Index);
        json.WriteString("text", sentence.Text);
        json.WriteString("kind", sentence.Kind.ToString().ToLowerInvariant());
        WriteAttribution(json, "speaker", read.Attribution);

        json.WriteStartArray("parties");
        foreach (var mention in read.Parties)
        {
            json.WriteStartObject();
            json.WriteString("text", mention.Text);
            json.WriteString("party", mention.Party);
            json.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "places", read.Places.Select(p => p.Name));
        json.WriteStartArray("dates");
        foreach (var date in read.Dates)
        {
            WriteDate(json, date);
        }

        json.WriteEndArray();
        json.WriteStartObject("frame");
        json.WriteBoolean("background", read.Frame.IsBackground);
        json.WriteBoolean("inherited", read.Frame.Inherited);
        json.WriteEndObject();

        json.WriteStartArray("claims");
        foreach (var claim in read.Claims)
        {
            WriteClaim(json, claim, read.Attribution);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes one claim as a JSON object; with its own "speaker" when it has another than
    /// <paramref name="sentenceSpeaker"/> (a second clause: "…, while Y said …").
    /// </summary>
    public static void WriteClaim(Utf8JsonWriter json, Claim claim, Attribution? sentenceSpeaker = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(claim);
        json.WriteStartObject();
        json.WriteString("kind", claim.Kind.ToString().ToLowerInvariant());
        if (sentenceSpeaker is not null && claim.Attribution != sentenceSpeaker)
        {
            WriteAttribution(json, "speaker", claim.Attribution);
        }

        switch (claim.Kind)
        {
            case ClaimKind.Accusation when claim.Accusation is { } a:
                Nullable(json, "actor", a.Actor);
                json.WriteString("act", a.Act.ToString());
                Nullable(json, "target", a.Target);
                json.WriteBoolean("againstCivilians", a.AgainstCivilians);
                json.WriteString("cue", a.Cue);
                break;
            case ClaimKind.Denial when claim.Denial is { } d:
                Nullable(json, "act", d.Act?.ToString());
                json.WriteBoolean("againstCivilians", d.AgainstCivilians);
                json.WriteString("cue", d.Cue);
                break;
            case ClaimKind.Figure when claim.Figure is { } f:
                json.WriteString("text", f.Text);
                WriteFigureValue(json, f.Value);
                json.WriteString("item", f.Item);
                Nullable(json, "outcome", f.Outcome);
                Nullable(json, "ownerCue", f.OwnerCue);
                Nullable(json, "owner", claim.FigureOwner);
                json.WriteBoolean("revision", f.IsRevision);
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>Writes a figure's interval fields: low, high (null when open), stated, qualifier.</summary>
    public static void WriteFigureValue(Utf8JsonWriter json, FigureValue value)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(value);
        json.WriteNumber("low", value.Low);
        if (double.IsPositiveInfinity(value.High))
        {
            json.WriteNull("high");
        }
        else
        {
            json.WriteNumber("high", value.High);
        }

        if (value.Stated is { } stated)
        {
            json.WriteNumber("stated", stated);
        }
        else
        {
            json.WriteNull("stated");
        }

        json.WriteString("qualifier", value.Qualifier.ToString().ToLowerInvariant());
    }

    private static void WriteAttribution(Utf8JsonWriter json, string name, Attribution attribution)
    {
        json.WriteStartObject(name);
        json.WriteString("name", attribution.Speaker);
        Nullable(json, "party", attribution.Party);
        json.WriteString("source", attribution.Source.ToString().ToLowerInvariant());
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, DateMention date)
    {
        json.WriteStartObject();
        json.WriteString("text", date.Text);
        Nullable(json, "from", date.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Nullable(json, "to", date.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
        json.WriteEndObject();
    }

    /// <summary>Writes an array property of strings.</summary>
    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a string property, or null.</summary>
    internal static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
