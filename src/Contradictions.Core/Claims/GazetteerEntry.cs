using System.Collections.Immutable;

namespace Contradictions.Claims;

/// <summary>
/// One row of the gazetteer: a country or territory and every way news text names it.
/// A form that starts with "the " ("the United States") takes an optional article, which the
/// mention's span includes when the text has it.
/// </summary>
/// <param name="Name">The canonical short English name ("United States"): the party of its mentions.</param>
/// <param name="Aliases">Other names: short forms, abbreviations, official and former names.</param>
/// <param name="Demonyms">Demonyms and adjectives, singular and plural ("Ukrainian", "Brits").</param>
/// <param name="Capitals">Capitals and seats of government whose name stands for the government ("Kyiv", "Kiev").</param>
/// <param name="Institutions">Institutions known by a name of their own that stands for the state ("the Kremlin", "Knesset").</param>
/// <param name="AmbiguousForms">
/// Forms that are also a person's name or the first word of other proper names ("Chad", "Jordan",
/// "Washington"): alone they name the party only when no capitalised word stands right next to them.
/// </param>
/// <param name="Line">The 1-based line of the row in its data file.</param>
public sealed record GazetteerEntry(
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals,
    ImmutableArray<string> Institutions,
    ImmutableArray<string> AmbiguousForms,
    int Line);
