using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Contradictions.Claims;
using Contradictions.Featurization;
using Contradictions.Ingestion;
using Contradictions.Pipeline;

namespace Contradictions.Grouping;

/// <summary>
/// The Group stage's entry point: puts the sentences of different articles that tell of the
/// same event into one incident, and keeps look-alike incidents apart.
/// </summary>
/// <remarks>
/// In order: (1) fit the featurizer on every sentence of the corpus, once; (2) describe each
/// article by its own news — the weighted vectors, days, months, years and places of its
/// sentences that are not background; (3) find candidate article pairs by blocking on each
/// article's heaviest features and places (never all pairs); (4) merge articles into
/// incidents by average linkage over the candidate similarities, refusing any merge that
/// would join articles whose own days lie too far apart; (5) a sentence goes with its
/// article's incident unless it is background ("in April 2016", "last week"), which joins
/// the other incident it best matches in words and month, or none.
/// </remarks>
public sealed class IncidentGrouper
{
    // Two unrelated days to read undated mentions against (see DayOf).
    private static readonly DateOnly PlaceholderA = new(2001, 12, 31);
    private static readonly DateOnly PlaceholderB = new(2003, 6, 11);
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly GroupingOptions _options;
    private readonly DateResolver _dates = new();
    private readonly Dictionary<(string, DateOnly), (DateOnly From, DateOnly To)?> _ranges = [];

    /// <summary>Creates a grouper with the given thresholds.</summary>
    public IncidentGrouper(GroupingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Groups the sentences of <paramref name="articles"/> into incidents.</summary>
    public ImmutableArray<Incident> Group(ImmutableArray<AnalyzedArticle> articles) => GroupAll(articles).Incidents;

    /// <summary>Groups the whole corpus (fitting the featurizer on it), and keeps the model a later run can extend.</summary>
    internal (ImmutableArray<Incident> Incidents, GroupingModel? Model) GroupAll(ImmutableArray<AnalyzedArticle> articles)
    {
        if (articles.IsDefaultOrEmpty)
        {
            return ([], null);
        }

        var featurizer = TfIdfFeaturizer.Fit(AllSentences(articles), FeaturizerOptions.Default);
        var sentenceVectors = new SparseVector[articles.Length][];
        var profiles = new ArticleProfile[articles.Length];
        Parallel.For(0, articles.Length, i =>
        {
            sentenceVectors[i] = Featurize(featurizer, articles[i]);
            profiles[i] = Profile(i, articles[i], sentenceVectors[i]);
        });

        var (entityIds, entityFrequency) = FitEntities(profiles);
        var similarities = CandidateSimilarities(profiles);
        var clusters = Cluster(profiles, similarities);
        var model = new GroupingModel
        {
            Featurizer = featurizer,
            EntityIds = entityIds,
            EntityFrequency = entityFrequency,
            EntityDocuments = profiles.Length,
            Clusters = Kept(clusters, articles),
            Background = BackgroundVectors(profiles, sentenceVectors),
            FittedArticles = profiles.Length,
            AssignedSince = 0,
        };
        return (Build(profiles, clusters, sentenceVectors), model);
    }

    /// <summary>
    /// Adds articles to a stored grouping without fitting or clustering again: each article the
    /// model does not hold is featurized with the stored featurizer and joins the stored cluster
    /// it links to best by the same rules as a full grouping (average linkage above the link
    /// threshold, shared evidence, no year or day-gap veto), or starts a cluster of its own.
    /// Every article the model holds must be in <paramref name="articles"/>, with the claims it
    /// was grouped with. The model's cluster sums are grown in place: use the returned model after.
    /// </summary>
    internal (ImmutableArray<Incident> Incidents, GroupingModel Model) Extend(ImmutableArray<AnalyzedArticle> articles, GroupingModel model)
    {
        var indexOf = new Dictionary<ArticleId, int>();
        for (var i = 0; i < articles.Length; i++)
        {
            indexOf[articles[i].Article.Id] = i;
        }

        // The model's sums are taken over and grown: the model passed in is not used again.
        var clusters = new List<ClusterSums>(model.Clusters.Count);
        var held = new bool[articles.Length];
        foreach (var (members, sums) in model.Clusters)
        {
            sums.Members.AddRange(members.Select(m => indexOf[m]));
            clusters.Add(sums);
            foreach (var m in sums.Members)
            {
                held[m] = true;
            }
        }

        // Stored articles: profiles without vectors (their sums are in the clusters), and the
        // stored vectors of their background sentences. New articles: featurized in full.
        var sentenceVectors = new SparseVector[articles.Length][];
        var profiles = new ArticleProfile[articles.Length];
        var added = new List<int>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (held[i])
            {
                var vectors = new SparseVector[articles[i].Sentences.Length];
                for (var s = 0; s < vectors.Length; s++)
                {
                    vectors[s] = model.Background.GetValueOrDefault((articles[i].Article.Id, s)) ?? SparseVector.Empty;
                }

                sentenceVectors[i] = vectors;
                profiles[i] = Profile(i, articles[i], vectors, withVector: false);
            }
            else
            {
                sentenceVectors[i] = Featurize(model.Featurizer, articles[i]);
                profiles[i] = Profile(i, articles[i], sentenceVectors[i]);
                added.Add(i);
            }
        }

        var entityIds = new Dictionary<string, int>(model.EntityIds, StringComparer.Ordinal);
        var entityFrequency = new Dictionary<string, int>(model.EntityFrequency, StringComparer.Ordinal);
        foreach (var i in added)
        {
            var counts = EntityCounts(profiles[i]);
            var weights = new Dictionary<int, float>();
            foreach (var (name, count) in counts)
            {
                if (!entityIds.TryGetValue(name, out var id))
                {
                    entityIds[name] = id = entityIds.Count;
                }

                entityFrequency[name] = entityFrequency.GetValueOrDefault(name) + 1;
                var idf = Math.Log((1.0 + model.EntityDocuments) / (1.0 + entityFrequency[name])) + 1;
                weights[id] = (float)((1 + Math.Log(count)) * idf);
            }

            profiles[i].Entities = Normalized(weights);
            Assign(clusters, new ClusterSums(profiles[i]));
        }

        var updated = new GroupingModel
        {
            Featurizer = model.Featurizer,
            EntityIds = entityIds,
            EntityFrequency = entityFrequency,
            EntityDocuments = model.EntityDocuments,
            Clusters = Kept(clusters, articles),
            Background = BackgroundVectors(profiles, sentenceVectors),
            FittedArticles = model.FittedArticles,
            AssignedSince = model.AssignedSince + added.Count,
            FeaturizerStored = model.FeaturizerStored,
            BackgroundStored = model.BackgroundStored,
        };
        return (Build(profiles, clusters, sentenceVectors), updated);
    }

