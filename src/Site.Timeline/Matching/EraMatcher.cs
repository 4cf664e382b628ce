using Site.Timeline.Lexing;

namespace Site.Timeline.Matching;

/// <summary>
/// Centuries and decades: <c>20世纪</c>, <c>二十世纪</c>, <c>20世纪60年代以前</c>, <c>1970年代初</c>,
/// <c>2020年代中期</c>, <c>八十年代</c>. A century alone is a date only when a modifier or
/// punctuation follows it, so that names such as 21世纪韩美战略同盟 are left alone.
/// </summary>
internal sealed class EraMatcher : IDateMatcher
{
    public DateExpression? TryMatch(string text, int position)
    {
        var first = text[position];
        if (!CharClass.IsDigit(first) && !ChineseNumerals.IsNumeral(first))
        {
            return null;
        }

        if (CharClass.ContinuesNumber(text, position) || (position > 0 && ChineseNumerals.IsNumeral(text[position - 1])))
        {
            return null;
        }

        var cursor = new TextCursor(text, position);
        if (TryCentury(ref cursor, out var century))
        {
            var afterCentury = cursor;
            if (TryDecadeOfCentury(ref cursor, century, out var decade))
            {
                return Finish(text, position, cursor, PartialDate.OfDecade(decade), DateUnit.Decade);
            }

            cursor = afterCentury;
            var expression = Finish(text, position, cursor, PartialDate.OfCentury(century), DateUnit.Century);
            return expression.Qualifier != DateQualifier.None || expression.Length > cursor.Position - position || EndsPhrase(cursor)
                ? expression
                : null;
        }

        cursor = new TextCursor(text, position);
        if (TryFullDecade(ref cursor, out var fullDecade) || TryShortDecade(ref cursor, out fullDecade))
        {
            return Finish(text, position, cursor, PartialDate.OfDecade(fullDecade), DateUnit.Decade);
        }

        return null;
    }

    private static DateExpression Finish(string text, int start, TextCursor cursor, PartialDate date, DateUnit unit)
    {
        var qualifier = QualifierReader.ReadSuffixes(ref cursor, unit, out var openEnded);
        qualifier = QualifierReader.Stronger(qualifier, QualifierReader.ReadPrefix(text, start));
        var spec = new DateSpec(date.Year, null, null, unit);
        return new DateExpression(start, cursor.Position - start, spec, null, openEnded, qualifier);
    }

    /// <summary>20世纪 / 二十世纪 (1 to 21).</summary>
    private static bool TryCentury(ref TextCursor cursor, out int century)
    {
        var probe = cursor;
        var read = CharClass.IsDigit(probe.Current) ? probe.TryNumber(1, 2, out century) : ChineseNumerals.TryRead(ref probe, out century);
        if (!read || century is < 11 or > 21 || !probe.TryWord("世纪"))
        {
            century = 0;
            return false;
        }

        cursor = probe;
        return true;
    }

    /// <summary>60年代 / 六十年代 after a century.</summary>
    private static bool TryDecadeOfCentury(ref TextCursor cursor, int century, out int decade)
    {
        decade = 0;
        var probe = cursor;
        var read = CharClass.IsDigit(probe.Current) ? probe.TryNumber(2, 2, out var tens) : ChineseNumerals.TryRead(ref probe, out tens);
        if (!read || tens % 10 != 0 || tens > 90 || !probe.TryWord("年代"))
        {
            return false;
        }

        decade = (century - 1) * 100 + tens;
        cursor = probe;
        return true;
    }

    /// <summary>1970年代.</summary>
    private static bool TryFullDecade(ref TextCursor cursor, out int decade)
    {
        var probe = cursor;
        if (probe.TryNumber(4, 4, out decade) && decade % 10 == 0 && DatePoint.IsPlausibleYear(decade) && probe.TryWord("年代"))
        {
            cursor = probe;
            return true;
        }

        decade = 0;
        return false;
    }

    /// <summary>80年代 / 八十年代 without a century means the 1900s, as in Chinese usage.</summary>
    private static bool TryShortDecade(ref TextCursor cursor, out int decade)
    {
        var probe = cursor;
        var read = CharClass.IsDigit(probe.Current) ? probe.TryNumber(2, 2, out var tens) : ChineseNumerals.TryRead(ref probe, out tens);
        if (read && tens % 10 == 0 && tens is >= 20 and <= 90 && probe.TryWord("年代"))
        {
            decade = 1900 + tens;
            cursor = probe;
            return true;
        }

        decade = 0;
        return false;
    }

    /// <summary>A century followed by punctuation, 的 or the end of text reads as a time, not part of a name.</summary>
    private static bool EndsPhrase(TextCursor cursor) =>
        cursor.AtEnd || CharClass.IsClausePunctuation(cursor.Current) || CharClass.IsClosingBracket(cursor.Current)
        || cursor.Current is '的' or ' ' or '”' or '」';
}
