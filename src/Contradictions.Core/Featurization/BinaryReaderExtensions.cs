namespace Contradictions.Featurization;

/// <summary>Reading the binary forms kept in the state (featurizer, grouping model, claims) safely.</summary>
internal static class BinaryReaderExtensions
{
    /// <summary>
    /// A count of items that follow. Each item takes at least a byte, so a count beyond the
    /// bytes left means the bytes are damaged: it is refused before anything that size is
    /// allocated.
    /// </summary>
    /// <exception cref="InvalidDataException">The count is negative or larger than what is left.</exception>
    public static int ReadCount(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count < 0 || count > left)
        {
            throw new InvalidDataException($"a count of {count} with {left} bytes left");
        }

        return count;
    }
}
