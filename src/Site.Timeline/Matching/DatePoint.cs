using Site.Timeline.Lexing;

namespace Site.Timeline.Matching;

/// <summary>
/// One written calendar point: <c>1949年1月1日</c>, <c>1953年10月</c>, <c>1845年</c> or a bare <c>1998</c>.
/// </summary>
internal readonly record struct DatePoint(int Year, int? Month, int? Day, bool HasYearMark)
{
    public const int MinYear = 1000;
    public const int MaxYear = 2100;

    public DateUnit Unit => Day is not null ? DateUnit.Day : Month is not null ? DateUnit.Month : DateUnit.Year;

    public (int, int, int) Key => (Year, Month ?? 0, Day ?? 0);

    public DateSpec ToSpec() => new(Year, Month, Day, Unit);

    public static bool IsPlausibleYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>Reads a 4-digit year, then optionally 年, M月 and D日/号.</summary>
    public static bool TryRead(ref TextCursor cursor, out DatePoint point)
    {
        point = default;
        var probe = cursor;
        if (CharClass.ContinuesNumber(probe.Text, probe.Position) || !probe.TryNumber(4, 4, out var year) || !IsPlausibleYear(year))
        {
            return false;
        }

        if (!probe.TryChar('年'))
        {
            point = new DatePoint(year, null, null, false);
            cursor = probe;
            return true;
        }

        var afterYear = probe;
        ReadMonthDay(ref probe, year, out var month, out var day);
        if (month is null)
        {
            probe = afterYear;
        }

        point = new DatePoint(year, month, day, true);
        cursor = probe;
        return true;
    }

    /// <summary>Reads <c>M月</c> and optionally <c>D日</c>; month and day stay null when absent or invalid.</summary>
    public static void ReadMonthDay(ref TextCursor cursor, int? year, out int? month, out int? day)
    {
        month = null;
        day = null;
        var probe = cursor;
        if (!probe.TryNumber(1, 2, out var m) || m is < 1 or > 12 || !probe.TryChar('月'))
        {
            return;
        }

        month = m;
        cursor = probe;
        if (probe.TryNumber(1, 2, out var d) && d >= 1 && d <= DaysIn(year, m) && probe.TryAnyChar("日号", out _))
        {
            day = d;
            cursor = probe;
        }
    }

    public static int DaysIn(int? year, int month) => year is { } y ? DateTime.DaysInMonth(y, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
}
