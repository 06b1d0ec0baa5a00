using System.Numerics;

namespace Contradictions.Featurization;

/// <summary>
/// The fitted character n-gram vocabulary: packed n-gram keys to feature indices, in an
/// open-addressing table built once and only read afterwards.
/// </summary>
/// <remarks>
/// Every character of every text is looked up here, so this is the hottest loop of the
/// featurizer. Measured on the ECB+ sentences, a <c>FrozenDictionary&lt;ulong, int&gt;</c>
/// took about 30 ns a lookup and this table a few: a multiplicative hash, a power-of-two table
/// at most half full, linear probing over one array of keys. The table is read-only after
/// construction, so probe lengths are fixed by the vocabulary, whatever texts come later.
/// </remarks>
internal sealed class CharNgramTable
{
    // Key 0 would be three NUL characters, which the normalizer never writes; it marks an empty slot.
    private const ulong Empty = 0;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    /// <summary>Builds the table mapping <paramref name="keys"/>[i] to <paramref name="firstIndex"/> + i.</summary>
    public CharNgramTable(ReadOnlySpan<ulong> keys, int firstIndex)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2));
        _keys = new ulong[size];
        _values = new int[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        int mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = Slot(keys[i]);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = keys[i];
            _values[slot] = firstIndex + i;
        }
    }

    /// <summary>Finds the feature index of a packed n-gram.</summary>
    public bool TryGetValue(ulong key, out int index)
    {
        ulong[] keys = _keys;
        int mask = keys.Length - 1;
        int slot = Slot(key);
        while (true)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                index = _values[slot];
                return true;
            }

            if (found == Empty)
            {
                index = -1;
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    // Fibonacci hashing: the top bits of key × 2^64/φ spread packed characters well.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
