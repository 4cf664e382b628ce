using Site.Timeline.Lexing;

namespace Site.Timeline.Matching;

/// <summary>
/// Dates whose year comes from the narrative: <c>同年11月22日</c>, <c>当年</c>, <c>次年</c>, <c>翌年</c>,
/// <c>同月10日</c>, a bare <c>5月10日</c>, and a bare <c>12月</c> standing at the head of a clause.
/// </summary>
internal sealed class RelativeDateMatcher : IDateMatcher
{
    private static readonly (string Word, YearSource Source)[] YearWords =
    [
        ("同年", YearSource.Anchor), ("当年", YearSource.Anchor), ("是年", YearSource.Anchor), ("该年", YearSource.Anchor),
        ("次年", YearSource.AnchorNext), ("翌年", YearSource.AnchorNext), ("隔年", YearSource.AnchorNext),
    ];

    // 每当年…; 相当年轻, 适当年龄, 同年龄, 当年纪, 同年级, 这次年会 are caught by the char after
    // (a name may end in 相: 朴载相當年也參加了…).
    private const string RejectBefore = "应每";
    private const string RejectAfter = "轻龄纪级岁会费薪报鉴";

    public DateExpression? TryMatch(string text, int position)
    {
        return CharClass.IsDigit(text[position]) ? TryBareMonthDay(text, position) : TryYearWord(text, position);
    }

    private static DateExpression? TryYearWord(string text, int position)
    {
        if (position > 0 && RejectBefore.IndexOf(text[position - 1]) >= 0)
        {
            return null;
        }

        var cursor = new TextCursor(text, position);
        if (cursor.TryWord("同月"))
        {
            var day = cursor;
            if (day.TryNumber(1, 2, out var d) && d is >= 1 and <= 31 && day.TryAnyChar("日号", out _))
            {
                var spec = new DateSpec(null, null, d, DateUnit.Day, YearSource.Anchor, MonthFromAnchor: true);
                return Finish(text, position, day, spec);
            }

            return null;
        }

        foreach (var (word, source) in YearWords)
        {
            var probe = cursor;
            if (!probe.TryWord(word) || (RejectAfter.IndexOf(probe.Current) >= 0 && !probe.AtEnd))
            {
                continue;
            }

            DatePoint.ReadMonthDay(ref probe, null, out var month, out var day);
            var unit = day is not null ? DateUnit.Day : month is not null ? DateUnit.Month : DateUnit.Year;
            return Finish(text, position, probe, new DateSpec(null, month, day, unit, source));
        }

        return null;
    }

    private static DateExpression? TryBareMonthDay(string text, int position)
    {
        if (CharClass.ContinuesNumber(text, position) || (position > 0 && text[position - 1] is '年' or '第' or '月'))
        {
            return null;
        }

        var cursor = new TextCursor(text, position);
        DatePoint.ReadMonthDay(ref cursor, null, out var month, out var day);
        if (month is null)
        {
            return null;
        }

        if (day is not null)
        {
            return Finish(text, position, cursor, new DateSpec(null, month, day, DateUnit.Day, YearSource.Anchor));
        }

        // A bare month is a date only at the head of a clause and followed by a comma or a part word (5月，… / 12月初).
        var headOfClause = position == 0 || CharClass.IsClausePunctuation(text[position - 1])
            || CharClass.IsOpeningBracket(text[position - 1]) || text[position - 1] is ' ' or '于' or '在' or '至' or '到' or '自' or '从';
        var spec = new DateSpec(null, month, null, DateUnit.Month, YearSource.Anchor);
        var expression = Finish(text, position, cursor, spec);
        var standsAlone = cursor.Current is '，' or ',' || expression.Length > cursor.Position - position;
        return headOfClause && standsAlone ? expression : null;
    }

    private static DateExpression Finish(string text, int start, TextCursor cursor, DateSpec spec)
    {
        var qualifier = QualifierReader.ReadSuffixes(ref cursor, spec.Unit, out var openEnded);
        qualifier = QualifierReader.Stronger(qualifier, QualifierReader.ReadPrefix(text, start));
        return new DateExpression(start, cursor.Position - start, spec, null, openEnded, qualifier);
    }
}
