using Site.Wikitext.Diagnostics;

namespace Site.Wikitext.Parsing;

/// <summary>
/// Templates <c>{{ }}</c>, arguments <c>{{{ }}}</c> and language conversion <c>-{ }-</c>.
/// Brace runs are matched the way MediaWiki's preprocessor does: a closing run matches the
/// innermost open run, three braces at a time when both sides have three, else two.
/// </summary>
internal static class BraceHandler
{
    public static bool Open(ParseContext context)
    {
        var position = context.Position;
        var count = context.RunLength(position, '{');
        var dashBefore = position > 0 && context.Text[position - 1] == '-';
        if (dashBefore && count is 1 or 4 && context.CanPush() && context.Top.Pieces.TryTrimTrailingText(position, 1))
        {
            context.Push(context.NewFrame(FrameKind.LanguageConversion, position - 1, 2));
            context.Position = position + 1;
            if (count == 4) OpenBraces(context, position + 1, 3);
            return true;
        }
        if (count < 2 || !context.CanPush()) return false;
        OpenBraces(context, position, count);
        return true;
    }

    private static void OpenBraces(ParseContext context, int position, int count)
    {
        var frame = context.NewFrame(FrameKind.Braces, position, count);
        frame.BraceCount = count;
        context.Push(frame);
        context.Position = position + count;
    }

    public static bool Close(ParseContext context)
    {
        var position = context.Position;
        var count = context.RunLength(position, '}');
        var afterRun = position + count;
        var consumed = 0;
        while (consumed < count)
        {
            var remaining = count - consumed;
            var top = context.Top;
            if (top.Kind == FrameKind.LanguageConversion && context.CharAt(afterRun) == '-')
            {
                context.AppendText(position + consumed, remaining - 1);
                context.Pop();
                context.AppendNode(LanguageConversionBuilder.Build(context, top, afterRun - 1));
                context.Recycle(top);
                context.Position = afterRun + 1;
                return true;
            }
            if (top.Kind == FrameKind.Braces)
            {
                var matched = Math.Min(top.BraceCount, remaining);
                if (matched < 2) break;
                if (matched > 3) matched = 3;
                CloseBraces(context, top, matched, position + consumed);
                consumed += matched;
                continue;
            }
            if (remaining >= 2 && context.IsOpen(FrameKind.Braces))
            {
                context.BreakAbove(FrameKind.Braces, "}}");
                continue;
            }
            if (context.IsOpen(FrameKind.LanguageConversion) && context.CharAt(afterRun) == '-')
            {
                context.BreakAbove(FrameKind.LanguageConversion, "}-");
                continue;
            }
            break;
        }
        if (consumed < count)
        {
            if (count - consumed >= 2) context.Report(WikitextDiagnostics.StrayTemplateClose, position + consumed, count - consumed);
            context.AppendText(position + consumed, count - consumed);
        }
        context.Position = afterRun;
        return true;
    }

    private static void CloseBraces(ParseContext context, Frame frame, int matched, int closeStart)
    {
        var openStart = frame.Start + frame.BraceCount - matched;
        var node = TransclusionBuilder.Build(context, frame, openStart, matched, closeStart);
        context.Pop();
        var left = frame.BraceCount - matched;
        if (left >= 2)
        {
            // "{{{{{a}}}" leaves "{{" open around the argument just closed.
            var outer = context.NewFrame(FrameKind.Braces, frame.Start, left);
            outer.BraceCount = left;
            context.Push(outer);
            outer.Pieces.AppendNode(node);
            context.Recycle(frame);
            return;
        }
        if (left == 1) context.AppendText(frame.Start, 1);
        context.AppendNode(node);
        context.Recycle(frame);
    }
}
