using System.Numerics;
using System.Runtime.InteropServices;

namespace Contradictions.Featurization;

/// <summary>
/// The fitted word n-gram vocabulary: n-gram text to feature index, looked up by a span of the
/// normalized text so that no string is made per word. An open-addressing table built once and
/// only read afterwards; the n-gram strings themselves are the vocabulary's keys.
/// </summary>
/// <remarks>
/// Measured on the ECB+ sentences, looking spans up in a <c>FrozenDictionary&lt;string, int&gt;</c>
/// through its span lookup took about 75 ns a word, a third of the featurizer's time. Here a
/// lookup hashes the span eight bytes at a time, compares a 32-bit hash stored in the slot, and
/// compares characters only on a hash match: usually one probe and one comparison. The hash is
/// not randomized; that is safe because the table is never written after construction, so no
/// input can lengthen its probe sequences.
/// </remarks>
internal sealed class WordNgramTable
{
    private readonly string[] _names;

    // Per slot: the entry's index + 1 (0 marks an empty slot) and the entry's hash.
    private readonly int[] _entries;
    private readonly uint[] _hashes;
    private readonly int _shift;

    /// <summary>Builds the table mapping <paramref name="names"/>[i] to i.</summary>
    public WordNgramTable(string[] names)
    {
        _names = names;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names.Length * 2));
        _entries = new int[size];
        _hashes = new uint[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        int mask = size - 1;
        for (int i = 0; i < names.Length; i++)
        {
            uint hash = Hash(names[i]);
            int slot = (int)(hash >> _shift);
            while (_entries[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = i + 1;
            _hashes[slot] = hash;
        }
    }

    /// <summary>Finds the feature index of a word n-gram.</summary>
    public bool TryGetValue(ReadOnlySpan<char> ngram, out int index)
    {
        uint hash = Hash(ngram);
        int[] entries = _entries;
        int mask = entries.Length - 1;
        int slot = (int)(hash >> _shift);
        while (true)
        {
            int entry = entries[slot];
            if (entry == 0)
            {
                index = -1;
                return false;
            }

            if (_hashes[slot] == hash && ngram.SequenceEqual(_names[entry - 1]))
            {
                index = entry - 1;
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// A 32-bit hash of the characters, taking four at a time as one 64-bit word: multiply, rotate
    /// and xor, then a final mix so that the top bits (which choose the slot) depend on every character.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        const ulong Prime = 0x9E3779B97F4A7C15UL;
        ulong h = (ulong)text.Length * Prime;
        ReadOnlySpan<ulong> blocks = MemoryMarshal.Cast<char, ulong>(text);
        foreach (ulong block in blocks)
        {
            h = BitOperations.RotateLeft((h ^ block) * Prime, 29);
        }

        for (int i = blocks.Length * 4; i < text.Length; i++)
        {
            h = BitOperations.RotateLeft((h ^ text[i]) * Prime, 29);
        }

        h ^= h >> 32;
        h *= Prime;
        return (uint)(h >> 32);
    }
}
