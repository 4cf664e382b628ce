namespace Site.Wikitext;

/// <summary>The text being parsed, with a line map so any offset can be reported as line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    /// <summary>The file the text came from, as the user should see it in diagnostics.</summary>
    public string Path { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>1-based line and column of an offset; the column counts UTF-16 code units like most editors.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    public SourceSpan Span(int start, int length)
    {
        var (line, column) = GetLineColumn(start);
        return new SourceSpan(start, length, line, column);
    }

    public string Slice(int start, int length) => Text.Substring(start, length);
}

/// <summary>A stretch of source: offset and length, with the 1-based line and column of its start.</summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    public int End => Start + Length;

    public override string ToString() => $"({Line},{Column})+{Length}";
}
