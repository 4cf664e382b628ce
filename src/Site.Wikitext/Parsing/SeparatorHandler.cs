namespace Site.Wikitext.Parsing;

/// <summary>'|' and '!' separate template parameters, link parts and table cells, depending on the open construct.</summary>
internal static class SeparatorHandler
{
    public static bool Pipe(ParseContext context)
    {
        var top = context.Top;
        var position = context.Position;
        switch (top.Kind)
        {
            case FrameKind.Braces or FrameKind.Link or FrameKind.LanguageConversion:
                top.Pieces.AppendMark(MarkKind.Pipe, position, 1, top);
                top.HasPipe = true;
                context.Position = position + 1;
                return true;
            case FrameKind.Table when top.TableLine is TableLine.Cell or TableLine.Header && context.CharAt(position + 1) == '|':
                var mark = top.TableLine == TableLine.Header ? MarkKind.TableHeaderSeparator : MarkKind.TableCellSeparator;
                top.Pieces.AppendMark(mark, position, 2, top);
                context.Position = position + 2;
                return true;
            case FrameKind.Table when top.TableLine is TableLine.Cell or TableLine.Header or TableLine.Caption:
                top.Pieces.AppendMark(MarkKind.TableAttributeSeparator, position, 1, top);
                context.Position = position + 1;
                return true;
            default:
                return false;
        }
    }

    public static bool Bang(ParseContext context)
    {
        var top = context.Top;
        if (top.Kind != FrameKind.Table || top.TableLine != TableLine.Header || context.CharAt(context.Position + 1) != '!') return false;
        top.Pieces.AppendMark(MarkKind.TableHeaderSeparator, context.Position, 2, top);
        context.Position += 2;
        return true;
    }
}