    /// <summary>Joins <paramref name="single"/> to the cluster it links to best by the merge rules, or adds it as a cluster of its own.</summary>
    private void Assign(List<ClusterSums> clusters, ClusterSums single)
    {
        ClusterSums? best = null;
        double bestBetween = double.NegativeInfinity, bestText = 0, bestNames = 0;
        foreach (var cluster in clusters)
        {
            if (cluster.Members.Count + 1 > _options.MaxIncidentArticles)
            {
                continue;
            }

            var textDot = ClusterSums.Dot(cluster.Text, single.Text);
            var namesDot = ClusterSums.Dot(cluster.Names, single.Names);
            var between = Average(cluster, single, textDot, namesDot);
            if (between <= bestBetween || !ShareEvidence(cluster, single, textDot, namesDot) || between < _options.LinkThreshold
                || CannotLink(cluster, single, between))
            {
                continue;
            }

            (best, bestBetween, bestText, bestNames) = (cluster, between, textDot, namesDot);
        }

        if (best is null)
        {
            clusters.Add(single);
        }
        else
        {
            best.Absorb(single, bestText, bestNames);
        }
    }

    private static SparseVector[] Featurize(TfIdfFeaturizer featurizer, AnalyzedArticle analyzed)
    {
        var vectors = new SparseVector[analyzed.Sentences.Length];
        for (var s = 0; s < vectors.Length; s++)
        {
            vectors[s] = featurizer.Featurize(analyzed.Sentences[s].Text);
        }

        return vectors;
    }

    /// <summary>The clusters as the model keeps them: member article ids with the sums.</summary>
    private static List<(List<ArticleId> Members, ClusterSums Sums)> Kept(List<ClusterSums> clusters, ImmutableArray<AnalyzedArticle> articles) =>
        [.. clusters.Select(c => (c.Members.Select(i => articles[i].Article.Id).ToList(), c))];

