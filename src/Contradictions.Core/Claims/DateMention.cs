using Contradictions.Sentences;

namespace Contradictions.Claims;

/// <summary>
/// A time named in a sentence, resolved to a range of days where the text and the article's
/// publication date allow it.
/// </summary>
/// <param name="Span">Where the expression stands in the sentence text.</param>
/// <param name="Text">The expression as written ("on Sunday", "the night of September 12", "in the 1990s").</param>
/// <param name="From">First day of the range, or null when it cannot be resolved (a weekday with no article date).</param>
/// <param name="To">Last day of the range (inclusive), or null with <paramref name="From"/>.</param>
/// <param name="Precision">Day, week, month, year or decade.</param>
/// <param name="Relative">True when resolved against the article date ("yesterday", "last week", "in July" without a year).</param>
public sealed record DateMention(TextSpan Span, string Text, DateOnly? From, DateOnly? To, DatePrecision Precision, bool Relative);
