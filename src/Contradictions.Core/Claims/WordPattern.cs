namespace Contradictions.Claims;

/// <summary>
/// A small token pattern: words separated by spaces, each a set of alternatives joined by
/// '|', a trailing '*' for a prefix ("violat*"), and "~N" allowing up to N other tokens before
/// the next word. "violat* ~2 ceasefire|truce" matches "violated the ceasefire" and
/// "grossly violating the ceasefire".
/// </summary>
internal sealed class WordPattern
{
    private readonly Step[] _steps;

    public WordPattern(string pattern)
    {
        Source = pattern;
        var steps = new List<Step>();
        var gap = 0;
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part[0] == '~')
            {
                gap = int.Parse(part.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            var exact = new HashSet<string>(StringComparer.Ordinal);
            var prefixes = new List<string>();
            foreach (var alternative in part.Split('|'))
            {
                if (alternative.EndsWith('*'))
                {
                    prefixes.Add(alternative[..^1]);
                }
                else
                {
                    exact.Add(alternative);
                }
            }

            steps.Add(new Step(exact, [.. prefixes], gap));
            gap = 0;
        }

        _steps = [.. steps];
    }

    public string Source { get; }

    /// <summary>Tries the pattern with its first word at <paramref name="start"/>; returns the index past the last matched token, or -1.</summary>
    public int MatchAt(SentenceView view, int start)
    {
        if (!_steps[0].Accepts(view.Lower[start]))
        {
            return -1;
        }

        var position = start + 1;
        for (var s = 1; s < _steps.Length; s++)
        {
            var step = _steps[s];
            var found = -1;
            for (var k = position; k <= position + step.Gap && k < view.Count; k++)
            {
                if (step.Accepts(view.Lower[k]))
                {
                    found = k;
                    break;
                }

                // Gaps never cross a clause break.
                if (view.IsPunct(k, '.') || view.IsClauseBreak(k))
                {
                    break;
                }
            }

            if (found < 0)
            {
                return -1;
            }

            position = found + 1;
        }

        return position;
    }

    private sealed record Step(HashSet<string> Exact, string[] Prefixes, int Gap)
    {
        public bool Accepts(string word)
        {
            if (Exact.Contains(word))
            {
                return true;
            }

            foreach (var prefix in Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
