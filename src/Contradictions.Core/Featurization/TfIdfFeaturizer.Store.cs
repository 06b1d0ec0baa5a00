namespace Contradictions.Featurization;

public sealed partial class TfIdfFeaturizer
{
    /// <summary>
    /// Writes the fitted model — the document count, the vocabulary of both blocks and each
    /// feature's inverse document frequency — so a later run can featurize new text in the
    /// same space without fitting again. The options are not written; read it back with the
    /// options it was fitted with.
    /// </summary>
    internal void WriteTo(BinaryWriter writer)
    {
        writer.Write(DocumentCount);
        writer.Write(_wordNames.Length);
        foreach (var name in _wordNames)
        {
            writer.Write(name);
        }

        writer.Write(_charKeys.Length);
        foreach (var key in _charKeys)
        {
            writer.Write(key);
        }

        foreach (var idf in _idf)
        {
            writer.Write(idf);
        }
    }

    /// <summary>Reads a model written by <see cref="WriteTo"/>, fitted with <paramref name="options"/>.</summary>
    internal static TfIdfFeaturizer ReadFrom(BinaryReader reader, FeaturizerOptions options)
    {
        var documents = reader.ReadInt32();
        var wordNames = new string[reader.ReadCount()];
        for (var i = 0; i < wordNames.Length; i++)
        {
            wordNames[i] = reader.ReadString();
        }

        var charKeys = new ulong[reader.ReadCount()];
        for (var i = 0; i < charKeys.Length; i++)
        {
            charKeys[i] = reader.ReadUInt64();
        }

        var idf = new float[wordNames.Length + charKeys.Length];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = reader.ReadSingle();
        }

        return new TfIdfFeaturizer(options, TextNormalization.For(options), documents, wordNames, charKeys, idf);
    }
}
