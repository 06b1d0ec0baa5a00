using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Featurization;
using Contradictions.Sentences;

namespace Contradictions.Pipeline;

/// <summary>
/// The compact binary form in which the state keeps each article's claims and discovery
/// evidence between runs. A re-run reads every unchanged article's claims back, so the form
/// is read field by field without reflection (several times faster than JSON here). It is
/// an internal cache: the rules key (<see cref="StateKeys.Rules"/>) changes with every build, so
/// bytes written by one build are never read by another.
/// </summary>
internal static class ClaimsCodec
{
    public static byte[] Encode(ImmutableArray<SentenceClaims> claims) => BinaryForm.Encode(writer =>
    {
        writer.Write(claims.Length);
        foreach (var sentence in claims)
        {
            writer.Write(sentence.Sentence);
            Write(writer, sentence.Attribution);
            List(writer, sentence.Parties, (w, p) =>
            {
                Write(w, p.Span);
                w.Write(p.Text);
                w.Write(p.Party);
                w.Write((int)p.Kind);
            });
            List(writer, sentence.Places, (w, p) =>
            {
                Write(w, p.Span);
                w.Write(p.Name);
            });
            List(writer, sentence.Dates, Write);
            List(writer, sentence.Frame.Dates, Write);
            writer.Write(sentence.Frame.Inherited);
            writer.Write(sentence.Frame.IsBackground);
            List(writer, sentence.Claims, Write);
        }
    });

    public static ImmutableArray<SentenceClaims> DecodeClaims(byte[] bytes)
    {
        using var reader = BinaryForm.Reader(bytes);
        var result = ImmutableArray.CreateBuilder<SentenceClaims>(reader.ReadCount());
        for (var i = result.Capacity; i > 0; i--)
        {
            var index = reader.ReadInt32();
            var attribution = ReadAttribution(reader);
            var parties = List(reader, r => new PartyMention(ReadSpan(r), r.ReadString(), r.ReadString(), (PartyMentionKind)r.ReadInt32()));
            var places = List(reader, r => new PlaceMention(ReadSpan(r), r.ReadString()));
            var dates = List(reader, ReadDate);
            var frame = new TimeFrame(List(reader, ReadDate), reader.ReadBoolean(), reader.ReadBoolean());
            result.Add(new SentenceClaims(index, attribution, parties, places, dates, frame, List(reader, ReadClaim)));
        }

        return result.MoveToImmutable();
    }

    public static byte[] Encode(DiscoveryEvidence evidence) => BinaryForm.Encode(writer =>
    {
        Strings(writer, evidence.Speakers);
        Counts(writer, evidence.GroupUses);
        Strings(writer, evidence.Surnames);
        Counts(writer, evidence.Mentions);
        Strings(writer, evidence.InstitutionHeads);
        writer.Write(evidence.LongForms.Count);
        foreach (var (acronym, longForm) in evidence.LongForms)
        {
            writer.Write(acronym);
            writer.Write(longForm);
        }
    });

    public static DiscoveryEvidence DecodeEvidence(byte[] bytes)
    {
        using var reader = BinaryForm.Reader(bytes);
        var (speakers, groupUses, surnames, mentions, heads) = (Strings(reader), Counts(reader), Strings(reader), Counts(reader), Strings(reader));
        var count = reader.ReadCount();
        var longForms = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            longForms[reader.ReadString()] = reader.ReadString();
        }

