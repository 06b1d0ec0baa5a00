using Contradictions.Featurization;

namespace Contradictions.Grouping;

/// <summary>
/// A cluster of articles as sums: its members, the sums of their unit text and name vectors
/// (so the average similarity of two clusters is one dot product), place counts, years and
/// days. Kept in the grouping model between runs, so a new article can join a stored cluster.
/// </summary>
internal sealed class ClusterSums
{
    public ClusterSums(ArticleProfile profile)
    {
        Members = [profile.Index];
        Add(Text, profile.Vector);
        Add(Names, profile.Entities);
        NamedMembers = profile.Entities.Count > 0 ? 1 : 0;
        foreach (var place in profile.Places)
        {
            Places[place] = 1;
        }

        Years.UnionWith(profile.Years);
        Days.UnionWith(profile.Days);
        SelfText = Dot(Text, Text);
        SelfNames = Dot(Names, Names);
    }

    private ClusterSums()
    {
        Members = [];
    }

    /// <summary>True while the sums are as the state holds them: read back and not grown since.</summary>
    public bool Stored { get; private set; }

    /// <summary>The members, as indices of the articles of the run.</summary>
    public List<int> Members { get; }

    /// <summary>|Σ text vectors|², kept up to date on every merge instead of recomputed.</summary>
    public double SelfText { get; private set; }

    /// <summary>|Σ names vectors|².</summary>
    public double SelfNames { get; private set; }

    public Dictionary<int, float> Text { get; } = [];

    public Dictionary<int, float> Names { get; } = [];

    public int NamedMembers { get; private set; }

    public Dictionary<string, int> Places { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<int> Years { get; } = [];

    public HashSet<DayKey> Days { get; } = [];

    /// <summary>Takes in another cluster; <paramref name="textDot"/> and <paramref name="namesDot"/> are the dots of the two sums.</summary>
    public void Absorb(ClusterSums other, double textDot, double namesDot)
    {
        // |A + B|² = |A|² + |B|² + 2 A·B
        Stored = false;
        SelfText += other.SelfText + 2 * textDot;
        SelfNames += other.SelfNames + 2 * namesDot;
        Members.AddRange(other.Members);
        foreach (var (index, value) in other.Text)
        {
            Text[index] = Text.GetValueOrDefault(index) + value;
        }

        foreach (var (index, value) in other.Names)
        {
            Names[index] = Names.GetValueOrDefault(index) + value;
        }

        NamedMembers += other.NamedMembers;
        foreach (var (place, count) in other.Places)
        {
            Places[place] = Places.GetValueOrDefault(place) + count;
        }

        Years.UnionWith(other.Years);
        Days.UnionWith(other.Days);
    }

    /// <summary>The dot product of two sparse sums.</summary>
    public static double Dot(Dictionary<int, float> a, Dictionary<int, float> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (index, value) in a)
        {
            if (b.TryGetValue(index, out var other))
            {
                sum += value * (double)other;
            }
        }

        return sum;
    }

    /// <summary>Writes the sums (not the members: the model writes those as article ids).</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(SelfText);
        writer.Write(SelfNames);
        writer.Write(NamedMembers);
        Write(writer, Text);
        Write(writer, Names);
        writer.Write(Places.Count);
        foreach (var (place, count) in Places)
        {
            writer.Write(place);
            writer.Write(count);
        }

        writer.Write(Years.Count);
        foreach (var year in Years)
        {
            writer.Write(year);
        }

        writer.Write(Days.Count);
        foreach (var day in Days)
        {
            writer.Write(day.Year ?? 0);
            writer.Write((byte)day.Month);
            writer.Write((byte)day.Day);
        }
    }

    /// <summary>Reads sums written by <see cref="WriteTo"/>; the members are added by whoever knows the run's articles.</summary>
    public static ClusterSums ReadFrom(BinaryReader reader)
    {
        var sums = new ClusterSums { Stored = true };
        sums.SelfText = reader.ReadDouble();
        sums.SelfNames = reader.ReadDouble();
        sums.NamedMembers = reader.ReadInt32();
        Read(reader, sums.Text);
        Read(reader, sums.Names);
        var places = reader.ReadCount();
        sums.Places.EnsureCapacity(places);
        for (var n = places; n > 0; n--)
        {
            sums.Places[reader.ReadString()] = reader.ReadInt32();
        }

        for (var n = reader.ReadCount(); n > 0; n--)
        {
            sums.Years.Add(reader.ReadInt32());
        }

        for (var n = reader.ReadCount(); n > 0; n--)
        {
            var year = reader.ReadInt32();
            sums.Days.Add(new DayKey(year == 0 ? null : year, reader.ReadByte(), reader.ReadByte()));
        }

        return sums;
    }

    private static void Write(BinaryWriter writer, Dictionary<int, float> sum)
    {
        writer.Write(sum.Count);
        foreach (var (index, value) in sum)
        {
            writer.Write(index);
            writer.Write(value);
        }
    }

    private static void Read(BinaryReader reader, Dictionary<int, float> into)
    {
        var count = reader.ReadCount();
        into.EnsureCapacity(count);
        for (var k = 0; k < count; k++)
        {
            into[reader.ReadInt32()] = reader.ReadSingle();
        }
    }

    private static void Add(Dictionary<int, float> into, SparseVector vector)
    {
        var indices = vector.Indices;
        var values = vector.Values;
        for (var k = 0; k < indices.Length; k++)
        {
            into[indices[k]] = into.GetValueOrDefault(indices[k]) + values[k];
        }
    }
}
