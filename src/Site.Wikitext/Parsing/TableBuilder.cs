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
        children.AddRange(split.Segment(0));
        TableCaptionNode? caption = null;
        RowInProgress? row = null;

        var marks = split.Marks;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var segment = split.Segment(i + 1);
            switch (mark.Kind)
            {
                case MarkKind.TableRow:
                    FinishRow(context, row, children);
                    row = new RowInProgress(Materializer.Token(context, mark), RowAttributes(context, mark));
                    row.Children.Add(row.Marker!);
                    row.Children.AddRange(segment);
                    break;
                case MarkKind.TableCaption:
                {
                    var token = Materializer.Token(context, mark);
                    var cell = CellParts(context, split, i, token);
                    i += cell.Consumed;
                    var captionNode = new TableCaptionNode(cell.Span, cell.Children, cell.AttributesText, cell.Content);
                    caption ??= captionNode;
                    (row?.Children ?? children).Add(captionNode);
                    break;
                }
                case MarkKind.TableCell or MarkKind.TableHeader or MarkKind.TableCellSeparator or MarkKind.TableHeaderSeparator:
                {
                    row ??= new RowInProgress(null, "");
                    var isHeader = mark.Kind is MarkKind.TableHeader or MarkKind.TableHeaderSeparator;
                    var cellNode = PlainCell(context, split, i, isHeader);
                    if (cellNode is null)
                    {
                        var token = Materializer.Token(context, mark);
                        var cell = CellParts(context, split, i, token);
                        i += cell.Consumed;
                        cellNode = new TableCellNode(cell.Span, cell.Children, isHeader, cell.AttributesText, cell.Content);
                    }
                    row.Children.Add(cellNode);
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
        FinishRow(context, row, children);
        var end = closeStart >= 0 ? closeStart + 2 : Math.Max(children[^1].End, opener.End);
        if (closeStart >= 0) children.Add(Materializer.Token(context, closeStart, 2));
        var attributesText = context.Text.Substring(frame.Start + 2, frame.OpenLength - 2);
        return new TableNode(context.Span(frame.Start, end - frame.Start), children.ToArray(), attributesText, caption, closeStart >= 0);
    }

    private sealed class RowInProgress(MarkupToken? marker, string attributes)
    {
        public MarkupToken? Marker { get; } = marker;

        public string Attributes { get; } = attributes;

        public List<WikiNode> Children { get; } = [];
    }

    /// <summary>A caption or cell: its children (marker, attributes and separator if any, content) and how many marks it took.</summary>
    private readonly record struct CellPart(SourceSpan Span, WikiNode[] Children, string AttributesText, Fragment Content, int Consumed);

    /// <summary>
    /// A cell's content up to its own first '|' is attributes when it is plain text on one line;
    /// the part says how many marks were consumed.
    /// </summary>
    private static CellPart CellParts(ParseContext context, SplitPieces split, int index, MarkupToken token)
    {
        var marks = split.Marks;
        var segment = split.Segment(index + 1);
        if (index + 1 >= marks.Count || marks[index + 1].Kind != MarkKind.TableAttributeSeparator)
        {
            return Plain(context, token, Materializer.Fragment(context, segment, token.End), 0);
        }
        if (!LooksLikeAttributes(segment))
        {
            // The separator is text inside the content.
            var mark = marks[index + 1];
            var content = new List<WikiNode>(segment.Length + 1 + split.Segment(index + 2).Length);
            content.AddRange(segment);
            content.Add(Materializer.Text(context, mark.Start, mark.Length));
            content.AddRange(split.Segment(index + 2));
            return Plain(context, token, Materializer.Fragment(context, content, token.End), 1);
        }
        var separator = Materializer.Token(context, marks[index + 1]);
        var text = segment.Length == 0 ? "" : context.Text.Substring(segment[0].Start, segment[^1].End - segment[0].Start);
        var fragment = Materializer.Fragment(context, split.Segment(index + 2), separator.End);
        WikiNode[] children = segment.Length > 0
            ? [token, Materializer.Fragment(context, segment, separator.Start), separator, fragment]
            : [token, separator, fragment];
        return new CellPart(context.Span(token.Start, fragment.End - token.Start), children, text, fragment, 1);
    }

    /// <summary>
    /// A cell of its marker and then nothing or one run of text (most are): it keeps its offset, length and marker
    /// length, and its parts are made when first read. Null for any other.
    /// </summary>
    private static TableCellNode? PlainCell(ParseContext context, SplitPieces split, int index, bool isHeader)
    {
        var marks = split.Marks;
        if (index + 1 < marks.Count && marks[index + 1].Kind == MarkKind.TableAttributeSeparator) return null;
        var mark = marks[index];
        var segment = split.Segment(index + 1);
        var end = mark.End;
        if (segment.Length > 0)
        {
            if (segment.Length > 1 || segment[0] is not TextNode text || text.Start != mark.End) return null;
            end = text.End;
            text.Drop();
        }
        return new TableCellNode(context.Source, mark.Start, end - mark.Start, mark.Length, isHeader);
    }

    private static CellPart Plain(ParseContext context, MarkupToken token, Fragment content, int consumed) =>
        new(context.Span(token.Start, content.End - token.Start), [token, content], "", content, consumed);

    private static bool LooksLikeAttributes(ReadOnlySpan<WikiNode> segment)
    {
        foreach (var node in segment)
        {
            if (node is not TextNode text || text.AsSpan().Contains('\n')) return false;
        }
        return true;
    }

    private static void FinishRow(ParseContext context, RowInProgress? row, List<WikiNode> tableChildren)
    {
        if (row is null || row.Children.Count == 0) return;
        tableChildren.Add(new TableRowNode(SpanOf(context, row.Children), row.Children.ToArray(), row.Attributes));
    }

    private static string RowAttributes(ParseContext context, MarkSpan mark) =>
        context.Text.Substring(mark.Start, mark.Length).TrimStart().TrimStart('|').TrimStart('-');

    private static SourceSpan SpanOf(ParseContext context, List<WikiNode> nodes)
    {
        var start = nodes[0].Start;
        return context.Span(start, nodes[^1].End - start);
    }
}
