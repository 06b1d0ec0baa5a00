using System.Collections.Immutable;
using System.Globalization;
using Contradictions.Featurization;
using Contradictions.Grouping;
using Contradictions.Ingestion;
using Contradictions.State;

namespace Contradictions.Pipeline;

/// <summary>
/// Runs the Group stage: assigns the articles a run adds to the incidents the state kept,
/// when that is sound, and otherwise groups the whole corpus again and keeps the new model.
/// Sound means: a model kept by the same rules and options, holding every article of the run
/// except the added ones, none of them read differently this run, and few enough articles
/// assigned since the last full grouping (<see cref="GroupingOptions.IncrementalShare"/>), so
/// the word weights fitted then still describe the corpus.
/// </summary>
internal static class GroupingStage
{
    /// <summary>Groups <paramref name="articles"/>.</summary>
    /// <param name="articles">The corpus with its claims.</param>
    /// <param name="readAgain">For each article, true when its claims were read this run rather than kept.</param>
    /// <param name="options">The grouping thresholds.</param>
    /// <param name="regroup">Group the whole corpus whatever the state holds.</param>
    /// <param name="store">The state, holding the last model.</param>
    public static GroupingOutcome Run(ImmutableArray<AnalyzedArticle> articles, ImmutableArray<bool> readAgain, GroupingOptions options,
        bool regroup, StateStore store)
    {
        var grouper = new IncidentGrouper(options);
        var key = StateKeys.Of(StateKeys.Rules, options.ToString());
        var model = regroup ? null : GroupingModel.Load(store.LoadGroupingModel(key), FeaturizerOptions.Default);
        var reason = regroup ? "--regroup was given" : model is null ? "no grouping was kept for these rules and options" : null;
        if (model is not null)
        {
            var index = new Dictionary<ArticleId, int>();
            for (var i = 0; i < articles.Length; i++)
            {
                index[articles[i].Article.Id] = i;
            }

            var held = model.Articles.ToHashSet();
            var added = articles.Count(a => !held.Contains(a.Article.Id));
            var allowed = Math.Max(1, (int)Math.Floor(options.IncrementalShare * model.FittedArticles));
            if (held.Any(id => !index.ContainsKey(id)))
            {
                reason = "an article grouped last time was changed or removed";
            }
            else if (held.Any(id => readAgain[index[id]]))
            {
                reason = "the claims of an article grouped last time were read again (the parties or a person changed)";
            }
            else if (model.AssignedSince + added > allowed)
            {
                reason = string.Create(CultureInfo.InvariantCulture,
                    $"{model.AssignedSince + added} articles added since the last full grouping of {model.FittedArticles}, more than {options.IncrementalShare:P0}");
            }
            else
            {
                var (incidents, updated) = grouper.Extend(articles, model);
                if (added > 0)
                {
                    store.SaveGroupingModel(key, updated.Save(), replace: false);
                }

                return new GroupingOutcome(incidents, string.Create(CultureInfo.InvariantCulture,
                    $"incremental: {added} new article{(added == 1 ? "" : "s")} assigned to the kept incidents ({updated.AssignedSince} since the last full grouping of {model.FittedArticles})"));
            }
        }

        var (all, fresh) = grouper.GroupAll(articles);
        store.SaveGroupingModel(key, fresh?.Save(), replace: true);
        return new GroupingOutcome(all, $"full: {reason}");
    }
}

/// <summary>The incidents of a run, and how they were grouped.</summary>
/// <param name="Incidents">The incidents.</param>
/// <param name="Mode">"full: why" or "incremental: what was assigned".</param>
internal sealed record GroupingOutcome(ImmutableArray<Incident> Incidents, string Mode);
