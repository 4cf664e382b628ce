using System.Buffers;
using Site.Wikitext.Diagnostics;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// The main loop: reads plain text in bulk up to the next character that can start or end markup,
/// and hands those characters to the construct handlers.
/// </summary>
internal static class Scanner
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("\n{}[]|<'&_!:");

    /// <summary>
    /// Parses <paramref name="start"/> to <paramref name="end"/> and hands the nodes to <paramref name="use"/>, which
    /// must copy what it keeps: the list is the run's, and is reused by the next run.
    /// </summary>
    public static T Run<T>(ParseShared shared, int start, int end, int depth, bool textAsGaps, Func<ParseContext, NodeBuffer, T> use)
    {
        var context = (shared.Contexts.TryPop(out var free) ? free : new ParseContext(shared)).Start(start, end, depth, textAsGaps);
        var result = use(context, Scan(context));
        shared.Contexts.Push(context);
        return result;
    }

    private static NodeBuffer Scan(ParseContext context)
    {
        while (context.Position < context.End)
        {
            if (context.AtLineStart)
            {
                context.AtLineStart = false;
                if (LineStartHandler.TryHandle(context)) continue;
            }
            if (!TryHandleSpecial(context)) ReadText(context);
            if (context.StackCount == 1) context.FlushRoot();
        }
        Finish(context);
        return context.FinishRoot();
    }

    private static bool TryHandleSpecial(ParseContext context) => context.Text[context.Position] switch
    {
        '\n' => NewlineHandler.Handle(context),
        '{' => BraceHandler.Open(context),
        '}' => BraceHandler.Close(context),
        '[' => BracketHandler.Open(context),
        ']' => BracketHandler.Close(context),
        '<' => TagHandler.Handle(context),
        '|' => SeparatorHandler.Pipe(context),
        '!' => SeparatorHandler.Bang(context),
        '\'' => InlineHandler.Apostrophes(context),
        '&' => InlineHandler.Entity(context),
        '_' => InlineHandler.BehaviorSwitch(context),
        ':' => InlineHandler.BareUrl(context),
        _ => false,
    };

    private static void ReadText(ParseContext context)
    {
        var from = context.Position + 1;
        var next = context.Text.AsSpan(from, context.End - from).IndexOfAny(Specials);
        var length = next < 0 ? context.End - context.Position : next + 1;
        context.AppendText(context.Position, length);
        context.Position += length;
    }

    /// <summary>Closes what may end at the end of the text and breaks everything else.</summary>
    private static void Finish(ParseContext context)
    {
        while (context.StackCount > 1)
        {
            var top = context.Top;
            switch (top.Kind)
            {
                case FrameKind.Heading:
                    NewlineHandler.CloseHeading(context, context.End);
                    break;
                case FrameKind.Table:
                    context.Pop();
                    context.Report(WikitextDiagnostics.UnclosedTable, top.Start, 2);
                    context.AppendNode(TableBuilder.Build(context, top, -1));
                    context.Recycle(top);
                    break;
                case FrameKind.Braces:
                    context.BreakTop(WikitextDiagnostics.UnclosedTemplate, top.Opener);
                    break;
                case FrameKind.Link:
                    context.BreakTop(WikitextDiagnostics.UnclosedLink);
                    break;
                case FrameKind.ExternalLink:
                    context.BreakTop(WikitextDiagnostics.UnclosedExternalLink);
                    break;
                case FrameKind.LanguageConversion:
                    context.BreakTop(WikitextDiagnostics.UnclosedLanguageConversion);
                    break;
                default:
                    context.BreakTop(null);
                    break;
            }
        }
    }
}
