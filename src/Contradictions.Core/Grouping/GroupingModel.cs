using Contradictions.Featurization;
using Contradictions.Ingestion;

namespace Contradictions.Grouping;

/// <summary>
/// What a grouping keeps for the next run: the featurizer fitted on the corpus, the name
/// weights, each cluster's sums with its member articles, and the vectors of background
/// sentences. With it, a run that only adds a few articles featurizes just those and assigns
/// them to the stored clusters by the same linkage rules, instead of fitting and clustering
/// the whole corpus again (<see cref="IncidentGrouper.Extend"/>).
/// It is kept in parts — a head (counts, name weights, which articles each cluster holds), the
/// featurizer, each cluster's sums and each article's background vectors — so a run that adds
/// one article writes the head, the cluster it joined and its own vectors, not the whole model.
/// </summary>
internal sealed class GroupingModel
{
    /// <summary>The part holding the counts, the name weights and each cluster's members.</summary>
    public const string HeadPart = "head";

    /// <summary>The part holding the fitted featurizer.</summary>
    public const string FeaturizerPart = "featurizer";

    // Bumped when the layout of a part changes; an unknown layout is never read.
    private const int Layout = 2;

    private const string ClusterPrefix = "cluster:";

    private const string BackgroundPrefix = "background:";

    public required TfIdfFeaturizer Featurizer { get; init; }

    /// <summary>Name (or "place:…") → feature index of the name vectors.</summary>
    public required Dictionary<string, int> EntityIds { get; init; }

    /// <summary>Name → the number of articles naming it.</summary>
    public required Dictionary<string, int> EntityFrequency { get; init; }

    /// <summary>The article count the name weights were fitted on.</summary>
    public required int EntityDocuments { get; init; }

    /// <summary>The clusters: member article ids, and their sums.</summary>
    public required List<(List<ArticleId> Members, ClusterSums Sums)> Clusters { get; init; }

    /// <summary>The vector of each background sentence, by article and sentence index.</summary>
    public required Dictionary<(ArticleId Article, int Index), SparseVector> Background { get; init; }

    /// <summary>The articles of the last full grouping.</summary>
    public required int FittedArticles { get; init; }

    /// <summary>The articles assigned to stored clusters since then.</summary>
    public required int AssignedSince { get; init; }

    /// <summary>True when the state already holds this model's featurizer part (a model read back, or extended from one).</summary>
    public bool FeaturizerStored { get; init; }

    /// <summary>The articles whose background part the state already holds.</summary>
    public IReadOnlySet<ArticleId> BackgroundStored { get; init; } = new HashSet<ArticleId>();

    /// <summary>Every article the model holds.</summary>
    public IEnumerable<ArticleId> Articles => Clusters.SelectMany(c => c.Members);

