using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Builds wikilinks and external links from closed frames.</summary>
internal static class LinkBuilder
{
    /// <summary>A target MediaWiki would refuse: empty, multi-line or with characters titles cannot hold.</summary>
    public static bool HasValidTarget(ParseContext context, Frame frame)
    {
        // Reads the pieces before the first own '|' directly: the frame is split into nodes only once, when built.
        var sawText = false;
        var inFragment = false;
        for (var piece = frame.Pieces.Head; piece is not null; piece = piece.Next)
        {
            if (piece.Kind == PieceKind.Mark && ReferenceEquals(piece.Owner, frame)) break;
            if (piece.Kind != PieceKind.Node)
            {
                var text = context.Text.AsSpan(piece.Start, piece.Length);
                // After '#' comes a fragment, which may hold '<' and '>' ("[[Foo#<bar>]]").
                var hash = inFragment ? 0 : text.IndexOf('#');
                var title = hash < 0 ? text : text[..hash];
                var fragment = hash < 0 ? [] : text[hash..];
                if (title.IndexOfAny("\n<>[]{}") >= 0 || fragment.IndexOfAny("\n[]{}") >= 0) return false;
                if (hash >= 0) inFragment = true;
                if (!text.IsWhiteSpace()) sawText = true;
                continue;
            }
            switch (piece.Node)
            {
                case TextNode node:
                    if (node.AsSpan().IndexOfAny("\n<>[]{}") >= 0) return false;
                    if (!node.AsSpan().IsWhiteSpace()) sawText = true;
                    break;
                case CommentNode:
                    break;
                case TransclusionNode or ArgumentNode or EntityNode or LanguageConversionNode or ApostrophesNode:
                    sawText = true;
                    break;
                default:
                    return false;
            }
        }
        return sawText;
    }

    public static WikiLinkNode BuildWikiLink(ParseContext context, Frame frame, int closeStart, int trailLength)
    {
        var split = Materializer.Split(context, frame.Pieces, frame);
        if (trailLength == 0 && PlainLink(context, split, frame.Start, closeStart) is { } plain) return plain;
        var open = Materializer.Token(context, frame.Start, 2);
        var target = Materializer.Fragment(context, split.Segment(0), open.End);
        var marks = split.Marks.Count;
        var children = new WikiNode[3 + 2 * marks + (trailLength > 0 ? 1 : 0)];
        var parts = marks == 0 ? [] : new Fragment[marks];
        children[0] = open;
        children[1] = target;
        for (var i = 0; i < marks; i++)
        {
            var pipe = Materializer.Token(context, split.Marks[i]);
            var part = Materializer.Fragment(context, split.Segment(i + 1), pipe.End);
            children[2 + 2 * i] = pipe;
            children[3 + 2 * i] = part;
            parts[i] = part;
        }
        children[2 + 2 * marks] = Materializer.Token(context, closeStart, 2);
        TextNode? trail = null;
        if (trailLength > 0)
        {
            trail = Materializer.Text(context, closeStart + 2, trailLength);
            children[^1] = trail;
        }
        var span = context.Span(frame.Start, closeStart + 2 + trailLength - frame.Start);
        return new WikiLinkNode(span, children, target, parts, trail, Classify(context.Options, context.Text.AsSpan(target.Start, target.Length)));
    }

    /// <summary>
    /// A link of a plain target and at most one plain text (most are): it keeps its offset and length, and its parts are
    /// made when first read. Null for any other.
    /// </summary>
    private static WikiLinkNode? PlainLink(ParseContext context, SplitPieces split, int start, int closeStart)
    {
        var marks = split.Marks.Count;
        if (marks > 1) return null;
        var targetEnd = marks == 0 ? closeStart : split.Marks[0].Start;
        if (!IsPlainRun(split.Segment(0), start + 2, targetEnd, out var targetText)) return null;
        TextNode? partText = null;
        if (marks == 1 && !IsPlainRun(split.Segment(1), split.Marks[0].End, closeStart, out partText)) return null;
        targetText?.Drop();
        partText?.Drop();
        var kind = Classify(context.Options, context.Text.AsSpan(start + 2, targetEnd - start - 2));
        return new WikiLinkNode(context.Source, start, closeStart + 2 - start, marks == 0 ? 0 : targetEnd - start, kind);
    }

    /// <summary>True when <paramref name="nodes"/> are nothing or one text node, exactly from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool IsPlainRun(ReadOnlySpan<WikiNode> nodes, int start, int end, out TextNode? text)
    {
        text = null;
        if (nodes.Length == 0) return start == end;
        text = nodes.Length == 1 ? nodes[0] as TextNode : null;
        return text is not null && text.Start == start && text.End == end;
    }

    public static WikiLinkKind Classify(ParserOptions options, ReadOnlySpan<char> target)
    {
        var text = target.Trim();
        if (text.StartsWith(':')) return WikiLinkKind.Page;
        var colon = text.IndexOf(':');
        if (colon <= 0) return WikiLinkKind.Page;
        var known = KnownNames.For(options);
        if (known.PrefixesUsable)
        {
            var span = text[..colon].Trim();
            var buffer = (span.Length <= 128 ? stackalloc char[128] : new char[span.Length])[..span.Length];
            span.CopyTo(buffer);
            buffer.Replace('_', ' ');
            return known.Prefixes.TryGetValue(buffer, out var kind) ? kind : WikiLinkKind.Page;
        }
        var prefix = text[..colon].Trim().ToString().Replace('_', ' ');
        if (options.FileNamespaces.Contains(prefix)) return WikiLinkKind.File;
        if (options.MediaNamespaces.Contains(prefix)) return WikiLinkKind.Media;
        if (options.CategoryNamespaces.Contains(prefix)) return WikiLinkKind.Category;
        if (options.InterlanguagePrefixes.Contains(prefix)) return WikiLinkKind.Interlanguage;
        return WikiLinkKind.Page;
    }

    public static ExternalLinkNode BuildExternalLink(ParseContext context, Frame frame, int closeStart)
    {
        var split = Materializer.Split(context, frame.Pieces, frame);
        var open = Materializer.Token(context, frame.Start, 1);
        var urlMark = split.Marks[0];
        var url = new UrlNode(context.Source, urlMark.Start, urlMark.Length);
        // Anything before the URL mark is empty by construction; the text follows it.
        var textNodes = split.Segment(split.SegmentCount - 1);
        Fragment? text = null;
        if (textNodes.Length > 0) text = Materializer.Fragment(context, textNodes, url.End);
        var close = Materializer.Token(context, closeStart, 1);
        WikiNode[] children = text is null ? [open, url, close] : [open, url, text, close];
        return new ExternalLinkNode(context.Span(frame.Start, closeStart + 1 - frame.Start), children, url.Url, text);
    }
}