    private static Dictionary<(ArticleId, int), SparseVector> BackgroundVectors(ArticleProfile[] profiles, SparseVector[][] sentenceVectors)
    {
        var result = new Dictionary<(ArticleId, int), SparseVector>();
        foreach (var profile in profiles)
        {
            for (var s = 0; s < profile.Background.Length; s++)
            {
                if (profile.Background[s])
                {
                    result[(profile.Analyzed.Article.Id, s)] = sentenceVectors[profile.Index][s];
                }
            }
        }

        return result;
    }

    private static IEnumerable<string> AllSentences(ImmutableArray<AnalyzedArticle> articles)
    {
        foreach (var analyzed in articles)
        {
            foreach (var sentence in analyzed.Sentences)
            {
                yield return sentence.Text;
            }
        }
    }

    private ArticleProfile Profile(int index, AnalyzedArticle analyzed, SparseVector[] vectors, bool withVector = true)
    {
        var background = new bool[analyzed.Sentences.Length];
        var weights = new Dictionary<int, float>();
        var days = new List<DayKey>();
        var months = new HashSet<int>();
        var years = new HashSet<int>();
        var places = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (analyzed.Article.Metadata.Published is { } published)
        {
            days.Add(new DayKey(published.Year, published.Month, published.Day));
            years.Add(published.Year);
        }

        for (var s = 0; s < analyzed.Sentences.Length; s++)
        {
            var read = s < analyzed.Claims.Length ? analyzed.Claims[s] : null;
            background[s] = read?.Frame.IsBackground == true;
            if (background[s])
            {
                continue;
            }

            var sentence = analyzed.Sentences[s];
            var weight = sentence.Kind == Sentences.SentenceKind.Headline ? _options.HeadlineWeight
                : s <= _options.LedeSentences ? _options.LedeWeight : _options.BodyWeight;
            if (withVector)
            {
                Accumulate(weights, vectors[s], weight);
            }

            if (read is null)
            {
                continue;
            }

            foreach (var place in read.Places)
            {
                places.Add(place.Name);
            }

            foreach (var date in read.Dates)
            {
                if (DayOf(date) is { } day)
                {
                    days.Add(day);
                    months.Add(day.Month);
                    if (day.Year is { } year)
                    {
                        years.Add(year);
                    }
                }
                else if (MonthOf(date) is { } month)
                {
                    months.Add(month);
                }
            }
        }

        return new ArticleProfile
        {
            Index = index,
            Analyzed = analyzed,
            Vector = Normalized(weights),
            Days = days,
            Months = months,
            Years = years,
            Places = places,
            Background = background,
        };
    }

    /// <summary>
    /// The day a day-precision mention names: resolved (against the text or the article date),
    /// or, in an undated article, the month and day it names whatever the year ("on July 12") —
    /// found by reading it against two different placeholder dates; a weekday ("on Sunday")
    /// moves with the placeholder and names no fixed day.
    /// </summary>
    private DayKey? DayOf(DateMention date)
    {
        if (date.Precision != DatePrecision.Day)
        {
            return null;
        }

        if (date.From is { } from)
        {
            return date.To == from ? new DayKey(from.Year, from.Month, from.Day) : null;
        }

        var first = Single(date.Text, PlaceholderA);
        var second = Single(date.Text, PlaceholderB);
        return first is { } x && second is { } y && x.Month == y.Month && x.Day == y.Day ? new DayKey(null, x.Month, x.Day) : null;
    }

    /// <summary>The month a day- or month-precision mention names, with or without its year.</summary>
    private int? MonthOf(DateMention date)
    {
        if (date.Precision is not (DatePrecision.Month or DatePrecision.Day))
        {
            return null;
        }

        if (date.From is { } from && date.To is { } to)
        {
            return from.Month == to.Month && from.Year == to.Year ? from.Month : null;
        }

        var first = Range(date.Text, PlaceholderA);
        var second = Range(date.Text, PlaceholderB);
        return first is { } x && second is { } y && x.From.Month == x.To.Month && x.From.Month == y.From.Month ? x.From.Month : null;
    }

    private DateOnly? Single(string text, DateOnly placeholder) =>
        Range(text, placeholder) is { } range && range.From == range.To ? range.From : null;

