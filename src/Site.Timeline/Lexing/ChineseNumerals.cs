namespace Site.Timeline.Lexing;

/// <summary>Reads the small Chinese numerals used for centuries and decades (二十一, 十九, 六十).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeral(char c) => c == '十' || (c != '零' && Digits.IndexOf(c) >= 0);

    /// <summary>Reads a numeral from 1 to 99 written with 十 (一, 十, 十九, 二十, 二十一, 六十).</summary>
    public static bool TryRead(ref TextCursor cursor, out int value)
    {
        value = 0;
        var probe = cursor;
        var tens = 0;
        var units = 0;
        var lead = Digits.IndexOf(probe.Current);
        if (lead > 0)
        {
            probe.TryChar(probe.Current);
            units = lead;
        }

        if (probe.TryChar('十'))
        {
            tens = units == 0 ? 1 : units;
            units = 0;
            var trail = Digits.IndexOf(probe.Current);
            if (trail > 0)
            {
                probe.TryChar(probe.Current);
                units = trail;
            }
        }
        else if (lead <= 0)
        {
            return false;
        }

        value = tens * 10 + units;
        cursor = probe;
        return value > 0;
    }
}
