using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Builds <c>-{flags|body}-</c> nodes; the first '|' separates flags only when the text before it looks like flags.</summary>
internal static class LanguageConversionBuilder
{
    public static LanguageConversionNode Build(ParseContext context, Frame frame, int closeStart)
    {
        var split = Materializer.Split(context, frame.Pieces, frame);
        var open = Materializer.Token(context, frame.Start, 2);
        var children = new List<WikiNode> { open };
        string? flags = null;
        var bodyNodes = new List<WikiNode>();
        var bodyStart = open.End;
        var firstSegment = split.Segment(0);
        if (split.Marks.Count > 0 && IsFlagList(firstSegment))
        {
            var flagFragment = Materializer.Fragment(context, firstSegment, open.End);
            flags = flagFragment.ToWikitext().Trim();
            var pipe = Materializer.Token(context, split.Marks[0]);
            children.Add(flagFragment);
            children.Add(pipe);
            bodyStart = pipe.End;
            AppendRest(context, split, 1, bodyNodes);
        }
        else
        {
            AppendRest(context, split, 0, bodyNodes);
        }
        var body = Materializer.Fragment(context, bodyNodes, bodyStart);
        children.Add(body);
        children.Add(Materializer.Token(context, closeStart, 2));
        return new LanguageConversionNode(context.Span(frame.Start, closeStart + 2 - frame.Start), children.ToArray(), flags, body);
    }

    /// <summary>Later pipes belong to the body as text.</summary>
    private static void AppendRest(ParseContext context, SplitPieces split, int firstSegment, List<WikiNode> into)
    {
        for (var i = firstSegment; i < split.SegmentCount; i++)
        {
            if (i > firstSegment)
            {
                var mark = split.Marks[i - 1];
                into.Add(Materializer.Text(context, mark.Start, mark.Length));
            }
            into.AddRange(split.Segment(i));
        }
        MergeTexts(context, into);
    }

    private static void MergeTexts(ParseContext context, List<WikiNode> nodes)
    {
        for (var i = nodes.Count - 1; i > 0; i--)
        {
            if (nodes[i] is TextNode b && nodes[i - 1] is TextNode a && a.End == b.Start)
            {
                nodes[i - 1] = Materializer.Text(context, a.Start, a.Length + b.Length);
                nodes.RemoveAt(i);
            }
        }
    }

    private static bool IsFlagList(ReadOnlySpan<WikiNode> nodes)
    {
        if (nodes.Length != 1 || nodes[0] is not TextNode text) return false;
        var value = text.AsSpan().Trim();
        if (value.Length == 0) return false;
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetter(c) || c is '-' or ';' or ' ')) return false;
        }
        return true;
    }
}
