using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Markup that counts only at the start of a line: headings, lists, rules and table structure.</summary>
internal static class LineStartHandler
{
    public static bool TryHandle(ParseContext context)
    {
        var kind = context.Top.Kind;
        if (kind is not (FrameKind.Root or FrameKind.Table)) return false;
        var position = context.Position;
        var text = context.Text;
        var firstNonSpace = position;
        while (firstNonSpace < context.End && text[firstNonSpace] is ' ' or '\t') firstNonSpace++;

        if (kind == FrameKind.Table && TryTableLine(context, firstNonSpace)) return true;
        if (context.CharAt(firstNonSpace) == '{' && context.CharAt(firstNonSpace + 1) == '|') return OpenTable(context, firstNonSpace);

        var c = text[position];
        if (c == '=') return OpenHeading(context);
        if (c is '*' or '#' or ':' or ';') return ListMarker(context);
        if (c == '-' && context.RunLength(position, '-') >= 4)
        {
            var length = context.RunLength(position, '-');
            context.AppendNode(new HorizontalRuleNode(context.Source, position, length));
            context.Position = position + length;
            return true;
        }
        return false;
    }

    private static bool TryTableLine(ParseContext context, int at)
    {
        var table = context.Top;
        var c = context.CharAt(at);
        var next = context.CharAt(at + 1);
        if (c == '|' && next == '}')
        {
            context.AppendText(context.Position, at - context.Position);
            context.Pop();
            context.AppendNode(TableBuilder.Build(context, table, at));
            context.Recycle(table);
            context.Position = at + 2;
            return true;
        }
        MarkKind mark;
        int length;
        if (c == '|' && next == '-')
        {
            mark = MarkKind.TableRow;
            length = LineEnd(context, at) - at;
            table.TableLine = TableLine.None;
        }
        else if (c == '|' && next == '+')
        {
            mark = MarkKind.TableCaption;
            length = 2;
            table.TableLine = TableLine.Caption;
        }
        else if (c == '|')
        {
            mark = MarkKind.TableCell;
            length = 1;
            table.TableLine = TableLine.Cell;
        }
        else if (c == '!')
        {
            mark = MarkKind.TableHeader;
            length = 1;
            table.TableLine = TableLine.Header;
        }
        else
        {
            return false;
        }
        context.AppendText(context.Position, at - context.Position);
        table.Pieces.AppendMark(mark, at, length, table);
        context.Position = at + length;
        return true;
    }

    private static bool OpenTable(ParseContext context, int at)
    {
        if (!context.CanPush()) return false;
        context.AppendText(context.Position, at - context.Position);
        var lineEnd = LineEnd(context, at);
        context.Push(context.NewFrame(FrameKind.Table, at, lineEnd - at));
        context.Position = lineEnd;
        return true;
    }

    private static bool OpenHeading(ParseContext context)
    {
        if (!context.CanPush()) return false;
        var length = context.RunLength(context.Position, '=');
        context.Push(context.NewFrame(FrameKind.Heading, context.Position, length));
        context.Position += length;
        return true;
    }

    private static bool ListMarker(ParseContext context)
    {
        var start = context.Position;
        var end = start;
        while (end < context.End && context.Text[end] is '*' or '#' or ':' or ';') end++;
        context.AppendNode(new ListMarkerNode(context.Source, start, end - start));
        context.Position = end;
        // ":{|" indents a table (MediaWiki's handleTables reads "^(:*)\s*\{\|").
        var table = end;
        while (table < context.End && context.Text[table] is ' ' or '\t') table++;
        if (context.Text.AsSpan(start, end - start).IndexOfAnyExcept(':') < 0 && context.CharAt(table) == '{' && context.CharAt(table + 1) == '|')
        {
            OpenTable(context, table);
        }
        return true;
    }


    private static int LineEnd(ParseContext context, int from)
    {
        var end = context.Text.IndexOf('\n', from, context.End - from);
        return end < 0 ? context.End : end;
    }
}
