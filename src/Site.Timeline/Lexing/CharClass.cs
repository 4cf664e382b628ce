namespace Site.Timeline.Lexing;

/// <summary>Small character tests shared by the matchers (on folded text).</summary>
internal static class CharClass
{
    /// <summary>Chars that end a sentence.</summary>
    public const string SentenceEnds = "。！？；!?;\n";

    /// <summary>Chars after a number that make it a count or measure, not a year.</summary>
    public const string MeasureUnits = "名人票亿万千百元美页岁个次位件%％份架艘辆座户家所枚吨公里米";

    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>A number must not continue one that began before it (digits, decimals, 24,000, 1/2, A320).</summary>
    public static bool ContinuesNumber(string text, int position)
    {
        if (position == 0)
        {
            return false;
        }

        var before = text[position - 1];
        return char.IsAsciiDigit(before) || char.IsAsciiLetter(before) || before is '.' or ',' or '/' or ':' or '·' or '#' or '_';
    }

    public static bool IsOpeningBracket(char c) => c is '（' or '(' or '［' or '[';

    public static bool IsClosingBracket(char c) => c is '）' or ')' or '］' or ']';

    /// <summary>Punctuation that ends a clause or list item.</summary>
    public static bool IsClausePunctuation(char c) =>
        SentenceEnds.IndexOf(c) >= 0 || c is '，' or ',' or '、' or '：' or ':';
}
