using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Groups the marks of a table frame into caption, rows and cells.</summary>
internal static class TableBuilder
{
    /// <param name="closeStart">Offset of <c>|}</c>, or -1 when the table was never closed.</param>
    public static TableNode Build(ParseContext context, Frame frame, int closeStart)
    {
        var split = Materializer.Split(context, frame.Pieces, frame);
        var opener = Materializer.Token(context, frame.Start, frame.OpenLength);
        var children = new List<WikiNode> { opener };
        children.AddRange(split.Segments[0]);
        var rows = new List<TableRowNode>();
        TableCaptionNode? caption = null;
        RowInProgress? row = null;

        var marks = split.Marks;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var segment = split.Segments[i + 1];
            switch (mark.Kind)
            {
                case MarkKind.TableRow:
                    FinishRow(context, row, rows, children);
                    row = new RowInProgress(Materializer.Token(context, mark), RowAttributes(context, mark));
                    row.Children.Add(row.Marker!);
                    row.Children.AddRange(segment);
                    break;
                case MarkKind.TableCaption:
                {
                    var token = Materializer.Token(context, mark);
                    var (attributes, content, consumed) = CellParts(context, segment, marks, split.Segments, i);
                    i += consumed;
                    var nodes = new List<WikiNode> { token };
                    nodes.AddRange(attributes.Nodes);
                    var fragment = Materializer.Fragment(context, content, token.End);
                    nodes.Add(fragment);
                    var captionNode = new TableCaptionNode(SpanOf(context, nodes), nodes.ToArray(), attributes.Text, fragment);
                    caption ??= captionNode;
                    (row?.Children ?? children).Add(captionNode);
                    break;
                }
                case MarkKind.TableCell or MarkKind.TableHeader or MarkKind.TableCellSeparator or MarkKind.TableHeaderSeparator:
                {
                    row ??= new RowInProgress(null, "");
                    var token = Materializer.Token(context, mark);
                    var (attributes, content, consumed) = CellParts(context, segment, marks, split.Segments, i);
                    i += consumed;
                    var nodes = new List<WikiNode> { token };
                    nodes.AddRange(attributes.Nodes);
                    var fragment = Materializer.Fragment(context, content, attributes.Nodes.Count > 0 ? attributes.Nodes[^1].End : token.End);
                    nodes.Add(fragment);
                    var isHeader = mark.Kind is MarkKind.TableHeader or MarkKind.TableHeaderSeparator;
                    var cell = new TableCellNode(SpanOf(context, nodes), nodes.ToArray(), isHeader, attributes.Text, fragment);
                    row.Cells.Add(cell);
                    row.Children.Add(cell);
                    break;
                }
                default:
                {
                    // A lone '|' that separates nothing is text.
                    var target = row?.Children ?? children;
                    target.Add(Materializer.Text(context, mark.Start, mark.Length));
                    target.AddRange(segment);
                    break;
                }
            }
        }
        FinishRow(context, row, rows, children);
        var end = closeStart >= 0 ? closeStart + 2 : Math.Max(children[^1].End, opener.End);
        if (closeStart >= 0) children.Add(Materializer.Token(context, closeStart, 2));
        var attributesText = context.Text.Substring(frame.Start + 2, frame.OpenLength - 2);
        return new TableNode(context.Span(frame.Start, end - frame.Start), children.ToArray(), attributesText, caption, rows.ToArray(), closeStart >= 0);
    }

    private sealed class RowInProgress(MarkupToken? marker, string attributes)
    {
        public MarkupToken? Marker { get; } = marker;

        public string Attributes { get; } = attributes;

        public List<WikiNode> Children { get; } = [];

        public List<TableCellNode> Cells { get; } = [];
    }

    private sealed record AttributePart(List<WikiNode> Nodes, string Text);

    /// <summary>
    /// A cell's content up to its own first '|' is attributes when it is plain text on one line;
    /// returns how many marks were consumed.
    /// </summary>
    private static (AttributePart Attributes, IReadOnlyList<WikiNode> Content, int Consumed) CellParts(
        ParseContext context, WikiNode[] segment, List<MarkSpan> marks, List<WikiNode[]> segments, int index)
    {
        var none = new AttributePart([], "");
        if (index + 1 >= marks.Count || marks[index + 1].Kind != MarkKind.TableAttributeSeparator) return (none, segment, 0);
        var looksLikeAttributes = segment.All(n => n is TextNode t && !t.AsSpan().Contains('\n'));
        if (!looksLikeAttributes) return (none, MergeLoneSeparator(context, segment, marks, segments, index), 1);
        var separator = Materializer.Token(context, marks[index + 1]);
        var text = string.Concat(segment.Select(n => n.ToWikitext()));
        var attributeNodes = new List<WikiNode>();
        if (segment.Length > 0) attributeNodes.Add(Materializer.Fragment(context, segment, separator.Start));
        attributeNodes.Add(separator);
        return (new AttributePart(attributeNodes, text), segments[index + 2], 1);
    }

    private static IReadOnlyList<WikiNode> MergeLoneSeparator(ParseContext context, WikiNode[] segment, List<MarkSpan> marks, List<WikiNode[]> segments, int index)
    {
        var mark = marks[index + 1];
        var content = new List<WikiNode>(segment)
        {
            Materializer.Text(context, mark.Start, mark.Length),
        };
        content.AddRange(segments[index + 2]);
        return content;
    }

    private static void FinishRow(ParseContext context, RowInProgress? row, List<TableRowNode> rows, List<WikiNode> tableChildren)
    {
        if (row is null || row.Children.Count == 0) return;
        var node = new TableRowNode(SpanOf(context, row.Children), row.Children.ToArray(), row.Attributes, row.Cells.ToArray());
        rows.Add(node);
        tableChildren.Add(node);
    }

    private static string RowAttributes(ParseContext context, MarkSpan mark) =>
        context.Text.Substring(mark.Start, mark.Length).TrimStart().TrimStart('|').TrimStart('-');

    private static SourceSpan SpanOf(ParseContext context, List<WikiNode> nodes)
    {
        var start = nodes[0].Start;
        return context.Span(start, nodes[^1].End - start);
    }
}