        return new DiscoveryEvidence(speakers, groupUses, surnames, mentions, heads, longForms);
    }

    /// <summary>Names with what each stands for (null: nothing).</summary>
    public static byte[] Encode(IReadOnlyDictionary<string, string?> names) => BinaryForm.Encode(writer =>
    {
        writer.Write(names.Count);
        foreach (var (name, value) in names)
        {
            writer.Write(name);
            Nullable(writer, value);
        }
    });

    public static Dictionary<string, string?> DecodeNames(byte[] bytes)
    {
        using var reader = BinaryForm.Reader(bytes);
        var count = reader.ReadCount();
        var result = new Dictionary<string, string?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            result[reader.ReadString()] = NullableString(reader);
        }

        return result;
    }


    private static void Write(BinaryWriter writer, Attribution attribution)
    {
        writer.Write(attribution.Speaker);
        Nullable(writer, attribution.Party);
        writer.Write((int)attribution.Source);
    }

    private static Attribution ReadAttribution(BinaryReader reader) =>
        new(reader.ReadString(), NullableString(reader), (SpeakerSource)reader.ReadInt32());

    private static void Write(BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    private static TextSpan ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    private static void Write(BinaryWriter writer, DateMention date)
    {
        Write(writer, date.Span);
        writer.Write(date.Text);
        writer.Write(date.From?.DayNumber ?? -1);
        writer.Write(date.To?.DayNumber ?? -1);
        writer.Write((int)date.Precision);
        writer.Write(date.Relative);
    }

    private static DateMention ReadDate(BinaryReader reader)
    {
        var span = ReadSpan(reader);
        var text = reader.ReadString();
        var from = reader.ReadInt32();
        var to = reader.ReadInt32();
        return new DateMention(span, text, from < 0 ? null : DateOnly.FromDayNumber(from), to < 0 ? null : DateOnly.FromDayNumber(to),
            (DatePrecision)reader.ReadInt32(), reader.ReadBoolean());
    }

    private static void Write(BinaryWriter writer, Claim claim)
    {
        writer.Write((int)claim.Kind);
        Write(writer, claim.Attribution);
        Nullable(writer, claim.FigureOwner);
        writer.Write(claim.Accusation is not null);
        if (claim.Accusation is { } a)
        {
            Nullable(writer, a.Actor);
            writer.Write((int)a.Act);
            Nullable(writer, a.Target);
            writer.Write(a.AgainstCivilians);
            writer.Write(a.Cue);
        }

        writer.Write(claim.Denial is not null);
        if (claim.Denial is { } d)
        {
            writer.Write(d.Act is null ? -1 : (int)d.Act);
            writer.Write(d.AgainstCivilians);
            writer.Write(d.Cue);
        }

        writer.Write(claim.Figure is not null);
        if (claim.Figure is { } f)
        {
            Write(writer, f.Span);
            writer.Write(f.Text);
            writer.Write(f.Value.Low);
            writer.Write(f.Value.High);
            writer.Write(f.Value.Stated ?? double.NaN);
            writer.Write((int)f.Value.Qualifier);
            writer.Write(f.Item);
            Nullable(writer, f.Outcome);
            Nullable(writer, f.OwnerCue);
            writer.Write(f.IsRevision);
        }
    }

    private static Claim ReadClaim(BinaryReader reader)
    {
        var kind = (ClaimKind)reader.ReadInt32();
        var attribution = ReadAttribution(reader);
        var owner = NullableString(reader);
        Accusation? accusation = null;
        if (reader.ReadBoolean())
        {
            accusation = new Accusation(NullableString(reader), (ActKind)reader.ReadInt32(), NullableString(reader), reader.ReadBoolean(), reader.ReadString());
        }

        Denial? denial = null;
        if (reader.ReadBoolean())
        {
            var act = reader.ReadInt32();
            denial = new Denial(act < 0 ? null : (ActKind)act, reader.ReadBoolean(), reader.ReadString());
        }

        Figure? figure = null;
        if (reader.ReadBoolean())
        {
            var span = ReadSpan(reader);
            var text = reader.ReadString();
            var low = reader.ReadDouble();
            var high = reader.ReadDouble();
            var stated = reader.ReadDouble();
            var value = new FigureValue(low, high, double.IsNaN(stated) ? null : stated, (FigureQualifier)reader.ReadInt32());
            figure = new Figure(span, text, value, reader.ReadString(), NullableString(reader), NullableString(reader), reader.ReadBoolean());
        }

        return new Claim(kind, attribution, accusation, denial, figure, owner);
    }

    private static void List<T>(BinaryWriter writer, ImmutableArray<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.IsDefault ? 0 : items.Length);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(writer, item);
        }
    }

    private static ImmutableArray<T> List<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadCount();
        if (count == 0)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items.MoveToImmutable();
    }

    private static void Strings(BinaryWriter writer, string[] items)
    {
        writer.Write(items.Length);
        foreach (var item in items)
        {
            writer.Write(item);
        }
    }

    private static string[] Strings(BinaryReader reader)
    {
        var items = new string[reader.ReadCount()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }

    private static void Counts(BinaryWriter writer, Dictionary<string, int> counts)
    {
        writer.Write(counts.Count);
        foreach (var (name, count) in counts)
        {
            writer.Write(name);
            writer.Write(count);
        }
    }

    private static Dictionary<string, int> Counts(BinaryReader reader)
    {
        var count = reader.ReadCount();
        var result = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            result[reader.ReadString()] = reader.ReadInt32();
        }

        return result;
    }

    /// <summary>Decodes <paramref name="bytes"/>, or gives false when they are damaged (the caller reads the article again).</summary>
    public static bool TryDecode<T>(byte[] bytes, Func<byte[], T> decode, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        try
        {
            value = decode(bytes);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            value = default;
            return false;
        }
    }

    private static void Nullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? NullableString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
