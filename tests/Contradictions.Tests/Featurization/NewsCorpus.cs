using Contradictions.Featurization;

namespace Contradictions.Tests.Featurization;

/// <summary>
/// A small corpus of news sentences of many kinds, written for these tests, and a model
/// fitted on it. Several incidents are told twice in different words, and the usual wire-copy
/// phrases ("officials said on Tuesday that") recur across unrelated stories, so that inverse
/// document frequency has something to learn.
/// </summary>
internal static class NewsCorpus
{
    public static readonly string[] Sentences =
    [
        // A flood in Merzifon, told twice.
        "Officials said on Tuesday that the flood in Merzifon destroyed the old Karadere bridge.",
        "The Karadere bridge in Merzifon was swept away by floodwater, local residents reported.",

        // A protest in Kalın, told twice, with and without the dotless i.
        "Thousands of protesters gathered in the main square of Kalın on Friday evening.",
        "Police in Kalın used tear gas to disperse the crowd, witnesses said.",

        // A border clash, told from both sides.
        "Armenia said its positions near the village came under fire overnight.",
        "Azerbaijan denied that its troops had opened fire on Armenia's positions.",
        "The defence ministry of Armenia reported two soldiers wounded.",

        // Another border, unrelated.
        "Georgia said on Tuesday that it had closed a crossing on its northern border.",
        "Officials in Georgia said the crossing would reopen next week.",
        "Georgia and its neighbours signed a trade agreement in the capital.",

        // An election.
        "Officials said on Tuesday that the election in the capital would be held again.",
        "The electoral commission said turnout reached 61 percent.",

        // Sport.
        "The home side scored twice in the final minutes to win the cup in Zürich.",
        "Fans celebrated in the streets of Zurich until the early morning.",

        // A trial.
        "The court said on Tuesday that the former mayor would stand trial for fraud.",
        "Prosecutors said the former mayor had taken bribes worth 4,400 euros.",

        // A wildfire.
        "Officials said on Monday that the wildfire had burned 1.5 square kilometres of forest.",
        "Firefighters said the wildfire near the coast was finally under control.",

        // Business.
        "The company said on Tuesday that it would cut 300 jobs at its plant.",
        "Union leaders said the job cuts at the plant were a betrayal.",

        // An earthquake.
        "Officials said that the earthquake damaged hundreds of homes in the province.",
        "Rescue teams said they had pulled two survivors from the rubble.",

        // Entertainment.
        "Reid's representative said the actress had checked into a treatment centre.",
        "The actress thanked her fans on Tuesday for their support.",

        // Weather.
        "Forecasters said on Tuesday that heavy snow would close mountain roads.",
        "Officials said the roads would stay closed until the weekend.",
    ];

    /// <summary>The model fitted on <see cref="Sentences"/> with the default options.</summary>
    public static TfIdfFeaturizer Model { get; } = TfIdfFeaturizer.Fit(Sentences);

    /// <summary>The names of the features a text has under <paramref name="model"/>.</summary>
    public static HashSet<string> FeatureNames(TfIdfFeaturizer model, string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (int index in model.Featurize(text).Indices)
        {
            names.Add(model.FeatureName(index));
        }

        return names;
    }

    /// <summary>The index of a named feature, or −1.</summary>
    public static int IndexOf(TfIdfFeaturizer model, string name)
    {
        for (int i = 0; i < model.Dimension; i++)
        {
            if (model.FeatureName(i) == name)
            {
                return i;
            }
        }

        return -1;
    }
}
