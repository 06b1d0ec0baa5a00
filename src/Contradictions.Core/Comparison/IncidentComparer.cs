using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Contradictions.Claims;
using Contradictions.Grouping;
using Contradictions.Ingestion;
using Contradictions.Pipeline;

namespace Contradictions.Comparison;

/// <summary>
/// The Compare stage's entry point: within one incident, sets the sides' claims against each
/// other and flags where they cannot both be true — blame (each side names the other as the
/// actor), denial (one side states an act, the accused side denies it), figures (the same
/// quantity with disjoint intervals, or overlapping ones with different stated values) — and
/// where different sources agree on a figure.
/// </summary>
/// <remarks>
/// A source is a party's side (an alias or a de facto authority counts for the side it is on;
/// an ally backing a side keeps an account of its own, shown with the side it backs), or,
/// when no party speaks, the outlet of the article. Two claims of one source are never set
/// against each other; a later figure of the same source is shown in its account, as a revision.
/// </remarks>
public sealed class IncidentComparer
{
    private static readonly HashSet<string> PersonItems = new(StringComparer.Ordinal)
    {
        "people", "soldiers", "civilians", "police", "children", "fighters", "crew", "hostages",
    };

    private readonly PartyLexicon _lexicon;

    /// <summary>Creates a comparer that reads sides and allies from <paramref name="lexicon"/>.</summary>
    public IncidentComparer(PartyLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>Returns <paramref name="incident"/> with its conflicts and corroborations, ranked.</summary>
    public Incident Compare(Incident incident, IReadOnlyDictionary<ArticleId, AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(articles);
        var evidence = Evidence(incident, articles);
        var conflicts = new List<Conflict>();
        conflicts.AddRange(Blame(incident, evidence));
        conflicts.AddRange(Denials(incident, evidence));
        var corroborations = new List<Corroboration>();
        Figures(incident, evidence, articles, conflicts, corroborations);

        conflicts.Sort((a, b) =>
            a.Severity != b.Severity ? a.Severity.CompareTo(b.Severity)
            : a.Sources != b.Sources ? b.Sources.CompareTo(a.Sources)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : string.CompareOrdinal(a.Id, b.Id));
        corroborations.Sort((a, b) => a.AcrossSides != b.AcrossSides ? b.AcrossSides.CompareTo(a.AcrossSides) : string.CompareOrdinal(a.Id, b.Id));
        return incident with { Conflicts = [.. conflicts], Corroborations = [.. corroborations] };
    }

    private static List<Item> Evidence(Incident incident, IReadOnlyDictionary<ArticleId, AnalyzedArticle> articles)
    {
        var items = new List<Item>();
        foreach (var member in incident.Sentences)
        {
            if (!articles.TryGetValue(member.Article, out var analyzed) || member.Index >= analyzed.Claims.Length)
            {
                continue;
            }

            var read = analyzed.Claims[member.Index];
            for (var c = 0; c < read.Claims.Length; c++)
            {
                var claim = read.Claims[c];
                items.Add(new Item(new ClaimEvidence(member.Article, member.Index, member.Text, claim.Attribution.Speaker, claim.Attribution.Party, claim),
                    $"{member.Article.Value}:{member.Index}:{c}", analyzed, member.Background));
            }
        }

        return items;
    }

    /// <summary>Blame: side A names B as the actor of an act, and B names A.</summary>
    private IEnumerable<Conflict> Blame(Incident incident, List<Item> evidence)
    {
        var byDirection = new Dictionary<(string Speaker, string Actor), List<Item>>();
        foreach (var item in evidence)
        {
            if (item.Evidence.Claim.Accusation is not { Actor: { } actor } || item.Evidence.Party is not { } party)
            {
                continue;
            }

            var speaker = EffectiveSide(party);
            var actorSide = _lexicon.SideOf(actor);
            if (speaker == actorSide)
            {
                continue;
            }

            if (!byDirection.TryGetValue((speaker, actorSide), out var list))
            {
                byDirection[(speaker, actorSide)] = list = [];
            }

            list.Add(item);
        }

        foreach (var ((a, b), aClaims) in byDirection.OrderBy(d => d.Key.Speaker, StringComparer.Ordinal).ThenBy(d => d.Key.Actor, StringComparer.Ordinal))
        {
            if (string.CompareOrdinal(a, b) > 0 || !byDirection.TryGetValue((b, a), out var bClaims))
            {
                continue;
            }

            var all = aClaims.Concat(bClaims).ToList();
            var summary = $"{a} says {b} {Acts(aClaims)}; {b} says {a} {Acts(bClaims)}";
            var why = string.Create(CultureInfo.InvariantCulture,
                $"blame: each side names the other as the actor — {a}: {b} in {aClaims.Count} claim{(aClaims.Count == 1 ? "" : "s")}; {b}: {a} in {bClaims.Count} claim{(bClaims.Count == 1 ? "" : "s")}");
            yield return new Conflict
            {
                Id = Id(incident, $"blame|{a}|{b}"),
                Evidence = EvidenceHash(all),
                Kind = ConflictKind.Blame,
                Severity = Severity.Contradiction,
                Summary = summary,
                Why = why,
                Accounts = Accounts(all),
            };
        }
    }

    /// <summary>Denial: a side denies an act (or the other side's account) that another side accuses it of.</summary>
    private IEnumerable<Conflict> Denials(Incident incident, List<Item> evidence)
    {
        var groups = new Dictionary<(string Denier, ActKind? Act), List<Item>>();
        foreach (var item in evidence)
        {
            if (item.Evidence.Claim.Denial is not { } denial || item.Evidence.Party is not { } party)
            {
                continue;
            }

            var key = (_lexicon.SideOf(party), denial.Act);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(item);
        }

        foreach (var ((denier, act), denials) in groups.OrderBy(g => g.Key.Denier, StringComparer.Ordinal).ThenBy(g => g.Key.Act))
        {
            var civilians = denials.Any(d => d.Evidence.Claim.Denial!.AgainstCivilians);
            var answered = evidence.Where(item => item.Evidence.Claim.Accusation is { Actor: { } actor } accusation
                    && item.Evidence.Party is { } party && EffectiveSide(party) != denier
                    && _lexicon.SideOf(actor) == denier && Answers(act, civilians, accusation))
                .ToList();
            if (answered.Count == 0)
            {
                continue;
            }

            var accusers = answered.Select(i => EffectiveSide(i.Evidence.Party!)).Distinct().Order(StringComparer.Ordinal).ToList();
            var what = act is { } known ? ActWords(known) : "the other side's account";
            var all = answered.Concat(denials).ToList();
            yield return new Conflict
            {
                Id = Id(incident, $"denial|{denier}|{act}"),
                Evidence = EvidenceHash(all),
                Kind = ConflictKind.Denial,
                Severity = Severity.Contradiction,
                Summary = act is null
                    ? $"{string.Join(" and ", accusers)} accuse{(accusers.Count == 1 ? "s" : "")} {denier}; {denier} rejects that account"
                    : $"{string.Join(" and ", accusers)} say{(accusers.Count == 1 ? "s" : "")} {denier} {what}; {denier} denies it",
                Why = $"denial: {denier} denies {(act is null ? what : "it " + what)} (\"{denials[0].Evidence.Claim.Denial!.Cue}\"), which {string.Join(" and ", accusers)} state{(accusers.Count == 1 ? "s" : "")} in {answered.Count} claim{(answered.Count == 1 ? "" : "s")}",
                Accounts = Accounts(all),
            };
        }
    }

    private static bool Answers(ActKind? denied, bool civilians, Accusation accusation)
    {
        if (denied is null)
        {
            return true;
        }

        if (civilians && (accusation.AgainstCivilians || accusation.Act == ActKind.TargetingCivilians))
        {
            return true;
        }

        return accusation.Act == denied;
    }

    /// <summary>Figures: one quantity (owner, item, outcome) stated by different sources.</summary>
    private void Figures(Incident incident, List<Item> evidence, IReadOnlyDictionary<ArticleId, AnalyzedArticle> articles, List<Conflict> conflicts, List<Corroboration> corroborations)
    {
        var quantities = new Dictionary<(string Owner, string Item, string Outcome), List<FigureItem>>();
        void Add((string, string, string) key, FigureItem figure)
        {
            if (!quantities.TryGetValue(key, out var list))
            {
                quantities[key] = list = [];
            }

            list.Add(figure);
        }

        var personTotals = new Dictionary<(string Sentence, string Owner, string Outcome), List<Item>>();
        foreach (var item in evidence)
        {
            if (item.Evidence.Claim.Figure is not { Outcome: { } outcome } figure || outcome == "deployed"
                || (item.Evidence.Claim.FigureOwner ?? PlaceOf(item, figure) ?? IncidentToll(item, figure)) is not { } owner)
            {
                continue;
            }

            var ownerSide = owner.StartsWith(PlacePrefix, StringComparison.Ordinal) ? owner : _lexicon.SideOf(owner);
            Add((ownerSide, figure.Item, outcome), new FigureItem([item], figure.Value, figure.Item == "people"));
            if (PersonItems.Contains(figure.Item))
            {
                var sentence = $"{item.Evidence.Article.Value}:{item.Evidence.Sentence}";
                if (!personTotals.TryGetValue((sentence, ownerSide, outcome), out var list))
                {
                    personTotals[(sentence, ownerSide, outcome)] = list = [];
                }

                list.Add(item);
            }
        }

        // "five soldiers and two police officers killed" is seven people killed, to set
        // against "no one was killed".
        foreach (var ((_, owner, outcome), items) in personTotals)
        {
            if (items.Count < 2 || items.Any(i => i.Evidence.Claim.Figure!.Item == "people"))
            {
                continue;
            }

            var values = items.Select(i => i.Evidence.Claim.Figure!.Value).ToList();
            var stated = values.All(v => v.Stated is not null) ? values.Sum(v => v.Stated!.Value) : (double?)null;
            Add((owner, "people", outcome), new FigureItem(items, new FigureValue(values.Sum(v => v.Low), values.Sum(v => v.High), stated, FigureQualifier.Exact), false));
        }

        // A side's toll naming no place joins the one place the incident's other tolls of the
        // same kind are counted at: "about 30 people were killed" (the military) and "at least
        // 100 people … in Sagaing" (the opposition) are one toll. With two such places, or none,
        // or no count there that states a number (only "several people"), or one set in another
        // time, it stays the incident's own.
        foreach (var key in quantities.Keys.Where(k => k.Owner == IncidentKey).ToList())
        {
            var located = quantities.Keys.Where(k => k.Owner != IncidentKey && k.Owner.StartsWith(PlacePrefix, StringComparison.Ordinal)
                && k.Item == key.Item && k.Outcome == key.Outcome).ToList();
            if (located.Count == 1 && quantities[located[0]].Any(f => f.Value.Stated is not null)
                && quantities[located[0]].All(f => f.Items.All(i => !i.Article.Claims[i.Evidence.Sentence].Frame.IsBackground)))
            {
                quantities[located[0]].AddRange(quantities[key].Select(f => f with { ByIncident = true }));
                quantities.Remove(key);
            }
        }

        foreach (var ((owner, item, outcome), figures) in quantities.OrderBy(q => q.Key.Owner, StringComparer.Ordinal)
            .ThenBy(q => q.Key.Item, StringComparer.Ordinal).ThenBy(q => q.Key.Outcome, StringComparer.Ordinal))
        {
            // A total only counts where someone states the whole ("no one was killed").
            if (item == "people" && !figures.Any(f => f.StatesPeople))
            {
                continue;
            }

            var bySource = figures.GroupBy(f => Source(f.Items[0], articles)).ToDictionary(g => g.Key, g => g.ToList());
            var quantity = owner.StartsWith(PlacePrefix, StringComparison.Ordinal) ? $"{item} {outcome} {owner}" : $"{owner}'s {item} {outcome}";
            foreach (var (source, own) in bySource.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                // One source, two values: a revision ("3 soldiers were killed … later a 4th"), in
                // the order they were published (or stand in the article).
                var values = own.Where(f => f.Value.Stated is not null && !f.ByIncident)
                    .OrderBy(f => f.Items[0].Article.Article.Metadata.Published ?? DateOnly.MaxValue)
                    .ThenBy(f => f.Items[0].Article.Article.Path, StringComparer.Ordinal).ThenBy(f => f.Items[0].Evidence.Sentence)
                    .Select(f => f.Value.Stated!.Value).Distinct().ToList();
                // The incident's own toll is the weakest key: a side's two counts are read as a
                // revision only when one article states both ("3 soldiers were killed … later,
                // a 4th"); two articles may be telling of two events grouped together.
                if (values.Count < 2 || (owner == IncidentKey && own.Select(f => f.Items[0].Article.Article.Id).Distinct().Count() > 1))
                {
                    continue;
                }

                var revised = own.Where(f => !f.ByIncident).SelectMany(f => f.Items).Distinct().ToList();
                conflicts.Add(new Conflict
                {
                    Id = Id(incident, $"revision|{source}|{quantity}"),
                    Evidence = EvidenceHash(revised),
                    Kind = ConflictKind.Figure,
                    Severity = Severity.Discrepancy,
                    IsRevision = true,
                    Quantity = quantity,
                    Summary = string.Create(CultureInfo.InvariantCulture, $"{quantity}: {Label(source)} gave {string.Join(", then ", values)}"),
                    Why = string.Create(CultureInfo.InvariantCulture,
                        $"revision: {quantity} — {Label(source)} stated {string.Join(", then ", values)}: one source's later count, not a dispute between sides"),
                    Accounts = Accounts(revised),
                });
            }

            if (bySource.Count < 2)
            {
                continue;
            }

            var disjoint = new List<(string A, FigureItem X, string B, FigureItem Y)>();
            var differing = new List<(string A, FigureItem X, string B, FigureItem Y)>();
            var sources = bySource.Keys.Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = i + 1; j < sources.Count; j++)
                {
                    foreach (var x in bySource[sources[i]])
                    {
                        foreach (var y in bySource[sources[j]])
                        {
                            if (!x.Value.Overlaps(y.Value) && RisePhrase(x, y) is null && RisePhrase(y, x) is null)
                            {
                                disjoint.Add((sources[i], x, sources[j], y));
                            }
                            else if (x.Value.Stated != y.Value.Stated)
                            {
                                differing.Add((sources[i], x, sources[j], y));
                            }
                        }
                    }
                }
            }

            if (disjoint.Count > 0 || differing.Count > 0)
            {
                var contradiction = disjoint.Count > 0;
                var pairs = contradiction ? disjoint : differing;
                var involved = pairs.SelectMany(p => p.X.Items.Concat(p.Y.Items)).Distinct().ToList();
                var (a, x, b, y) = pairs[0];
                conflicts.Add(new Conflict
                {
                    Id = Id(incident, $"figure|{quantity}"),
                    Evidence = EvidenceHash(involved),
                    Kind = ConflictKind.Figure,
                    Severity = contradiction ? Severity.Contradiction : Severity.Discrepancy,
                    Quantity = quantity,
                    Summary = $"{quantity}: {Interval(x.Value)} ({Label(a)}) vs {Interval(y.Value)} ({Label(b)})",
                    Why = contradiction
                        ? $"figure: {quantity} — {Interval(x.Value)} ({Label(a)}) vs {Interval(y.Value)} ({Label(b)}): disjoint intervals, both cannot be true"
                        : x.Value.Overlaps(y.Value)
                            ? $"figure: {quantity} — {Interval(x.Value)} ({Label(a)}) vs {Interval(y.Value)} ({Label(b)}): the intervals overlap but the stated values differ ({Stated(x.Value)} vs {Stated(y.Value)}), e.g. a later count"
                            : $"figure: {quantity} — {Interval(x.Value)} ({Label(a)}) vs {Interval(y.Value)} ({Label(b)}): the higher count is said to have risen to (\"{RisePhrase(x, y) ?? RisePhrase(y, x)}\"), a later count rather than a dispute",
                    Accounts = Accounts(involved),
                });
            }

            // Agreement: different sources stating the same value.
            foreach (var group in bySource.SelectMany(s => s.Value.Select(f => (Source: s.Key, Figure: f)))
                .Where(f => f.Figure.Value.Stated is not null).GroupBy(f => f.Figure.Value.Stated!.Value).OrderBy(g => g.Key))
            {
                var agreeing = group.Select(g => g.Source).Distinct().Order(StringComparer.Ordinal).ToList();
                if (agreeing.Count < 2)
                {
                    continue;
                }

                var items = group.SelectMany(g => g.Figure.Items).Distinct().ToList();
                var sides = agreeing.Where(s => !s.StartsWith("outlet:", StringComparison.Ordinal)).ToList();
                corroborations.Add(new Corroboration
                {
                    Id = Id(incident, string.Create(CultureInfo.InvariantCulture, $"corroboration|{quantity}|{group.Key}")),
                    Kind = ConflictKind.Figure,
                    Quantity = quantity,
                    AcrossSides = sides.Count >= 2,
                    Summary = string.Create(CultureInfo.InvariantCulture, $"{quantity}: {group.Key} by {string.Join(" and ", agreeing.Select(Label))}"),
                    Why = string.Create(CultureInfo.InvariantCulture,
                        $"figure: {quantity} stated as {group.Key} by {agreeing.Count} sources ({string.Join(", ", agreeing.Select(Label))}){(sides.Count >= 2 ? "; opposing sides agree" : "")}"),
                    Accounts = Accounts(items),
                });
            }
        }
    }

    /// <summary>The side a speaker's claims count for: its own side, or for an ally, the side it backs.</summary>
    private string EffectiveSide(string party)
    {
        var backs = _lexicon.Backs(party);
        return backs.IsEmpty ? _lexicon.SideOf(party) : _lexicon.SideOf(backs[0]);
    }

    private string Source(Item item, IReadOnlyDictionary<ArticleId, AnalyzedArticle> articles) =>
        item.Evidence.Party is { } party ? _lexicon.SideOf(party) : "outlet:" + item.Article.OutletName;

    private static string Label(string source) => source.StartsWith("outlet:", StringComparison.Ordinal) ? "outlet " + source[7..] : source;

    /// <summary>Accounts by party: a party's own label, an ally "X (backs Y)", or the outlet.</summary>
    private ImmutableArray<Account> Accounts(IEnumerable<Item> items)
    {
        var byLabel = new SortedDictionary<string, List<ClaimEvidence>>(StringComparer.Ordinal);
        foreach (var item in items.Distinct())
        {
            var label = item.Evidence.Party is { } party
                ? (_lexicon.Backs(party) is { IsEmpty: false } backs ? $"{party} (backs {string.Join(", ", backs)})" : _lexicon.SideOf(party))
                : "outlet: " + item.Article.OutletName;
            if (!byLabel.TryGetValue(label, out var list))
            {
                byLabel[label] = list = [];
            }

            list.Add(item.Evidence);
        }

        return [.. byLabel.Select(kv => new Account(kv.Key,
            [.. kv.Value.OrderBy(e => e.Article.Value, StringComparer.Ordinal).ThenBy(e => e.Sentence)]))];
    }

    /// <summary>
    /// A conflict's id: its incident and what it is about (the two sides of a blame, the denier
    /// and the act of a denial, the quantity of a figure) — not its evidence, so the id stays
    /// when new articles add claims and a reviewer's decision stays attached to it.
    /// </summary>
    private static string Id(Incident incident, string subject) =>
        "cf-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(incident.Id.Value + "|" + subject)))[..12];

    /// <summary>A fingerprint of the claims a conflict cites: when it changes, a decision about the conflict needs another look.</summary>
    private static string EvidenceHash(IEnumerable<Item> items)
    {
        var keys = string.Join("|", items.Select(i => i.Key).Distinct().Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keys)))[..16];
    }

    private static string Acts(List<Item> claims) =>
        string.Join(", ", claims.Select(c => ActWords(c.Evidence.Claim.Accusation!.Act)).Distinct().Take(3));

    // Words that say a count went up to the number after them: "the death toll rose to 10".
    private static readonly string[] RisePhrases = ["rose to", "rises to", "risen to", "rising to", "climbed to", "climbs to", "jumped to", "increased to"];

    /// <summary>
    /// The words ("rises to") when <paramref name="higher"/> is above all of <paramref name="lower"/>
    /// and its sentence says the count rose to it ("the death toll rose to 10"): an update of
    /// an earlier, lower count, not a second account of the same moment; otherwise null.
    /// </summary>
    private static string? RisePhrase(FigureItem higher, FigureItem lower)
    {
        if (higher.Value.Low <= lower.Value.High || higher.Items.Count != 1 || higher.Items[0].Evidence.Claim.Figure is not { } figure)
        {
            return null;
        }

        var text = higher.Items[0].Evidence.Text;
        var at = text.IndexOf(figure.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var before = text.AsSpan(0, at).TrimEnd();
        foreach (var phrase in RisePhrases)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return phrase;
            }
        }

        return null;
    }

    // The owner key of a toll counted by place rather than by side: "people killed in Nova Kakhovka".
    private const string PlacePrefix = "in ";

    /// <summary>
    /// Where people were counted, for a toll (killed, wounded, missing) whose owner no side
    /// claims: the one place its sentence names ("five people had died in Nova Kakhovka"). Tolls
    /// of one town told by two sources are the same quantity; a sentence naming several places,
    /// or none, gives none.
    /// </summary>
    private static string? PlaceOf(Item item, Figure figure)
    {
        if ((!PersonItems.Contains(figure.Item) && figure.Item != "people") || figure.Outcome is not ("killed" or "wounded" or "missing"))
        {
            return null;
        }

        var places = item.Article.Claims[item.Evidence.Sentence].Places;
        return places.Length == 1 ? PlacePrefix + places[0].Name : null;
    }

    // The owner key of a toll a side gives for the incident itself, naming no owner and no place.
    private const string IncidentKey = PlacePrefix + "this incident";

    /// <summary>
    /// The incident's own toll: a count of people killed, wounded or missing that a side gives
    /// in one of the incident's own sentences (not another article's background attached to it)
    /// naming neither whose people they were nor any place ("Russian officials said 39 people
    /// had died"). Two sides' tolls of the incident they both tell of are one quantity; an
    /// outlet's unattributed toll, or one set in a place, is left to the rules above.
    /// </summary>
    private static string? IncidentToll(Item item, Figure figure)
    {
        // Not combatants: "soldiers" counts every side's fighters alike, so one side's count of its
        // own dead and its count of the enemy's would be one quantity.
        if ((!PersonItems.Contains(figure.Item) && figure.Item != "people") || figure.Item == "soldiers"
            || figure.Outcome is not ("killed" or "wounded" or "missing") || item.Evidence.Party is null || item.Background)
        {
            return null;
        }

        return item.Article.Claims[item.Evidence.Sentence].Places.IsEmpty ? IncidentKey : null;
    }

    /// <summary>Words for an act, as a verb phrase after the actor.</summary>
    public static string ActWords(ActKind act) => act switch
    {
        ActKind.Attack => "attacked",
        ActKind.Shelling => "shelled",
        ActKind.Offensive => "launched an offensive",
        ActKind.Started => "started it",
        ActKind.CeasefireViolation => "violated the ceasefire",
        ActKind.BorderViolation => "violated the border",
        ActKind.Provocation => "provoked",
        ActKind.Sabotage => "carried out sabotage",
        ActKind.TargetingCivilians => "targeted civilians",
        ActKind.Advance => "tried to advance",
        ActKind.Aggression => "committed aggression",
        ActKind.Killing => "killed",
        ActKind.Destruction => "caused the destruction",
        ActKind.Seizure => "made the seizure",
        _ => act.ToString(),
    };

    /// <summary>
    /// What a conflict says, for telling whether it changed between runs: a figure conflict's
    /// values by account ("India: [0, 0]; Pakistan: [1, 1], [2, 2]"), otherwise its summary.
    /// </summary>
    public static string Statement(Conflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (conflict.Kind != ConflictKind.Figure)
        {
            return conflict.Summary;
        }

        return string.Join("; ", conflict.Accounts.Select(a => $"{a.Party}: " + string.Join(", ",
            a.Claims.Where(c => c.Claim.Figure is not null).Select(c => Interval(c.Claim.Figure!.Value)).Distinct())));
    }

    private static string Interval(FigureValue value) => string.Create(CultureInfo.InvariantCulture,
        $"[{value.Low}, {(double.IsPositiveInfinity(value.High) ? "∞" : value.High.ToString(CultureInfo.InvariantCulture))}]");

    private static string Stated(FigureValue value) =>
        value.Stated is { } stated ? stated.ToString(CultureInfo.InvariantCulture) : "none";

    /// <param name="Evidence">The claim and its sentence.</param>
    /// <param name="Key">The claim's place in the corpus (article, sentence, claim).</param>
    /// <param name="Article">Its article.</param>
    /// <param name="Background">True when its sentence is another article's background attached to the incident.</param>
    private sealed record Item(ClaimEvidence Evidence, string Key, AnalyzedArticle Article, bool Background);

    /// <param name="Items">The claims that state it.</param>
    /// <param name="Value">The count.</param>
    /// <param name="StatesPeople">True when it counts people as a whole ("no one", "12 people").</param>
    private sealed record FigureItem(List<Item> Items, FigureValue Value, bool StatesPeople)
    {
        /// <summary>True when it is a side's toll naming no place, joined to the one place the incident's tolls name.</summary>
        public bool ByIncident { get; init; }
    }
}
