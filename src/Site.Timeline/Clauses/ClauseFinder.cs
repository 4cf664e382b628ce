using Site.Timeline.Lexing;
using Site.Timeline.Matching;

namespace Site.Timeline.Clauses;

/// <summary>
/// Cuts the clause that states an event out of the segment text: the comma-delimited piece of the
/// sentence holding the date, grown by the next piece when the date stands alone
/// (<c>1949年1月1日，韩美正式建立外交关系</c>), and narrowed to one list item when the piece is too
/// long (<c>《…协定》（1948年9月11日）</c>). Looks at most <see cref="Reach"/> chars each way.
/// </summary>
internal static class ClauseFinder
{
    public const int MaxLength = 80;
    private const int Reach = 200;
    private const int MinContent = 6;

    /// <param name="text">The segment text as written.</param>
    /// <param name="expressions">All expressions of the segment, in order.</param>
    /// <param name="index">The expression whose clause is wanted.</param>
    public static string Find(string text, IReadOnlyList<DateExpression> expressions, int index)
    {
        var expression = expressions[index];
        var (sentenceStart, sentenceEnd) = SentenceAround(text, expression);
        var pieces = Pieces(text, sentenceStart, sentenceEnd);
        var k = pieces.FindIndex(p => p.Start <= expression.Start && expression.Start < p.End);
        var (start, end) = pieces[k];

        // A piece listing several dated items (《A》（1948年8月24日）、《B》（1948年9月11日）) gives each item its own clause.
        var inPiece = Enumerable.Range(0, expressions.Count).Where(j => expressions[j].Start >= start && expressions[j].Start < end).ToList();
        if (inPiece.Count > 1)
        {
            var items = inPiece.Select(j => (Index: j, Span: TrimSpan(text, Narrow(text, expressions, j, start, end)))).ToList();
            var itemsStandAlone = items.All(item => Content(text, item.Span.Start, item.Span.End, expressions[item.Index]) >= MinContent
                                                    && IsBalanced(text, item.Span.Start, item.Span.End));
            if (itemsStandAlone || end - start > MaxLength)
            {
                var own = items.First(item => item.Index == index).Span;
                return text[own.Start..own.End];
            }
        }

        var next = k;
        while (Content(text, start, end, expression) < MinContent && next + 1 < pieces.Count && pieces[next + 1].End - start <= MaxLength)
        {
            end = pieces[++next].End;
        }

        var previous = k;
        while (Content(text, start, end, expression) < MinContent && previous > 0 && end - pieces[previous - 1].Start <= MaxLength)
        {
            start = pieces[--previous].Start;
        }

        // The date closes its piece (…政策2000年10月10日， / 在金大中执政时期（1998－2003）， …): what happened follows.
        if (ClosesPiece(text, expression, end) && next + 1 < pieces.Count && pieces[next + 1].End - start <= MaxLength)
        {
            end = pieces[next + 1].End;
        }

        if (end - start > MaxLength)
        {
            (start, end) = Narrow(text, expressions, index, start, end);
        }

        return Trim(text, start, end);
    }

    /// <summary>True when only the expression, or the expression alone in brackets, ends at <paramref name="end"/>.</summary>
    private static bool ClosesPiece(string text, DateExpression expression, int end)
    {
        var after = expression.End;
        while (after < end && text[after] == ' ')
        {
            after++;
        }

        if (after == end)
        {
            return true;
        }

        return after + 1 == end && CharClass.IsClosingBracket(text[after])
            && expression.Start > 0 && CharClass.IsOpeningBracket(text[expression.Start - 1]);
    }

    private static bool IsBalanced(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '（' or '(' or '《' or '“')
            {
                depth++;
            }
            else if (text[i] is '）' or ')' or '》' or '”')
            {
                depth--;
            }

            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static (int Start, int End) SentenceAround(string text, DateExpression expression)
    {
        var start = expression.Start;
        while (start > 0 && expression.Start - start < Reach && CharClass.SentenceEnds.IndexOf(text[start - 1]) < 0)
        {
            start--;
        }

        var end = expression.End;
        while (end < text.Length && end - expression.End < Reach && CharClass.SentenceEnds.IndexOf(text[end]) < 0)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Comma- and colon-delimited pieces at bracket and quote depth 0.</summary>
    private static List<(int Start, int End)> Pieces(string text, int start, int end)
    {
        var pieces = new List<(int Start, int End)>();
        var depth = 0;
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '（' or '(' or '《' or '“' or '「' or '『' or '[' or '［')
            {
                depth++;
            }
            else if (c is '）' or ')' or '》' or '”' or '」' or '』' or ']' or '］')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && IsPieceBreak(text, i))
            {
                pieces.Add((pieceStart, i));
                pieceStart = i + 1;
            }
        }

        pieces.Add((pieceStart, end));
        return pieces;
    }

    private static bool IsPieceBreak(string text, int i) => text[i] switch
    {
        '，' or '：' => true,
        ',' => !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])),
        _ => false,
    };

    /// <summary>Letters in [start, end) outside the expression itself.</summary>
    private static int Content(string text, int start, int end, DateExpression expression)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if ((i < expression.Start || i >= expression.End) && char.IsLetter(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// For a long piece listing several dates, the text from the previous date to this one
    /// (with its closing bracket), or up to the next date when this one opens the item.
    /// </summary>
    private static (int Start, int End) Narrow(string text, IReadOnlyList<DateExpression> expressions, int index, int start, int end)
    {
        var expression = expressions[index];
        var from = start;
        if (index > 0 && expressions[index - 1].End > start && expressions[index - 1].End <= expression.Start)
        {
            from = expressions[index - 1].End;
        }

        var to = expression.End;
        if (to < end && CharClass.IsClosingBracket(text[to]))
        {
            to++;
        }

        if (Content(text, from, to, expression) < MinContent)
        {
            to = index + 1 < expressions.Count && expressions[index + 1].Start < end ? expressions[index + 1].Start : end;
        }

        if (to - from > MaxLength)
        {
            from = Math.Max(from, expression.Start - (MaxLength / 3));
            to = Math.Min(to, from + MaxLength);
        }

        return (from, Math.Max(to, Math.Min(end, expression.End)));
    }

    private static string Trim(string text, int start, int end)
    {
        var (from, to) = TrimSpan(text, (start, end));
        return text[from..to];
    }

    private static (int Start, int End) TrimSpan(string text, (int Start, int End) span)
    {
        var (start, end) = span;
        const string leading = " ，,、：:）)]；;和及与";
        const string trailing = " ，,、：:（([“《";
        while (start < end && leading.IndexOf(text[start]) >= 0 && !(text[start] is '与' or '和' or '及' && start + 1 < end && !CharClass.IsOpeningBracket(text[start + 1]) && text[start + 1] != '《'))
        {
            start++;
        }

        while (end > start && trailing.IndexOf(text[end - 1]) >= 0)
        {
            end--;
        }

        return (start, end);
    }
}
