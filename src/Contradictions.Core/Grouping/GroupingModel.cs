using Contradictions.Featurization;
using Contradictions.Ingestion;

namespace Contradictions.Grouping;

/// <summary>
/// What a grouping keeps for the next run: the featurizer fitted on the corpus, the name
/// weights, each cluster's sums with its member articles, and the vectors of background
/// sentences. With it, a run that only adds a few articles featurizes just those and assigns
/// them to the stored clusters by the same linkage rules, instead of fitting and clustering
/// the whole corpus again (<see cref="IncidentGrouper.Extend"/>).
/// </summary>
internal sealed class GroupingModel
{
    // Bumped when the layout below changes; an unknown layout is never read.
    private const int Layout = 1;

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

    /// <summary>Every article the model holds.</summary>
    public IEnumerable<ArticleId> Articles => Clusters.SelectMany(c => c.Members);

    /// <summary>The model as bytes.</summary>
    public byte[] Save()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Layout);
            writer.Write(FittedArticles);
            writer.Write(AssignedSince);
            Featurizer.WriteTo(writer);
            writer.Write(EntityDocuments);
            writer.Write(EntityIds.Count);
            foreach (var (name, id) in EntityIds)
            {
                writer.Write(name);
                writer.Write(id);
                writer.Write(EntityFrequency.GetValueOrDefault(name));
            }

            writer.Write(Clusters.Count);
            foreach (var (members, sums) in Clusters)
            {
                writer.Write(members.Count);
                foreach (var member in members)
                {
                    writer.Write(member.Value);
                }

                sums.WriteTo(writer);
            }

            writer.Write(Background.Count);
            foreach (var ((article, index), vector) in Background)
            {
                writer.Write(article.Value);
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

        return buffer.ToArray();
    }

    /// <summary>Reads a model written by <see cref="Save"/>; null when it was written in another layout or cannot be read.</summary>
    public static GroupingModel? Load(byte[] data, FeaturizerOptions options)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data));
            if (reader.ReadInt32() != Layout)
            {
                return null;
            }

            var fitted = reader.ReadInt32();
            var assigned = reader.ReadInt32();
            var featurizer = TfIdfFeaturizer.ReadFrom(reader, options);
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
            for (var c = reader.ReadCount(); c > 0; c--)
            {
                var members = new List<ArticleId>();
                for (var m = reader.ReadCount(); m > 0; m--)
                {
                    members.Add(new ArticleId(reader.ReadString()));
                }

                clusters.Add((members, ClusterSums.ReadFrom(reader)));
            }

            var background = new Dictionary<(ArticleId, int), SparseVector>();
            for (var b = reader.ReadCount(); b > 0; b--)
            {
                var key = (new ArticleId(reader.ReadString()), reader.ReadInt32());
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

                background[key] = new SparseVector(indices, values);
            }

            return new GroupingModel
            {
                Featurizer = featurizer,
                EntityIds = ids,
                EntityFrequency = frequency,
                EntityDocuments = entityDocuments,
                Clusters = clusters,
                Background = background,
                FittedArticles = fitted,
                AssignedSince = assigned,
            };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }
}
