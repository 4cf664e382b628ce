using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>One source line of top-level nodes. Constructs that span lines stay whole in the line where they start.</summary>
internal sealed record Line(List<WikiNode> Nodes)
{
    public bool IsBlank => Nodes.All(n => n is CommentNode || (n is TextNode t && t.Text.Trim().Length == 0) || n is BehaviorSwitchNode);
}

internal static class LineSplitter
{
    public static List<Line> Split(BuildContext context, IReadOnlyList<WikiNode> nodes)
    {
        var lines = new List<Line>();
        var current = new List<WikiNode>();
        foreach (var node in nodes)
        {
            if (node is not TextNode text || !text.Text.Contains('\n'))
            {
                current.Add(node);
                continue;
            }
            var start = 0;
            int newline;
            while ((newline = text.Text.IndexOf('\n', start)) >= 0)
            {
                if (newline > start) current.Add(Slice(context, text, start, newline - start));
                lines.Add(new Line(current));
                current = [];
                start = newline + 1;
            }
            if (start < text.Text.Length) current.Add(Slice(context, text, start, text.Text.Length - start));
        }
        if (current.Count > 0) lines.Add(new Line(current));
        return lines;
    }

    private static TextNode Slice(BuildContext context, TextNode text, int start, int length) =>
        new(context.Source.Span(text.Span.Start + start, length), text.Text.Substring(start, length));
}
