using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Decides at the end of a line whether an open heading is one, and builds it.</summary>
internal static class HeadingBuilder
{
    /// <returns>The heading, or null when the line does not end with '=' (the caller keeps it as text).</returns>
    public static HeadingNode? TryBuild(ParseContext context, Frame frame, int lineEnd)
    {
        var nodes = Materializer.Nodes(context, frame.Pieces);
        // Trailing spaces, tabs and comments may follow the closing '='.
        var tailStart = nodes.Count;
        while (tailStart > 0 && IsTrailing(nodes[tailStart - 1])) tailStart--;
        var trailingText = "";
        var contentEnd = tailStart;
        if (tailStart > 0 && nodes[tailStart - 1] is TextNode last)
        {
            var trimmed = last.Text.TrimEnd(' ', '\t');
            trailingText = last.Text[trimmed.Length..];
            if (trimmed.Length == 0 || trimmed[^1] != '=') return null;
            var closeCount = trimmed.Length - trimmed.TrimEnd('=').Length;
            return Assemble(context, frame, nodes, tailStart - 1, last, trimmed.Length, closeCount, trailingText, lineEnd);
        }
        if (contentEnd == 0 && frame.OpenLength >= 3 && nodes.Count == tailStart)
        {
            // A line of '=' only: "===" is a level-1 heading holding "=".
            return AssembleEqualsOnly(context, frame, nodes, lineEnd);
        }
        return null;
    }

    private static bool IsTrailing(WikiNode node) =>
        node is CommentNode || (node is TextNode t && t.AsSpan().Trim(" \t").Length == 0 && !t.AsSpan().Contains('\n'));

    private static HeadingNode Assemble(
        ParseContext context, Frame frame, List<WikiNode> nodes, int lastIndex, TextNode last, int trimmedLength,
        int closeCount, string trailingText, int lineEnd)
    {
        var level = Math.Min(Math.Min(frame.OpenLength, closeCount), 6);
        var children = new List<WikiNode> { Materializer.Token(context, frame.Start, level) };
        var content = new List<WikiNode>();
        if (frame.OpenLength > level) content.Add(Text(context, frame.Start + level, frame.OpenLength - level));
        content.AddRange(nodes.Take(lastIndex));
        var closeStart = last.Start + trimmedLength - level;
        if (closeStart > last.Start) content.Add(Text(context, last.Start, closeStart - last.Start));
        var fragment = Materializer.Fragment(context, content, frame.Start + level);
        children.Add(fragment);
        children.Add(Materializer.Token(context, closeStart, level));
        if (trailingText.Length > 0) children.Add(Text(context, closeStart + level, trailingText.Length));
        children.AddRange(nodes.Skip(lastIndex + 1));
        return new HeadingNode(context.Span(frame.Start, lineEnd - frame.Start), children.ToArray(), level, fragment);
    }

    private static HeadingNode AssembleEqualsOnly(ParseContext context, Frame frame, List<WikiNode> trailing, int lineEnd)
    {
        var level = Math.Min((frame.OpenLength - 1) / 2, 6);
        var children = new List<WikiNode> { Materializer.Token(context, frame.Start, level) };
        WikiNode middle = Text(context, frame.Start + level, frame.OpenLength - 2 * level);
        var fragment = Materializer.Fragment(context, new ReadOnlySpan<WikiNode>(ref middle), frame.Start + level);
        children.Add(fragment);
        children.Add(Materializer.Token(context, frame.Start + frame.OpenLength - level, level));
        children.AddRange(trailing);
        return new HeadingNode(context.Span(frame.Start, lineEnd - frame.Start), children.ToArray(), level, fragment);
    }

    private static TextNode Text(ParseContext context, int start, int length) => Materializer.Text(context, start, length);
}
