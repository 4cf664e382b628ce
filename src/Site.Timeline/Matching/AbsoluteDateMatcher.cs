using Site.Timeline.Lexing;

namespace Site.Timeline.Matching;

/// <summary>
/// Dates with a written year and ranges between them: <c>1949年1月1日</c>, <c>2018年底</c>,
/// <c>1894年至1896年</c>, <c>1974-1981年</c>, <c>1967年11月-1973年12月</c>, <c>1948-1961年间</c>,
/// <c>2017年至今</c>, a bracketed <c>（1998－2003）</c>, and ISO <c>2013-05-08</c>.
/// A bare 4-digit number is a year only inside such a range.
/// </summary>
internal sealed class AbsoluteDateMatcher : IDateMatcher
{
    private const int MaxRangeYears = 200;

    public DateExpression? TryMatch(string text, int position)
    {
        if (!CharClass.IsDigit(text[position]) || QualifierReader.IsDurationPrefix(text, position) || QualifierReader.IsComparisonPrefix(text, position))
        {
            return null;
        }

        var cursor = new TextCursor(text, position);
        if (!DatePoint.TryRead(ref cursor, out var first))
        {
            return null;
        }

        if (!first.HasYearMark && TryIsoDate(ref cursor, first.Year, out var isoDate))
        {
            return Finish(text, position, cursor, isoDate.ToSpec(), null, DateUnit.Day, false);
        }

        var afterFirst = cursor;
        if (TryRangeEnd(ref cursor, first, out var last, out var openEnded))
        {
            if (openEnded)
            {
                return Finish(text, position, cursor, first.ToSpec(), null, first.Unit, true);
            }

            if (first.HasYearMark || last.HasYearMark || IsBracketed(text, position, cursor.Position))
            {
                return Finish(text, position, cursor, first.ToSpec(), last.ToSpec(), last.Unit, false);
            }
        }

        cursor = afterFirst;
        if (!first.HasYearMark || IsCount(cursor))
        {
            return null;
        }

        return Finish(text, position, cursor, first.ToSpec(), null, first.Unit, false);
    }

    private static DateExpression Finish(string text, int start, TextCursor cursor, DateSpec from, DateSpec? to, DateUnit lastUnit, bool openEnded)
    {
        var qualifier = QualifierReader.ReadSuffixes(ref cursor, lastUnit, out var suffixOpen);
        qualifier = QualifierReader.Stronger(qualifier, QualifierReader.ReadPrefix(text, start));
        openEnded |= suffixOpen;
        if (openEnded)
        {
            qualifier = QualifierReader.Stronger(qualifier, DateQualifier.UntilNow);
        }

        return new DateExpression(start, cursor.Position - start, from, to, openEnded && to is null, qualifier);
    }

    /// <summary>1800年之久: a number of years, not a year (1000多年 never reads as a year: 多 stands before 年).</summary>
    private static bool IsCount(TextCursor afterYear) =>
        afterYear.Text.AsSpan(afterYear.Position).StartsWith("之久");

    private static bool TryIsoDate(ref TextCursor cursor, int year, out DatePoint date)
    {
        date = default;
        var probe = cursor;
        if (probe.TryChar('-') && probe.TryNumber(2, 2, out var month) && month is >= 1 and <= 12
            && probe.TryChar('-') && probe.TryNumber(2, 2, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DatePoint(year, month, day, true);
            cursor = probe;
            return true;
        }

        return false;
    }

    /// <summary>Reads <c>-</c>/<c>至</c>/<c>到</c> and the end of a range, which may leave out what it shares with the start.</summary>
    private static bool TryRangeEnd(ref TextCursor cursor, DatePoint first, out DatePoint last, out bool openEnded)
    {
        last = default;
        openEnded = false;
        var probe = cursor;
        probe.SkipSpaces();
        if (!probe.TryAnyChar("-至到", out _))
        {
            return false;
        }

        probe.SkipSpaces();
        if (first.HasYearMark && (probe.TryChar('今') || probe.TryWord("现在") || probe.TryWord("现今")))
        {
            openEnded = true;
            cursor = probe;
            return true;
        }

        if (!TryReadRangeEnd(ref probe, first, out last))
        {
            return false;
        }

        var span = last.Year - first.Year;
        if (last.Key.CompareTo(first.Key) <= 0 || span > MaxRangeYears || (!last.HasYearMark && IsMeasured(probe)))
        {
            return false;
        }

        cursor = probe;
        return true;
    }

    private static bool TryReadRangeEnd(ref TextCursor cursor, DatePoint first, out DatePoint last)
    {
        last = default;
        var probe = cursor;
        if (DatePoint.TryRead(ref probe, out last))
        {
            // 1998-2003 and 1974-1981年 are ranges; 1894年-1896 is one too when nothing measures the number.
            cursor = probe;
            return true;
        }

        probe = cursor;
        if (probe.TryNumber(2, 2, out var shortYear) && probe.TryChar('年') && first.Month is null)
        {
            // 1987至89年
            var century = first.Year / 100 * 100;
            last = new DatePoint(century + shortYear, null, null, true);
            cursor = probe;
            return true;
        }

        if (!first.HasYearMark || first.Month is null)
        {
            return false;
        }

        probe = cursor;
        DatePoint.ReadMonthDay(ref probe, first.Year, out var month, out var day);
        if (month is not null)
        {
            // 1950年1月-3月, 1950年6月25日至7月27日
            last = new DatePoint(first.Year, month, day, true);
            cursor = probe;
            return true;
        }

        if (first.Day is not null && probe.TryNumber(1, 2, out var dayOnly) && dayOnly >= 1
            && dayOnly <= DatePoint.DaysIn(first.Year, first.Month.Value) && probe.TryAnyChar("日号", out _))
        {
            // 1950年6月25日-28日
            last = first with { Day = dayOnly };
            cursor = probe;
            return true;
        }

        return false;
    }

    /// <summary>151-7票, 1800-2000人: the numbers count something.</summary>
    private static bool IsMeasured(TextCursor afterNumber) =>
        CharClass.MeasureUnits.IndexOf(afterNumber.Current) >= 0 && !afterNumber.AtEnd;

    /// <summary>A bare year range counts as dates only when bracketed on its own: （1998－2003）.</summary>
    private static bool IsBracketed(string text, int start, int end) =>
        start > 0 && CharClass.IsOpeningBracket(text[start - 1]) && end < text.Length && CharClass.IsClosingBracket(text[end]);
}
