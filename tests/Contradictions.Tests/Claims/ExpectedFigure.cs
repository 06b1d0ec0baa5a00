using System.Globalization;
using Contradictions.Claims;

namespace Contradictions.Tests.Claims;

/// <summary>One expected figure line of a case file.</summary>
public sealed record ExpectedFigure(
    string Text,
    double Low,
    double High,
    double? Stated,
    FigureQualifier Qualifier,
    string Item,
    string? Outcome,
    string? OwnerCue,
    bool IsRevision)
{
    private const double Tolerance = 1e-6;

    /// <summary>Parses <c>text | low..high | stated | qualifier | item | outcome | owner | revision</c>.</summary>
    public static ExpectedFigure Parse(string line, string caseName)
    {
        string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
        if (fields.Length != 8)
        {
            throw new InvalidDataException($"Case '{caseName}': expected 8 fields separated by '|', found {fields.Length}: {line}");
        }

        string[] bounds = fields[1].Split("..");
        if (bounds.Length != 2)
        {
            throw new InvalidDataException($"Case '{caseName}': the interval must read low..high: {fields[1]}");
        }

        if (!Enum.TryParse<FigureQualifier>(fields[3], out var qualifier))
        {
            throw new InvalidDataException($"Case '{caseName}': unknown qualifier '{fields[3]}'.");
        }

        if (fields[7] is not ("-" or "revision"))
        {
            throw new InvalidDataException($"Case '{caseName}': the last field is 'revision' or '-', not '{fields[7]}'.");
        }

        return new ExpectedFigure(
            fields[0],
            Number(bounds[0], caseName),
            Number(bounds[1], caseName),
            fields[2] == "-" ? null : Number(fields[2], caseName),
            qualifier,
            fields[4],
            Optional(fields[5]),
            Optional(fields[6]),
            fields[7] == "revision");
    }

    /// <summary>True when <paramref name="figure"/> says what this line says (numbers within a tolerance).</summary>
    public bool Matches(Figure figure) =>
        figure.Text == Text
        && Same(figure.Value.Low, Low)
        && Same(figure.Value.High, High)
        && (figure.Value.Stated is null ? Stated is null : Stated is { } stated && Same(figure.Value.Stated.Value, stated))
        && figure.Value.Qualifier == Qualifier
        && figure.Item == Item
        && figure.Outcome == Outcome
        && figure.OwnerCue == OwnerCue
        && figure.IsRevision == IsRevision;

    private static bool Same(double actual, double expected) =>
        double.IsPositiveInfinity(expected) ? double.IsPositiveInfinity(actual) : Math.Abs(actual - expected) <= Tolerance;

    private static string? Optional(string field) => field == "-" ? null : field;

    private static double Number(string text, string caseName)
    {
        if (text == "inf")
        {
            return double.PositiveInfinity;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new InvalidDataException($"Case '{caseName}': '{text}' is not a number.");
        }

        return value;
    }
}
