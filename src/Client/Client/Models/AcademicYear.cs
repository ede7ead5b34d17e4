using System;
using System.Globalization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// A school year as Aeries writes it in paths such as <c>AttendanceHistory/summary/year/{year}</c>,
/// <c>classcalendars/year/{yr}</c> and <c>flexperiods/year/{yr}</c>: <c>yyyy-yyyy</c>, the second
/// year one after the first ("2024-2025"). The articles give that form; a bare start year
/// ("2024") is a different parameter (the enrollment paths take it).
/// </summary>
public readonly struct AcademicYear : IEquatable<AcademicYear>, IFormattable
{
    /// <summary>The first start year Aeries' four-digit form can hold.</summary>
    public const int MinStartYear = 1000;

    /// <summary>The last start year whose end year still has four digits.</summary>
    public const int MaxStartYear = 9998;

    /// <summary>The school year that starts in <paramref name="startYear"/> (2024 for 2024-2025).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year does not have four digits, or the year after it does not.</exception>
    public AcademicYear(int startYear)
    {
        if (startYear < MinStartYear || startYear > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, $"An academic year starts in a four-digit year from {MinStartYear} to {MaxStartYear}.");
        }

        StartYear = startYear;
    }

    /// <summary>The calendar year the school year starts in (2024 for 2024-2025).</summary>
    public int StartYear { get; }

    /// <summary>The calendar year the school year ends in (2025 for 2024-2025).</summary>
    public int EndYear => StartYear + 1;

    /// <summary>Equal when they start in the same year.</summary>
    public static bool operator ==(AcademicYear left, AcademicYear right) => left.Equals(right);

    /// <summary>Different when they start in different years.</summary>
    public static bool operator !=(AcademicYear left, AcademicYear right) => !left.Equals(right);

    /// <summary>Reads <c>yyyy-yyyy</c>, e.g. "2024-2025".</summary>
    /// <exception cref="FormatException">The text is not two four-digit years, the second one after the first; the message quotes it and names the form.</exception>
    public static AcademicYear Parse(string text)
        => TryParse(text, out var year)
            ? year
            : throw new FormatException($"'{Quote(text)}' is not an academic year: Aeries writes it yyyy-yyyy, the second year one after the first (e.g. 2024-2025).");

    /// <summary>Reads <c>yyyy-yyyy</c>; false for anything else (a bare "2024", "2024-2026", spaces).</summary>
    public static bool TryParse(string? text, out AcademicYear year)
    {
        year = default;
        if (text is null || text.Length != 9 || text[4] != '-'
            || !TryReadYear(text.Substring(0, 4), out var start) || !TryReadYear(text.Substring(5, 4), out var end)
            || end != start + 1 || start < MinStartYear || start > MaxStartYear)
        {
            return false;
        }

        year = new AcademicYear(start);
        return true;
    }

    /// <summary>Whether both start in the same year.</summary>
    public bool Equals(AcademicYear other) => StartYear == other.StartYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AcademicYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StartYear;

    /// <summary>"2024-2025".</summary>
    public override string ToString()
        => StartYear.ToString("D4", CultureInfo.InvariantCulture) + "-" + EndYear.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>"2024-2025", whatever the format and culture: Aeries takes one form.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    private static bool TryReadYear(string digits, out int year)
    {
        year = 0;
        foreach (var c in digits)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The text as given, cut short: it came from a caller and ends up in a message.</summary>
    private static string Quote(string? text) => text is null ? "(null)" : text.Length <= 20 ? text : text.Substring(0, 20) + "…";
}