    /// <summary>
    /// The parts to write, by name: every part of a model fitted in this run; of a model read
    /// back and extended, the head, the clusters that changed and the new articles' vectors.
    /// </summary>
    public Dictionary<string, byte[]> Save()
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [HeadPart] = BinaryForm.Encode(WriteHead),
        };
        if (!FeaturizerStored)
        {
            parts[FeaturizerPart] = BinaryForm.Encode(Featurizer.WriteTo);
        }

        for (var c = 0; c < Clusters.Count; c++)
        {
            var sums = Clusters[c].Sums;
            if (!sums.Stored)
            {
                parts[ClusterPart(c)] = BinaryForm.Encode(sums.WriteTo);
            }
        }

        foreach (var article in Background.GroupBy(b => b.Key.Article))
        {
            if (!BackgroundStored.Contains(article.Key))
            {
                parts[BackgroundPrefix + article.Key.Value] = BinaryForm.Encode(writer => WriteBackground(writer, [.. article.Select(b => (b.Key.Index, b.Value))]));
            }
        }

        return parts;
    }

    /// <summary>Reads a model from the parts <see cref="Save"/> wrote; null when one is missing, in another layout, or cannot be read.</summary>
    public static GroupingModel? Load(IReadOnlyDictionary<string, byte[]> parts, FeaturizerOptions options)
    {
        if (!parts.TryGetValue(HeadPart, out var head) || !parts.TryGetValue(FeaturizerPart, out var fitted))
        {
            return null;
        }

        try
        {
            using var reader = BinaryForm.Reader(head);
            if (reader.ReadInt32() != Layout)
            {
                return null;
            }

            var fittedArticles = reader.ReadInt32();
            var assigned = reader.ReadInt32();
            var entityDocuments = reader.ReadInt32();
            var count = reader.ReadCount();
            var ids = new Dictionary<string, int>(count, StringComparer.Ordinal);
            var frequency = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (var k = 0; k < count; k++)
            {
                var name = reader.ReadString();
                ids[name] = reader.ReadInt32();
                frequency[name] = reader.ReadInt32();
            }

            var clusters = new List<(List<ArticleId>, ClusterSums)>();
            var stored = new HashSet<ArticleId>();
            var background = new Dictionary<(ArticleId, int), SparseVector>();
            for (int c = 0, clusterCount = reader.ReadCount(); c < clusterCount; c++)
            {
                var members = new List<ArticleId>();
                for (var m = reader.ReadCount(); m > 0; m--)
                {
                    members.Add(new ArticleId(reader.ReadString()));
                }

                if (!parts.TryGetValue(ClusterPart(c), out var sums))
                {
                    return null;
                }

                using (var sumsReader = BinaryForm.Reader(sums))
                {
                    clusters.Add((members, ClusterSums.ReadFrom(sumsReader)));
                }

                // An article with no background sentence has no part.
                foreach (var member in members)
                {
                    stored.Add(member);
                    if (parts.TryGetValue(BackgroundPrefix + member.Value, out var vectors))
                    {
                        using var vectorsReader = BinaryForm.Reader(vectors);
                        ReadBackground(vectorsReader, member, background);
                    }
                }
            }

            using var featurizerReader = BinaryForm.Reader(fitted);
            return new GroupingModel
            {
                Featurizer = TfIdfFeaturizer.ReadFrom(featurizerReader, options),
                EntityIds = ids,
                EntityFrequency = frequency,
                EntityDocuments = entityDocuments,
                Clusters = clusters,
                Background = background,
                FittedArticles = fittedArticles,
                AssignedSince = assigned,
                FeaturizerStored = true,
                BackgroundStored = stored,
            };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    private static string ClusterPart(int index) => ClusterPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void WriteHead(BinaryWriter writer)
    {
        writer.Write(Layout);
        writer.Write(FittedArticles);
        writer.Write(AssignedSince);
        writer.Write(EntityDocuments);
        writer.Write(EntityIds.Count);
        foreach (var (name, id) in EntityIds)
        {
            writer.Write(name);
            writer.Write(id);
            writer.Write(EntityFrequency.GetValueOrDefault(name));
        }

        writer.Write(Clusters.Count);
        foreach (var (members, _) in Clusters)
        {
            writer.Write(members.Count);
            foreach (var member in members)
            {
                writer.Write(member.Value);
            }
        }
    }

    private static void WriteBackground(BinaryWriter writer, List<(int Index, SparseVector Vector)> vectors)
    {
        writer.Write(vectors.Count);
        foreach (var (index, vector) in vectors)
        {
            writer.Write(index);
            writer.Write(vector.Count);
            foreach (var i in vector.Indices)
            {
                writer.Write(i);
            }

            foreach (var v in vector.Values)
            {
                writer.Write(v);
            }
        }
    }

    private static void ReadBackground(BinaryReader reader, ArticleId article, Dictionary<(ArticleId, int), SparseVector> into)
    {
        for (var b = reader.ReadCount(); b > 0; b--)
        {
            var index = reader.ReadInt32();
            var length = reader.ReadCount();
            var indices = new int[length];
            var values = new float[length];
            for (var k = 0; k < length; k++)
            {
                indices[k] = reader.ReadInt32();
            }

            for (var k = 0; k < length; k++)
            {
                values[k] = reader.ReadSingle();
            }

            into[(article, index)] = new SparseVector(indices, values);
        }
    }
}
