namespace Contradictions.Featurization;

/// <summary>
/// Counts, while fitting, in how many documents each feature of one block occurs, with memory
/// bounded by pruning; then picks the block's vocabulary.
/// </summary>
/// <typeparam name="TKey">The feature key: the n-gram text for words, the packed characters for character n-grams.</typeparam>
internal sealed class DocumentFrequencyTable<TKey>
    where TKey : notnull
{
    private readonly int _maxVocabulary;
    private readonly long _pruneAt;
    private readonly IComparer<TKey> _order;

    public DocumentFrequencyTable(Dictionary<TKey, DocumentFrequency> counts, int maxVocabulary, IComparer<TKey> order)
    {
        Counts = counts;
        _maxVocabulary = maxVocabulary;
        _order = order;

        // Pruning leaves room for as many new features again before the next pruning, so its
        // cost is spread over at least maxVocabulary insertions.
        _pruneAt = 2L * maxVocabulary;
    }

    /// <summary>The counts so far; callers add to them through <see cref="Count"/>.</summary>
    public Dictionary<TKey, DocumentFrequency> Counts { get; }

    /// <summary>Counts one occurrence of a feature in document <paramref name="document"/> (once per document).</summary>
    public static void Count(ref DocumentFrequency entry, int document)
    {
        if (entry.LastDocument != document)
        {
            entry.LastDocument = document;
            entry.Documents++;
        }
    }

    /// <summary>Prunes the table when it has grown past its bound; call between documents.</summary>
    public void PruneIfFull()
    {
        if (Counts.Count <= _pruneAt)
        {
            return;
        }

        // Keep the vocabulary-size features found in the most documents, ties broken by key
        // as in the final selection, and drop the rest. Those that recur later start counting
        // again from zero, so their counts are low by what was dropped, but features frequent
        // enough to make the vocabulary of a large corpus are rarely dropped.
        var documents = new int[Counts.Count];
        int i = 0;
        foreach (var entry in Counts.Values)
        {
            documents[i++] = entry.Documents;
        }

        Array.Sort(documents);
        int bar = documents[^_maxVocabulary];
        var tied = new List<TKey>();
        foreach (var (key, entry) in Counts)
        {
            if (entry.Documents < bar)
            {
                Counts.Remove(key);
            }
            else if (entry.Documents == bar)
            {
                tied.Add(key);
            }
        }

        // Among the features at the bar, the ones last in key order go: the dictionary's own
        // order depends on string hashing, which is randomized per process.
        int excess = Counts.Count - _maxVocabulary;
        if (excess > 0)
        {
            tied.Sort(_order);
            for (int t = tied.Count - excess; t < tied.Count; t++)
            {
                Counts.Remove(tied[t]);
            }
        }
    }

    /// <summary>
    /// The vocabulary: the features found in at least <paramref name="minDocuments"/> documents,
    /// at most the table's maximum of them, most frequent first, ties in key order, with their
    /// document counts.
    /// </summary>
    public (TKey[] Keys, int[] Documents) Select(int minDocuments)
    {
        var kept = new List<KeyValuePair<TKey, int>>();
        foreach (var (key, entry) in Counts)
        {
            if (entry.Documents >= minDocuments)
            {
                kept.Add(new(key, entry.Documents));
            }
        }

        // The order of a dictionary's entries depends on its history of insertions and
        // removals; sorting on count and then key makes the vocabulary and its indices the
        // same for the same input, whatever pruning happened.
        kept.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : _order.Compare(a.Key, b.Key));
        int count = Math.Min(kept.Count, _maxVocabulary);
        var keys = new TKey[count];
        var documents = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = kept[i].Key;
            documents[i] = kept[i].Value;
        }

        return (keys, documents);
    }
}
