using System.Collections.Frozen;

namespace Site.Timeline.Lexing;

/// <summary>
/// Folds the text one char for one char, so that positions in the folded text are positions in
/// the original: full-width digits to ASCII, every dash or tilde to '-', and the traditional forms
/// of the few words the matchers look for (世紀, 年間, 以來, 當年, 以後, …) to simplified.
/// </summary>
internal static class TextNormalizer
{
    private static readonly FrozenDictionary<char, char> Folds = new Dictionary<char, char>
    {
        // Dashes and tildes used between two dates.
        ['－'] = '-', ['–'] = '-', ['—'] = '-', ['‐'] = '-', ['‑'] = '-', ['‒'] = '-',
        ['―'] = '-', ['−'] = '-', ['~'] = '-', ['〜'] = '-', ['～'] = '-',
        ['　'] = ' ', ['\u00A0'] = ' ',
        // Traditional → simplified, only for the marker words.
        ['紀'] = '纪', ['間'] = '间', ['來'] = '来', ['當'] = '当', ['後'] = '后', ['於'] = '于',
        ['從'] = '从', ['該'] = '该', ['開'] = '开', ['預'] = '预', ['計'] = '计', ['劃'] = '划',
        ['將'] = '将', ['號'] = '号', ['餘'] = '余', ['歷'] = '历', ['長'] = '长', ['達'] = '达',
        ['過'] = '过', ['內'] = '内', ['裡'] = '里', ['裏'] = '里', ['齡'] = '龄', ['輕'] = '轻',
        ['應'] = '应', ['適'] = '适', ['葉'] = '叶', ['現'] = '现', ['進'] = '进', ['擬'] = '拟',
        ['為'] = '为', ['個'] = '个', ['歲'] = '岁', ['屆'] = '届',
    }.ToFrozenDictionary();

    public static string Normalize(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    public static char Fold(char c)
    {
        if (c is >= '０' and <= '９')
        {
            return (char)('0' + (c - '０'));
        }

        return Folds.TryGetValue(c, out var folded) ? folded : c;
    }
}
