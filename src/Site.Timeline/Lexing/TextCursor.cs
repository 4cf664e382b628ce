namespace Site.Timeline.Lexing;

/// <summary>
/// A read position in folded text. Every Try* method advances only when it succeeds, so a matcher
/// can try alternatives by copying the cursor (it is a small value type).
/// </summary>
internal struct TextCursor(string text, int position)
{
    public string Text { get; } = text;

    public int Position { get; private set; } = position;

    public readonly bool AtEnd => Position >= Text.Length;

    public readonly char Current => Position < Text.Length ? Text[Position] : '\0';

    public readonly char Peek(int ahead) =>
        Position + ahead < Text.Length && Position + ahead >= 0 ? Text[Position + ahead] : '\0';

    /// <summary>Reads a whole run of ASCII digits whose length is within [minDigits, maxDigits].</summary>
    public bool TryNumber(int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var end = Position;
        while (end < Text.Length && char.IsAsciiDigit(Text[end]) && end - Position <= maxDigits)
        {
            value = value * 10 + (Text[end] - '0');
            end++;
        }

        var count = end - Position;
        if (count < minDigits || count > maxDigits)
        {
            value = 0;
            return false;
        }

        Position = end;
        return true;
    }

    public bool TryChar(char c)
    {
        if (Current != c || AtEnd)
        {
            return false;
        }

        Position++;
        return true;
    }

    public bool TryAnyChar(string chars, out char matched)
    {
        matched = Current;
        if (AtEnd || chars.IndexOf(matched) < 0)
        {
            return false;
        }

        Position++;
        return true;
    }

    public bool TryWord(string word)
    {
        if (Position + word.Length > Text.Length || string.CompareOrdinal(Text, Position, word, 0, word.Length) != 0)
        {
            return false;
        }

        Position += word.Length;
        return true;
    }

    public void SkipSpaces()
    {
        while (Current == ' ')
        {
            Position++;
        }
    }
}
