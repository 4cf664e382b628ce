using Site.Wikitext.Diagnostics;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Wikilinks <c>[[ ]]</c> and bracketed external links <c>[url text]</c>.</summary>
internal static class BracketHandler
{
    public static bool Open(ParseContext context)
    {
        var position = context.Position;
        var count = context.RunLength(position, '[');
        if (count >= 2)
        {
            // MediaWiki splits the text at each "[[" from the left: the last pair opens the link and an odd '['
            // left over belongs to its target ("[[[x]]]" is then no link; "[[[[x]]]]" is "[[" and a link).
            if (!context.CanPush()) return false;
            var linkStart = position + 2 * (count / 2 - 1);
            if (count % 2 == 0 && UrlScanner.ScanUrl(context, linkStart + 2) >= 0)
            {
                // "[[http://x]]" is no page link: MediaWiki shows '[' and then the external link "[http://x]".
                context.AppendText(position, linkStart + 1 - position);
                return OpenExternal(context, linkStart + 1);
            }
            context.AppendText(position, linkStart - position);
            context.Push(context.NewFrame(FrameKind.Link, linkStart, 2));
            context.AppendText(linkStart + 2, count % 2);
            context.Position = position + count;
            return true;
        }
        return OpenExternal(context, position);
    }

    private static bool OpenExternal(ParseContext context, int position)
    {
        var urlEnd = UrlScanner.ScanUrl(context, position + 1);
        if (urlEnd < 0 || !context.CanPush()) return false;
        var frame = context.NewFrame(FrameKind.ExternalLink, position, 1);
        context.Push(frame);
        frame.Pieces.AppendMark(MarkKind.Url, position + 1, urlEnd - position - 1, frame);
        context.Position = urlEnd;
        return true;
    }

    public static bool Close(ParseContext context)
    {
        var position = context.Position;
        var count = context.RunLength(position, ']');
        var consumed = 0;
        var trail = 0;
        var silent = false;
        while (consumed < count)
        {
            var remaining = count - consumed;
            var top = context.Top;
            var closeStart = position + consumed;
            if (top.Kind == FrameKind.ExternalLink)
            {
                context.Pop();
                context.AppendNode(LinkBuilder.BuildExternalLink(context, top, closeStart));
                context.Recycle(top);
                consumed += 1;
                continue;
            }
            if (remaining >= 3 && top.Kind == FrameKind.Link && TextHasBracket(context, top, closeStart))
            {
                // "[[Foo|[bar]]]": MediaWiki gives the first ']' to the link text, which opened a '['.
                context.AppendText(closeStart, 1);
                consumed += 1;
                continue;
            }
            if (remaining >= 2 && top.Kind == FrameKind.Link)
            {
                if (!LinkBuilder.HasValidTarget(context, top))
                {
                    // MediaWiki shows such links as the text they are.
                    context.BreakTop(null);
                    silent = true;
                    continue;
                }
                trail = remaining == 2 ? TrailLength(context, top, closeStart + 2) : 0;
                context.Pop();
                context.AppendNode(LinkBuilder.BuildWikiLink(context, top, closeStart, trail));
                context.Recycle(top);
                consumed += 2;
                continue;
            }
            if (remaining >= 2 && context.IsOpen(FrameKind.Link))
            {
                context.BreakAbove(FrameKind.Link, "]]");
                continue;
            }
            if (context.IsOpen(FrameKind.ExternalLink))
            {
                context.BreakAbove(FrameKind.ExternalLink, "]");
                continue;
            }
            break;
        }
        if (consumed < count)
        {
            if (count - consumed >= 2 && !silent) context.Report(WikitextDiagnostics.StrayLinkClose, position + consumed, count - consumed);
            context.AppendText(position + consumed, count - consumed);
        }
        context.Position = position + count + trail;
        return true;
    }

    /// <summary>True when the link has a '|' and the text after it holds a '['.</summary>
    private static bool TextHasBracket(ParseContext context, Frame link, int closeStart)
    {
        if (!link.HasPipe) return false;
        for (var piece = link.Pieces.Head; piece is not null; piece = piece.Next)
        {
            if (piece.Kind == PieceKind.Mark && ReferenceEquals(piece.Owner, link))
            {
                return context.Text.AsSpan(piece.End, closeStart - piece.End).Contains('[');
            }
        }
        return false;
    }

    private static int TrailLength(ParseContext context, Frame link, int at)
    {
        if (!context.Options.AsciiLinkTrail) return 0;
        var end = at;
        while (end < context.End && char.IsAsciiLetterLower(context.Text[end])) end++;
        if (end == at) return 0;
        var targetEnd = at - 2;
        for (var piece = link.Pieces.Head; piece is not null; piece = piece.Next)
        {
            if (piece.Kind == PieceKind.Mark && ReferenceEquals(piece.Owner, link))
            {
                targetEnd = piece.Start;
                break;
            }
        }
        var target = context.Text.AsSpan(link.Start + 2, targetEnd - link.Start - 2);
        return LinkBuilder.Classify(context.Options, target) == WikiLinkKind.Page ? end - at : 0;
    }
}
