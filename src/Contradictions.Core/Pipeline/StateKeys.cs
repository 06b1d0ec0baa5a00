using System.Security.Cryptography;
using System.Text;

namespace Contradictions.Pipeline;

/// <summary>
/// The keys under which the Claims and Group stages keep their work in the state: kept work is
/// reused only while its key still holds.
/// </summary>
internal static class StateKeys
{
    /// <summary>
    /// The rules as compiled: the build's module id changes with any change to the code
    /// (builds are deterministic, so the same source keeps the same id).
    /// </summary>
    public static readonly string Rules =
        typeof(StateKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "/" + CorpusAnalyzer.PipelineVersion;

    /// <summary>A key for <paramref name="second"/> under <paramref name="first"/>.</summary>
    public static string Of(string first, string second) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(first + "\n\u0001\n" + second)));
}
