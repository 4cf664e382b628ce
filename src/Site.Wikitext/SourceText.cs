namespace Site.Wikitext;

/// <summary>The text being parsed, with a line map so any offset can be reported as line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    // The line of the last lookup: spans are mostly asked for in source order, so the answer is usually
    // this line or the next. A stale value from another thread only costs a binary search.
    private int _lastLine;

    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
        var count = 1;
        var span = text.AsSpan();
        count += span.Count('\n');
        var starts = new int[count];
        var line = 1;
        var at = 0;
        while (line < count)
        {
            var next = span[at..].IndexOf('\n');
            at += next + 1;
            starts[line++] = at;
        }
        _lineStarts = starts;
    }

    public string Text { get; }

    /// <summary>The file the text came from, as the user should see it in diagnostics.</summary>
    public string Path { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>1-based line and column of an offset; the column counts UTF-16 code units like most editors.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        var starts = _lineStarts;
        var index = _lastLine;
        if (!IsOnLine(starts, index, offset))
        {
            if (IsOnLine(starts, index + 1, offset)) index++;
            else
            {
                index = Array.BinarySearch(starts, offset);
                if (index < 0) index = ~index - 1;
                if (index < 0) index = 0;
            }
            _lastLine = index;
        }
        return (index + 1, offset - starts[index] + 1);
    }

    private static bool IsOnLine(int[] starts, int index, int offset) =>
        (uint)index < (uint)starts.Length && starts[index] <= offset && (index + 1 == starts.Length || offset < starts[index + 1]);

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
