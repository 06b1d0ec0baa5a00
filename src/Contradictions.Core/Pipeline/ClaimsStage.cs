using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Contradictions.Claims;
using Contradictions.Ingestion;
using Contradictions.State;

namespace Contradictions.Pipeline;

/// <summary>
/// Runs the Claims stage over a corpus, reusing what the state kept for unchanged articles.
/// Three things are read per article, each depending on more of the corpus than the last:
/// the evidence for party discovery (the article and the parties file), the people it ties to
/// a party (the article and the full lexicon, which includes the discovered parties), and its
/// claims (the same, plus the people of other articles it looks up). Each is kept with the key
/// it was read under; the claims also keep every name they looked up among the corpus's
/// people and what they found, so an article is read again exactly when one of those answers
/// changed. A run that reuses everything gives the same claims as one that reads everything.
/// </summary>
internal static class ClaimsStage
{
    /// <summary>Reads (or reuses) the claims of every article.</summary>
    /// <param name="articles">The corpus, in the order people are learned (first tie wins).</param>
    /// <param name="baseLexicon">The lexicon before discovery: the gazetteer and the parties file.</param>
    /// <param name="config">The parties file's content, or <see cref="PartiesConfig.Empty"/>.</param>
    /// <param name="store">The state, to reuse from and to save to.</param>
    /// <param name="parallelism">At most this many articles at once.</param>
    /// <param name="cancellation">Stops the stage between articles.</param>
    public static ClaimsOutcome Run(ImmutableArray<AnalyzedArticle> articles, PartyLexicon baseLexicon, PartiesConfig config, StateStore store,
        int parallelism, CancellationToken cancellation)
    {
        var stored = store.LoadClaims();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation };
        var kept = new StoredClaims?[articles.Length];
        for (var i = 0; i < articles.Length; i++)
        {
            kept[i] = stored.GetValueOrDefault(articles[i].Article.Id);
        }

        var changed = new bool[articles.Length];

        // 1. Evidence for party discovery, then the parties it makes.
        var discoveryKey = StateKeys.Of(StateKeys.Rules, config.Canonical());
        var evidence = new DiscoveryEvidence[articles.Length];
        Parallel.For(0, articles.Length, parallel, i =>
        {
            // A part that cannot be decoded (a damaged state file) is read again, like a missing one.
            if (kept[i] is { DiscoveryKey: { } key, Discovery: { } json } && key == discoveryKey
                && ClaimsCodec.TryDecode(json, ClaimsCodec.DecodeEvidence, out var decoded))
            {
                evidence[i] = decoded;
                return;
            }

            evidence[i] = PartyDiscovery.Collect(articles[i].Sentences, baseLexicon);
            changed[i] = true;
        });

        var discovered = PartyDiscovery.Decide(evidence, baseLexicon);
        var longForms = PartyDiscovery.LongForms(evidence, discovered);
        var lexicon = discovered.IsEmpty ? baseLexicon : PartyLexicon.Create(config with
        {
            Parties = config.Parties.AddRange(discovered.Select(name =>
                new PartyDefinition(name, Aliases(name, longForms), null, [], 0))),
        });
        var lexiconKey = StateKeys.Of(discoveryKey, string.Join('\n', discovered.Select(name =>
            longForms.TryGetValue(name, out var longForm) ? name + "=" + longForm : name)));

        // 2. The people each article ties to a party, merged in corpus order.
        var extractor = new ClaimExtractor(lexicon);
        var peopleOf = new Dictionary<string, string>[articles.Length];
        Parallel.For(0, articles.Length, parallel, i =>
        {
            if (kept[i] is { PeopleKey: { } key, People: { } json } && key == lexiconKey
                && ClaimsCodec.TryDecode(json, ClaimsCodec.DecodeNames, out var names))
            {
                peopleOf[i] = names.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
                return;
            }

            peopleOf[i] = extractor.PeopleOf(articles[i].Sentences);
            changed[i] = true;
        });

