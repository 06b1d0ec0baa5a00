using System.Reflection;

namespace Contradictions.Claims;

/// <summary>Opens the data files compiled into the assembly from <c>Claims/Data/</c>.</summary>
internal static class EmbeddedData
{
    /// <summary>Opens the embedded file named <paramref name="fileName"/> ("countries.tsv") as UTF-8 text.</summary>
    /// <exception cref="InvalidOperationException">The file was not embedded: the build is broken.</exception>
    public static TextReader Open(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        // The manifest name is the root namespace plus the folder path with dots; ask by suffix
        // so that renaming the root namespace does not silently lose the data.
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.EndsWith(".Claims.Data." + fileName, StringComparison.Ordinal))
            {
                return new StreamReader(assembly.GetManifestResourceStream(name)!);
            }
        }

        throw new InvalidOperationException($"The data file Claims/Data/{fileName} is not embedded in {assembly.GetName().Name}; check the EmbeddedResource item in the project file.");
    }
}
