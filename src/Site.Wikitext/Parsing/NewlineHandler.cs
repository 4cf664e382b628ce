using Site.Wikitext.Diagnostics;

namespace Site.Wikitext.Parsing;

/// <summary>A line break ends headings and external links, and a link whose target has no '|' yet.</summary>
internal static class NewlineHandler
{
    public static bool Handle(ParseContext context)
    {
        var position = context.Position;
        while (true)
        {
            var top = context.Top;
            if (top.Kind == FrameKind.Heading) CloseHeading(context, position);
            else if (top.Kind == FrameKind.ExternalLink) context.BreakTop(WikitextDiagnostics.UnclosedExternalLink);
            else if (top.Kind == FrameKind.Link && !top.HasPipe) context.BreakTop(WikitextDiagnostics.UnclosedLink);
            else break;
        }
        if (context.Top.Kind == FrameKind.Table) context.Top.TableLine = TableLine.None;
        context.AppendText(position, 1);
        context.Position = position + 1;
        context.AtLineStart = true;
        return true;
    }

    public static void CloseHeading(ParseContext context, int lineEnd)
    {
        var frame = context.Top;
        var heading = HeadingBuilder.TryBuild(context, frame, lineEnd);
        if (heading is null)
        {
            context.BreakTop(WikitextDiagnostics.InvalidHeading);
            return;
        }
        context.Pop();
        context.Shared.Pieces.ReturnAll(frame.Pieces.TakeAll());
        context.AppendNode(heading);
        context.Recycle(frame);
    }
}