        var people = ClaimExtractor.MergePeople(peopleOf);

        // 3. The claims, read again only when the lexicon or a looked-up person changed.
        var claims = new ImmutableArray<SentenceClaims>[articles.Length];
        var lookups = new Dictionary<string, string?>[articles.Length];
        var reused = 0;
        Parallel.For(0, articles.Length, parallel, i =>
        {
            if (kept[i] is { ClaimsKey: { } key, Lookups: { } lookupBytes, Claims: { } claimBytes } && key == lexiconKey
                && ClaimsCodec.TryDecode(lookupBytes, ClaimsCodec.DecodeNames, out var before) && SameAnswers(before, people)
                && ClaimsCodec.TryDecode(claimBytes, ClaimsCodec.DecodeClaims, out var keptClaims))
            {
                claims[i] = keptClaims;
                lookups[i] = before;
                Interlocked.Increment(ref reused);
                return;
            }

            var recorder = new RecordingPeople(people);
            claims[i] = extractor.Extract(articles[i].Article, articles[i].Sentences, recorder);
            lookups[i] = recorder.Lookups;
            changed[i] = true;
        });

        var updates = new List<(ArticleId, StoredClaims)>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (changed[i])
            {
                updates.Add((articles[i].Article.Id, new StoredClaims(discoveryKey, ClaimsCodec.Encode(evidence[i]), lexiconKey,
                    ClaimsCodec.Encode(peopleOf[i]!), lexiconKey, ClaimsCodec.Encode(lookups[i]), ClaimsCodec.Encode(claims[i]))));
            }
        }

        store.SaveClaims(updates);
        return new ClaimsOutcome([.. claims], lexicon, [.. changed], reused);
    }

    /// <summary>A found party's other names: the long form it was introduced with, and its plural ("the Houthis").</summary>
    private static ImmutableArray<string> Aliases(string name, Dictionary<string, string> longForms)
    {
        var aliases = ImmutableArray.CreateBuilder<string>(2);
        if (longForms.TryGetValue(name, out var longForm))
        {
            aliases.Add(longForm);
        }

        if (PartyDiscovery.PluralAlias(name) is { } plural)
        {
            aliases.Add(plural);
        }

        return aliases.ToImmutable();
    }

    /// <summary>True when every name looked up before gets the same answer from <paramref name="people"/> now (null: not found).</summary>
    private static bool SameAnswers(Dictionary<string, string?> before, Dictionary<string, string> people)
    {
        foreach (var (name, party) in before)
        {
            if (people.GetValueOrDefault(name) != party)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The corpus's people, recording each name looked up and what was found.</summary>
    private sealed class RecordingPeople(Dictionary<string, string> people) : IReadOnlyDictionary<string, string>
    {
        public Dictionary<string, string?> Lookups { get; } = new(StringComparer.Ordinal);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
        {
            var found = people.TryGetValue(key, out value);
            Lookups.TryAdd(key, found ? value : null);
            return found;
        }

        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => throw new NotSupportedException("the names looked up are recorded one by one");

        public IEnumerable<string> Values => throw new NotSupportedException("the names looked up are recorded one by one");

        public int Count => people.Count;

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
            throw new NotSupportedException("the names looked up are recorded one by one");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>What the Claims stage gives the rest of the run.</summary>
/// <param name="Claims">Each article's claims, in the order of the articles given.</param>
/// <param name="Lexicon">The party lexicon: the parties file's and the discovered parties.</param>
/// <param name="ReadAgain">For each article, true when something of it was read this run rather than kept.</param>
/// <param name="Reused">Articles whose claims were kept from an earlier run.</param>
internal sealed record ClaimsOutcome(ImmutableArray<ImmutableArray<SentenceClaims>> Claims, PartyLexicon Lexicon, ImmutableArray<bool> ReadAgain,
    int Reused);
