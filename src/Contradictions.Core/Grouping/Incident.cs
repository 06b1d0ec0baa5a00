using System.Collections.Immutable;
using Contradictions.Ingestion;

namespace Contradictions.Grouping;

/// <summary>One incident: the sentences of different articles that tell of the same event.</summary>
public sealed record Incident
{
    /// <summary>Stable identity.</summary>
    public required IncidentId Id { get; init; }

    /// <summary>A readable label: date, parties, what happened, where.</summary>
    public required string Label { get; init; }

    /// <summary>First day the incident's own sentences and articles name, or null when none is resolved.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last such day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Places named in its sentences, most named first.</summary>
    public ImmutableArray<string> Places { get; init; } = [];

    /// <summary>The articles whose sentences it holds, in ordinal id order.</summary>
    public ImmutableArray<ArticleId> Articles { get; init; } = [];

    /// <summary>Its sentences, by article (ordinal id) and index.</summary>
    public ImmutableArray<IncidentSentence> Sentences { get; init; } = [];

    /// <summary>Since the last run: "new", "grew" (it gained sentences) or "unchanged".</summary>
    public string Change { get; init; } = "new";

    /// <summary>How many sentences it gained since the last run.</summary>
    public int GainedSentences { get; init; }

    /// <summary>Where its accounts cannot both be true, or differ; ranked (set by the Compare stage).</summary>
    public ImmutableArray<Comparison.Conflict> Conflicts { get; init; } = [];

    /// <summary>Where different sources agree on a figure (set by the Compare stage).</summary>
    public ImmutableArray<Comparison.Corroboration> Corroborations { get; init; } = [];
}
