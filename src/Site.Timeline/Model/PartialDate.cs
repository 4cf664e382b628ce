using System.Globalization;

namespace Site.Timeline;

/// <summary>The unit a <see cref="PartialDate"/> is known to.</summary>
public enum DateUnit
{
    Day,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A date known to a day, month, year, decade or century.
/// Decades are stored by their first year (1970 for 1970年代) and centuries by their
/// first year in the popular reckoning (1900 for 20世纪).
/// </summary>
public sealed record PartialDate(int Year, int? Month, int? Day, DateUnit Unit)
{
    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DateUnit.Day);

    public static PartialDate OfMonth(int year, int month) => new(year, month, null, DateUnit.Month);

    public static PartialDate OfYear(int year) => new(year, null, null, DateUnit.Year);

    /// <summary>The decade starting at <paramref name="firstYear"/> (rounded down to a multiple of 10).</summary>
    public static PartialDate OfDecade(int firstYear) => new(firstYear - firstYear % 10, null, null, DateUnit.Decade);

    /// <summary>The <paramref name="ordinal"/>-th century (20 → 1900–1999).</summary>
    public static PartialDate OfCentury(int ordinal) => new((ordinal - 1) * 100, null, null, DateUnit.Century);

    /// <summary>
    /// <c>1949-01-01</c>, <c>1953-10</c>, <c>1845</c>, decade <c>1970s</c>, century <c>19XX</c>
    /// (ISO 8601 calendar forms; the century uses the EDTF unspecified-digit form).
    /// </summary>
    public string Iso => Unit switch
    {
        DateUnit.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DateUnit.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DateUnit.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DateUnit.Decade => Year.ToString("D4", CultureInfo.InvariantCulture) + "s",
        _ => (Year / 100).ToString("D2", CultureInfo.InvariantCulture) + "XX",
    };

    /// <summary>A sortable key: year, month, day, with unknown parts as 0.</summary>
    internal (int Year, int Month, int Day) SortKey => (Year, Month ?? 0, Day ?? 0);

    public override string ToString() => Iso;
}