    private (DateOnly From, DateOnly To)? Range(string text, DateOnly placeholder)
    {
        // Mentions repeat across a corpus ("on Sunday", "in July"): read each once per placeholder.
        var key = (text, placeholder);
        lock (_ranges)
        {
            if (_ranges.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var found = ReadRange(text, placeholder);
        lock (_ranges)
        {
            _ranges[key] = found;
        }

        return found;
    }

    private (DateOnly From, DateOnly To)? ReadRange(string text, DateOnly placeholder)
    {
        foreach (var again in _dates.Find(text, placeholder))
        {
            if (again.From is { } f && again.To is { } t)
            {
                return (f, t);
            }
        }

        return null;
    }

    /// <summary>
    /// The names each article's own news uses — capitalized words not at a sentence start, and
    /// the parties and places read in it — weighted by how rare they are across articles.
    /// Look-alike incidents share their verbs and nouns ("checked into rehab", "border
    /// clashes") but not their names, dates and places.
    /// </summary>
    private static (Dictionary<string, int> Ids, Dictionary<string, int> Frequency) FitEntities(ArticleProfile[] profiles)
    {
        var names = new Dictionary<string, int>[profiles.Length];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Length; i++)
        {
            names[i] = EntityCounts(profiles[i]);
            foreach (var name in names[i].Keys)
            {
                documentFrequency[name] = documentFrequency.GetValueOrDefault(name) + 1;
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in documentFrequency.Keys.Order(StringComparer.Ordinal))
        {
            ids[name] = ids.Count;
        }

        for (var i = 0; i < profiles.Length; i++)
        {
            var weights = new Dictionary<int, float>();
            foreach (var (name, count) in names[i])
            {
                var idf = Math.Log((1.0 + profiles.Length) / (1.0 + documentFrequency[name])) + 1;
                weights[ids[name]] = (float)((1 + Math.Log(count)) * idf);
            }

            profiles[i].Entities = Normalized(weights);
        }

        return (ids, documentFrequency);
    }

    private static Dictionary<string, int> EntityCounts(ArticleProfile profile)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var analyzed = profile.Analyzed;
        for (var s = 0; s < analyzed.Sentences.Length; s++)
        {
            if (profile.Background[s])
            {
                continue;
            }

            var text = analyzed.Sentences[s].Text;
            var start = 0;
            var first = true;
            for (var k = 0; k <= text.Length; k++)
            {
                if (k < text.Length && (char.IsLetter(text[k]) || (k > start && text[k] is '-' or '\'' or '’')))
                {
                    continue;
                }

                if (k > start)
                {
                    var word = text.AsSpan(start, k - start).TrimEnd("'’");
                    if (word.Length > 1 && char.IsUpper(word[0]) && !first && !IsCommonCapital(word))
                    {
                        var key = word.ToString().ToLowerInvariant();
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }

                    first = false;
                }

                start = k + 1;
            }

            if (s < analyzed.Claims.Length)
            {
                foreach (var place in analyzed.Claims[s].Places)
                {
                    var key = "place:" + place.Name.ToLowerInvariant();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }

    // Capitalized words that name no one: months, weekdays, titles.
    private static readonly HashSet<string> CommonCapitals = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Dr", "President",
        "Minister", "Prime", "The", "A", "An", "I", "AP", "Reuters", "AFP", "Associated", "Press", "News",
    };

    private static bool IsCommonCapital(ReadOnlySpan<char> word) => CommonCapitals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Similarities of the article pairs that share a blocking key: a heavy feature or a place.</summary>
    private Dictionary<(int, int), double> CandidateSimilarities(ArticleProfile[] profiles)
    {
        var postings = new Dictionary<int, List<int>>();
        var placePostings = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles)
        {
            foreach (var feature in HeaviestFeatures(profile.Vector, _options.KeyFeaturesPerArticle))
            {
                if (!postings.TryGetValue(feature, out var list))
                {
                    postings[feature] = list = [];
                }

                list.Add(profile.Index);
            }

            foreach (var place in profile.Places)
            {
                if (!placePostings.TryGetValue(place, out var list))
                {
                    placePostings[place] = list = [];
                }

                list.Add(profile.Index);
            }
        }

        // Count the keys each pair shares; each article keeps its partners with the most shared
        // keys, so the pairs scored grow with the corpus, not with its square.
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values.Concat(placePostings.Values))
        {
            if (list.Count < 2 || list.Count > _options.MaxArticlesPerKey)
            {
                continue;
            }

            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    var key = list[a] < list[b] ? (list[a], list[b]) : (list[b], list[a]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        var partners = new List<(int Other, int Shared)>[profiles.Length];
        for (var i = 0; i < partners.Length; i++)
        {
            partners[i] = [];
        }

        foreach (var ((a, b), count) in shared)
        {
            partners[a].Add((b, count));
            partners[b].Add((a, count));
        }

        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < partners.Length; i++)
        {
            foreach (var (other, _) in partners[i].OrderByDescending(p => p.Shared).ThenBy(p => p.Other).Take(_options.CandidatesPerArticle))
            {
                pairs.Add(i < other ? (i, other) : (other, i));
            }
        }

        var similarities = new Dictionary<(int, int), double>(pairs.Count);
        foreach (var (a, b) in pairs)
        {
            similarities[(a, b)] = Similarity(profiles[a], profiles[b]);
        }

        return similarities;
    }

    private double Similarity(ArticleProfile a, ArticleProfile b)
    {
        var shared = 0;
        foreach (var place in a.Places)
        {
            if (b.Places.Contains(place))
            {
                shared++;
            }
        }

        var text = a.Vector.Dot(b.Vector);
        var entities = a.Entities.Dot(b.Entities);
        return (1 - _options.EntityWeight) * text + _options.EntityWeight * entities + Math.Min(_options.MaxPlaceBonus, shared * _options.PlaceBonus);
    }

    /// <summary>
    /// Average-linkage merging over the candidate pairs, strongest first. A cluster keeps the
    /// sums of its members' vectors, so the average similarity of all member pairs of two
    /// clusters is one dot product of their sums (cosines are dot products of unit vectors):
    /// merging costs the size of the sums, not the product of the cluster sizes.
    /// </summary>
    private List<ClusterSums> Cluster(ArticleProfile[] profiles, Dictionary<(int, int), double> similarities)
    {
        var clusterOf = new int[profiles.Length];
        var clusters = new Dictionary<int, ClusterSums>();
        for (var i = 0; i < profiles.Length; i++)
        {
            clusterOf[i] = i;
            clusters[i] = new ClusterSums(profiles[i]);
        }

        var edges = similarities.Where(e => e.Value >= _options.LinkThreshold)
            .OrderByDescending(e => e.Value).ThenBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2).ToList();
        foreach (var ((x, y), _) in edges)
        {
            var a = clusterOf[x];
            var b = clusterOf[y];
            if (a == b)
            {
                continue;
            }

            var left = clusters[a];
            var right = clusters[b];
            if (left.Members.Count + right.Members.Count > _options.MaxIncidentArticles)
            {
                continue;
            }

            var textDot = ClusterSums.Dot(left.Text, right.Text);
            var namesDot = ClusterSums.Dot(left.Names, right.Names);
            var between = Average(left, right, textDot, namesDot);
            if (!ShareEvidence(left, right, textDot, namesDot)
                || between < _options.LinkThreshold || between < _options.CohesionRatio * Math.Min(Cohesion(left), Cohesion(right))
                || CannotLink(left, right, between))
            {
                continue;
            }

            left.Absorb(right, textDot, namesDot);
            foreach (var j in right.Members)
            {
                clusterOf[j] = a;
            }

            clusters.Remove(b);
        }

        return [.. clusters.Values];
    }

    /// <summary>
    /// Two groups tell of one incident only if they share a name or a place, or their words
    /// agree strongly on their own: a protest and a border clash reported the same week share
    /// common words ("said on Tuesday", "were wounded") but no one and nowhere.
    /// </summary>
    private bool ShareEvidence(ClusterSums a, ClusterSums b, double textDot, double namesDot)
    {
        if (namesDot > 0)
        {
            return true;
        }

        foreach (var place in a.Places.Keys)
        {
            if (b.Places.ContainsKey(place))
            {
                return true;
            }
        }

        return textDot / ((double)a.Members.Count * b.Members.Count) >= _options.TextAloneThreshold;
    }

    /// <summary>The average similarity over all pairs of members of two clusters.</summary>
    private double Average(ClusterSums a, ClusterSums b) => Average(a, b, ClusterSums.Dot(a.Text, b.Text), ClusterSums.Dot(a.Names, b.Names));

    private double Average(ClusterSums a, ClusterSums b, double textDot, double namesDot)
    {
        double pairs = (double)a.Members.Count * b.Members.Count;
        var text = textDot / pairs;
        var names = namesDot / pairs;
        var places = 0.0;
        foreach (var (place, count) in a.Places)
        {
            places += count * b.Places.GetValueOrDefault(place);
        }

        return (1 - _options.EntityWeight) * text + _options.EntityWeight * names + Math.Min(_options.MaxPlaceBonus, _options.PlaceBonus * places / pairs);
    }

    /// <summary>The average similarity of the member pairs inside a cluster; 0 for one member.</summary>
    private double Cohesion(ClusterSums cluster)
    {
        var n = cluster.Members.Count;
        if (n < 2)
        {
            return 0;
        }

        // Σ over ordered pairs i≠j of vi·vj = |Σv|² − Σ|vi|², and each |vi|² is 1.
        double pairs = n * (n - 1.0);
        var text = (cluster.SelfText - n) / pairs;
        var names = (cluster.SelfNames - cluster.NamedMembers) / pairs;
        return (1 - _options.EntityWeight) * text + _options.EntityWeight * names;
    }

    /// <summary>
    /// Two clusters tell of different incidents when their own news is dated in different
    /// years, or when the days they name all lie far apart and their words and names do not
    /// agree strongly: two border clashes two weeks apart are two incidents, while a story
    /// told over weeks by the same names ("checked into rehab", then "left rehab") stays one.
    /// </summary>
    private bool CannotLink(ClusterSums a, ClusterSums b, double similarity)
    {
        if (a.Years.Count > 0 && b.Years.Count > 0 && !a.Years.Overlaps(b.Years))
        {
            return true;
        }

        if (similarity >= _options.DayGapVetoBelow || a.Days.Count == 0 || b.Days.Count == 0)
        {
            return false;
        }

        foreach (var x in a.Days)
        {
            foreach (var y in b.Days)
            {
                if (x.DistanceTo(y) <= _options.MaxDayGap)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private ImmutableArray<Incident> Build(ArticleProfile[] profiles, List<ClusterSums> clusters, SparseVector[][] sentenceVectors)
    {
        // Main sentences first: each article's own news goes to its cluster.
        var groups = new List<Bucket>();
        var groupOf = new int[profiles.Length];
        foreach (var cluster in clusters)
        {
            // The centroid is the sum of the members' unit vectors, which the cluster already holds.
            var group = new Bucket { Centroid = cluster.Text };

            foreach (var i in cluster.Members)
            {
                groupOf[i] = groups.Count;
                group.Articles.Add(i);
                var profile = profiles[i];
                for (var s = 0; s < profile.Background.Length; s++)
                {
                    if (!profile.Background[s])
                    {
                        group.Sentences.Add((i, s, false));
                    }
                }

                group.Months.UnionWith(profile.Months);
                group.Years.UnionWith(profile.Years);
            }

            groups.Add(group);
        }

        // A centroid is scored as it is kept, a sum of unit vectors, divided by its length: one
        // lookup per word of the sentence, with no copy of the sum sorted into a vector. The
        // length is taken when a background sentence is first scored against it: most never are.
        var inverseLengths = new double[groups.Count];
        Array.Fill(inverseLengths, double.NaN);

        // Background sentences: the other incident they best match in words and month, if any.
        foreach (var profile in profiles)
        {
            for (var s = 0; s < profile.Background.Length; s++)
            {
                if (!profile.Background[s])
                {
                    continue;
                }

                var read = profile.Analyzed.Claims[s];
                var months = new HashSet<int>();
                var years = new HashSet<int>();
                foreach (var date in read.Frame.Dates)
                {
                    if (MonthOf(date) is { } month)
                    {
                        months.Add(month);
                    }

                    if (date.From is { } from && date.To is { } to && from.Year == to.Year)
                    {
                        years.Add(from.Year);
                    }
                }

                var best = -1;
                var bestScore = _options.BackgroundThreshold;
                for (var g = 0; g < groups.Count; g++)
                {
                    if (g == groupOf[profile.Index])
                    {
                        continue;
                    }

                    // The frame must fit the incident's own time: a month it names (a bare year
                    // or decade — "in 2020", "the 1990s" — is too wide to place a sentence), and
                    // the incident's year when both are known.
                    if (months.Count == 0 || !months.Overlaps(groups[g].Months)
                        || (years.Count > 0 && groups[g].Years.Count > 0 && !years.Overlaps(groups[g].Years)))
                    {
                        continue;
                    }

                    if (double.IsNaN(inverseLengths[g]))
                    {
                        inverseLengths[g] = InverseLength(groups[g].Centroid);
                    }

                    var score = DotWithSum(sentenceVectors[profile.Index][s], groups[g].Centroid) * inverseLengths[g];
                    if (score >= bestScore)
                    {
                        best = g;
                        bestScore = score;
                    }
                }

                if (best >= 0)
                {
                    groups[best].Sentences.Add((profile.Index, s, true));
                }
            }
        }

        var incidents = new List<Incident>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Sentences.Count > 0)
            {
                incidents.Add(MakeIncident(profiles, group));
            }
        }

        incidents.Sort((x, y) => (x.From, y.From) switch
        {
            (null, null) => string.CompareOrdinal(x.Id.Value, y.Id.Value),
            (null, _) => 1,
            (_, null) => -1,
            _ => x.From!.Value.CompareTo(y.From!.Value) is var c && c != 0 ? c : string.CompareOrdinal(x.Id.Value, y.Id.Value),
        });
        return [.. incidents];
    }

    private Incident MakeIncident(ArticleProfile[] profiles, Bucket group)
    {
        var sentences = group.Sentences
            .Select(m => (Profile: profiles[m.Article], m.Index, m.Background))
            .OrderBy(m => m.Profile.Analyzed.Article.Id.Value, StringComparer.Ordinal).ThenBy(m => m.Index)
            .ToList();
        var first = sentences[0];
        var id = new IncidentId("inc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{first.Profile.Analyzed.Article.Id.Value}:{first.Index}"))))[..12]);

        DateOnly? from = null, to = null;
        var placeCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sideCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var actCounts = new Dictionary<ActKind, int>();
        var unresolvedDays = new List<DayKey>();
        foreach (var (profile, index, background) in sentences)
        {
            if (background)
            {
                continue;
            }

            var read = profile.Analyzed.Claims[index];
            foreach (var date in read.Dates)
            {
                if (DayOf(date) is { } day)
                {
                    if (day.Year is { } year)
                    {
                        var value = new DateOnly(year, day.Month, day.Day);
                        from = from is null || value < from ? value : from;
                        to = to is null || value > to ? value : to;
                    }
                    else
                    {
                        unresolvedDays.Add(day);
                    }
                }
            }

            foreach (var place in read.Places)
            {
                placeCounts[place.Name] = placeCounts.GetValueOrDefault(place.Name) + 1;
            }

            foreach (var mention in read.Parties)
            {
                sideCounts[mention.Party] = sideCounts.GetValueOrDefault(mention.Party) + 1;
            }

            foreach (var claim in read.Claims)
            {
                if (claim.Accusation is { } accusation)
                {
                    actCounts[accusation.Act] = actCounts.GetValueOrDefault(accusation.Act) + 1;
                }
            }
        }

        var places = placeCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToImmutableArray();
        var articles = sentences.Select(m => m.Profile.Analyzed.Article.Id).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToImmutableArray();
        var earliest = sentences.Where(m => !m.Background).Select(m => m.Profile).OrderBy(p => p.Analyzed.Article.Id.Value, StringComparer.Ordinal).FirstOrDefault()
            ?? sentences[0].Profile;
        var label = Label(from, to, unresolvedDays, sideCounts, actCounts, places, earliest.Analyzed.Article.Metadata.Title ?? "");
        return new Incident
        {
            Id = id,
            Label = label,
            From = from,
            To = to,
            Places = places,
            Articles = articles,
            Sentences = [.. sentences.Select(m => new IncidentSentence(m.Profile.Analyzed.Article.Id, m.Index,
                m.Profile.Analyzed.Sentences[m.Index].Text, m.Background))],
        };
    }

    /// <summary>"12 Jul 2020 · Somalia – Kenya · ceasefire violation, attack · Mandera, Gedo", or the first headline when no act is read.</summary>
    private static string Label(DateOnly? from, DateOnly? to, List<DayKey> unresolved, Dictionary<string, int> sides,
        Dictionary<ActKind, int> acts, ImmutableArray<string> places, string headline)
    {
        var parts = new List<string>();
        if (from is { } f)
        {
            parts.Add(to is { } t && t != f
                ? string.Create(CultureInfo.InvariantCulture, $"{f:d MMM yyyy} – {t:d MMM yyyy}")
                : string.Create(CultureInfo.InvariantCulture, $"{f:d MMM yyyy}"));
        }
        else if (unresolved.Count > 0)
        {
            var day = unresolved.OrderBy(d => d.Month).ThenBy(d => d.Day).First();
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{day.Day} {MonthNames[day.Month - 1]} (year not stated)"));
        }

        var topSides = sides.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(2).Select(s => s.Key).ToList();
        var topActs = acts.OrderByDescending(a => a.Value).ThenBy(a => a.Key).Take(2).Select(a => ActWords(a.Key)).ToList();
        if (topActs.Count == 0)
        {
            parts.Add(headline.Length <= 90 ? headline : string.Concat(headline.AsSpan(0, 87), "…"));
        }
        else
        {
            if (topSides.Count > 0)
            {
                parts.Add(string.Join(" – ", topSides));
            }

            parts.Add(string.Join(", ", topActs));
        }

        if (!places.IsEmpty)
        {
            parts.Add(string.Join(", ", places.Take(3)));
        }

        return string.Join(" · ", parts);
    }

    private static string ActWords(ActKind act) => act switch
    {
        ActKind.CeasefireViolation => "ceasefire violation",
        ActKind.BorderViolation => "border violation",
        ActKind.TargetingCivilians => "civilians targeted",
        ActKind.Started => "who started it",
        _ => act.ToString().ToLowerInvariant(),
    };

    private static int[] HeaviestFeatures(SparseVector vector, int count)
    {
        var indices = vector.Indices;
        if (indices.Length <= count)
        {
            return indices.ToArray();
        }

        var values = vector.Values.ToArray();
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => values[y].CompareTo(values[x]) is var c && c != 0 ? c : x.CompareTo(y));
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = indices[order[i]];
        }

        return result;
    }

    private static void Accumulate(Dictionary<int, float> into, SparseVector vector, float weight)
    {
        var indices = vector.Indices;
        var values = vector.Values;
        for (var k = 0; k < indices.Length; k++)
        {
            into[indices[k]] = into.GetValueOrDefault(indices[k]) + weight * values[k];
        }
    }

    /// <summary>1 / |sum|, or 0 for an empty sum (whose score is then 0 whatever the sentence).</summary>
    private static double InverseLength(Dictionary<int, float> sum)
    {
        var squares = 0.0;
        foreach (var value in sum.Values)
        {
            squares += value * (double)value;
        }

        return squares > 0 ? 1 / Math.Sqrt(squares) : 0;
    }

    /// <summary>The dot product of a sparse vector with a sum kept as a dictionary.</summary>
    private static double DotWithSum(SparseVector vector, Dictionary<int, float> sum)
    {
        var indices = vector.Indices;
        var values = vector.Values;
        var dot = 0.0;
        for (var k = 0; k < indices.Length; k++)
        {
            if (sum.TryGetValue(indices[k], out var weight))
            {
                dot += values[k] * (double)weight;
            }
        }

        return dot;
    }

    private static SparseVector Normalized(Dictionary<int, float> weights)
    {
        if (weights.Count == 0)
        {
            return SparseVector.Empty;
        }

        var indices = weights.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        var norm = 0.0;
        for (var k = 0; k < indices.Length; k++)
        {
            values[k] = weights[indices[k]];
            norm += values[k] * values[k];
        }

        var scale = (float)(1 / Math.Sqrt(norm));
        for (var k = 0; k < values.Length; k++)
        {
            values[k] *= scale;
        }

        return new SparseVector(indices, values);
    }

    private sealed class Bucket
    {
        public List<int> Articles { get; } = [];

        public List<(int Article, int Index, bool Background)> Sentences { get; } = [];

        /// <summary>The sum of the members' text vectors (shared with the cluster, never changed here).</summary>
        public required Dictionary<int, float> Centroid { get; init; }

        public HashSet<int> Months { get; } = [];

        public HashSet<int> Years { get; } = [];
    }
}
