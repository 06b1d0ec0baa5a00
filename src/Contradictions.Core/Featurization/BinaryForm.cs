namespace Contradictions.Featurization;

/// <summary>The binary forms kept in the state (claims, grouping model): written to bytes and read back, UTF-8 strings.</summary>
internal static class BinaryForm
{
    /// <summary>The bytes <paramref name="write"/> writes.</summary>
    public static byte[] Encode(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>A reader over <paramref name="bytes"/>, which it never changes.</summary>
    public static BinaryReader Reader(byte[] bytes) => new(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8);
}
