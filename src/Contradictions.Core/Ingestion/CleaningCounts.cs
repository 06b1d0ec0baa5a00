namespace Contradictions.Ingestion;

/// <summary>How many source blocks cleaning removed, by reason; each one also has a warning.</summary>
/// <param name="RepeatedParagraphs">Paragraphs that repeated an earlier one word for word.</param>
/// <param name="BoilerplateLines">Share counters, donation bars, payment details, navigation labels.</param>
/// <param name="TailLines">Blocks after a page tail marker such as "Leave a Reply".</param>
/// <param name="SetAsideLines">Lines in another script or language, kept aside.</param>
public readonly record struct CleaningCounts(int RepeatedParagraphs, int BoilerplateLines, int TailLines, int SetAsideLines)
{
    /// <summary>All removed blocks together.</summary>
    public int Total => RepeatedParagraphs + BoilerplateLines + TailLines + SetAsideLines;
}
