using Site.Timeline.Lexing;

namespace Site.Timeline.Matching;

/// <summary>
/// Reads the modifier words written after a date (初, 中期, 底, 起, 以来, 以前, 至今, 年间) and the
/// ones written before it (自/从, 预计/将).
/// </summary>
internal static class QualifierReader
{
    private sealed record Suffix(string Word, DateQualifier Qualifier, string RejectNext = "", bool MonthOnly = false, bool NotDay = false);

    // Longest words first; RejectNext lists chars that turn the word into another word (起草, 前往, 初次, 间谍).
    private static readonly Suffix[] Suffixes =
    [
        new("至今", DateQualifier.UntilNow), new("到今", DateQualifier.UntilNow), new("迄今", DateQualifier.UntilNow),
        new("至现在", DateQualifier.UntilNow), new("到现在", DateQualifier.UntilNow),
        new("以来", DateQualifier.Since),
        new("开始", DateQualifier.From),
        new("以后", DateQualifier.From), new("之后", DateQualifier.From),
        new("以前", DateQualifier.Before), new("之前", DateQualifier.Before),
        new("前后", DateQualifier.None), new("左右", DateQualifier.None),
        new("上半叶", DateQualifier.Early, NotDay: true), new("下半叶", DateQualifier.Late, NotDay: true),
        new("上半年", DateQualifier.Early, NotDay: true), new("下半年", DateQualifier.Late, NotDay: true),
        new("中后期", DateQualifier.Late, NotDay: true), new("中叶", DateQualifier.Mid, NotDay: true),
        new("中期", DateQualifier.Mid, NotDay: true), new("初期", DateQualifier.Early, NotDay: true),
        new("末期", DateQualifier.Late, NotDay: true), new("后期", DateQualifier.Late, NotDay: true),
        new("晚期", DateQualifier.Late, NotDay: true),
        new("上旬", DateQualifier.Early, MonthOnly: true), new("中旬", DateQualifier.Mid, MonthOnly: true),
        new("下旬", DateQualifier.Late, MonthOnly: true),
        new("期间", DateQualifier.None),
        new("初", DateQualifier.Early, RejectNext: "次步衷中选审稿版试", NotDay: true),
        new("底", DateQualifier.Late, RejectNext: "线层下牌细蕴", NotDay: true),
        new("末", DateQualifier.Late, RejectNext: "代日尾", NotDay: true),
        new("起", DateQualifier.From, RejectNext: "草义飞诉事兵因源来身航火"),
        new("后", DateQualifier.From, RejectNext: "来者面方援裔代续勤备"),
        new("前", DateQualifier.Before, RejectNext: "往进来去任身者线所方夕期"),
        new("间", DateQualifier.None, RejectNext: "谍接隔断歇"),
    ];

    private static readonly string[] PlannedPrefixes = ["预计", "计划", "预定", "预期", "将", "拟"];

    /// <summary>Reads up to two suffix words (1970年代初开始) and returns the stronger qualifier.</summary>
    public static DateQualifier ReadSuffixes(ref TextCursor cursor, Site.Timeline.DateUnit unit, out bool openEnded)
    {
        openEnded = false;
        var result = DateQualifier.None;
        for (var n = 0; n < 2; n++)
        {
            var found = ReadSuffix(ref cursor, unit);
            if (found is null)
            {
                break;
            }

            openEnded |= found == DateQualifier.UntilNow;
            result = Stronger(result, found.Value);
        }

        return result;
    }

    private static DateQualifier? ReadSuffix(ref TextCursor cursor, Site.Timeline.DateUnit unit)
    {
        foreach (var suffix in Suffixes)
        {
            if (suffix.MonthOnly && unit != Site.Timeline.DateUnit.Month)
            {
                continue;
            }

            if (suffix.NotDay && unit == Site.Timeline.DateUnit.Day)
            {
                continue;
            }

            var probe = cursor;
            if (!probe.TryWord(suffix.Word))
            {
                continue;
            }

            if (suffix.RejectNext.Length > 0 && suffix.RejectNext.IndexOf(probe.Current) >= 0 && !probe.AtEnd)
            {
                continue;
            }

            cursor = probe;
            return suffix.Qualifier;
        }

        return null;
    }

    /// <summary>The qualifier implied by the words just before the expression (自/从 → From, 预计/将 → Planned).</summary>
    public static DateQualifier ReadPrefix(string text, int start)
    {
        // Look back at most six chars, not past clause punctuation.
        var from = start;
        while (from > 0 && start - from < 6 && !CharClass.IsClausePunctuation(text[from - 1])
               && !CharClass.IsOpeningBracket(text[from - 1]) && !CharClass.IsClosingBracket(text[from - 1]))
        {
            from--;
        }

        var window = text.AsSpan(from, start - from);
        foreach (var word in PlannedPrefixes)
        {
            if (window.Contains(word.AsSpan(), StringComparison.Ordinal))
            {
                return DateQualifier.Planned;
            }
        }

        if (start > 0 && text[start - 1] is '自' or '从')
        {
            return DateQualifier.From;
        }

        return DateQualifier.None;
    }

    /// <summary>Keeps the qualifier that says more about the event's extent.</summary>
    public static DateQualifier Stronger(DateQualifier a, DateQualifier b) => Rank(b) > Rank(a) ? b : a;

    private static int Rank(DateQualifier q) => q switch
    {
        DateQualifier.Planned => 8,
        DateQualifier.UntilNow => 7,
        DateQualifier.Since => 6,
        DateQualifier.Before => 5,
        DateQualifier.From => 4,
        DateQualifier.Early or DateQualifier.Mid or DateQualifier.Late => 3,
        _ => 0,
    };

    /// <summary>较2018年上升8.2%: a year named only as the base of a comparison states no event.</summary>
    public static bool IsComparisonPrefix(string text, int start) =>
        start > 0 && text[start - 1] is '较' or '較' or '比';

    /// <summary>Words just before a number that make "N年" a duration (近1000年, 长达1000年).</summary>
    public static bool IsDurationPrefix(string text, int start)
    {
        ReadOnlySpan<string> words = ["近", "长达", "历时", "过去", "将近", "多达", "超过", "逾", "约有", "已有"];
        foreach (var word in words)
        {
            if (start >= word.Length && text.AsSpan(start - word.Length, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
