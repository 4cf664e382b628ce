using Site.Wikitext.Diagnostics;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Comments, extension tags (<c>&lt;ref&gt;</c>, <c>&lt;nowiki&gt;</c>, …) and allowed HTML tags.</summary>
internal static class TagHandler
{
    public static bool Handle(ParseContext context)
    {
        var start = context.Position;
        if (context.CharAt(start + 1) == '!' && context.CharAt(start + 2) == '-' && context.CharAt(start + 3) == '-')
        {
            return Comment(context, start);
        }
        var isEnd = context.CharAt(start + 1) == '/';
        var nameStart = start + (isEnd ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < context.End && (char.IsAsciiLetterOrDigit(context.Text[nameEnd]) || context.Text[nameEnd] == '-')) nameEnd++;
        if (nameEnd == nameStart || !char.IsAsciiLetter(context.Text[nameStart])) return false;
        var tag = FindTagName(context, context.Text.AsSpan(nameStart, nameEnd - nameStart));
        if (tag is null) return false;
        var after = context.CharAt(nameEnd);
        if (!(after is '>' or '/' || char.IsWhiteSpace(after))) return false;
        var close = FindTagEnd(context, nameEnd);
        if (close < 0) return false;
        var selfClosing = context.Text[close - 1] == '/';
        var attributesText = context.Text[nameEnd..(selfClosing ? close - 1 : close)];
        var name = tag.Name;

        if (tag.IsExtension && !isEnd) return ExtensionTag(context, start, tag, attributesText, close, selfClosing);
        if (!tag.IsHtml || (tag.IsExtension && isEnd)) return false;
        context.AppendNode(new HtmlTagNode(context.Source, start, close + 1 - start, name, isEnd, selfClosing, isEnd ? "" : attributesText));
        context.Position = close + 1;
        return true;
    }

    /// <summary>The tag the options know by this name (any case), or null: other names are text.</summary>
    private static TagName? FindTagName(ParseContext context, ReadOnlySpan<char> name)
    {
        var known = context.Shared.Names;
        if (known.TagsUsable) return known.Tags.TryGetValue(name, out var tag) ? tag : null;
        var options = context.Options;
        var lower = name.ToString().ToLowerInvariant();
        var parsed = options.ParsedExtensionTags.Contains(lower);
        var raw = options.RawExtensionTags.Contains(lower);
        var html = options.HtmlTags.Contains(lower);
        return parsed || raw || html ? new TagName(lower, parsed, raw, html) : null;
    }

    private static bool Comment(ParseContext context, int start)
    {
        var end = context.Shared.Search.IndexOf("-->", start + 4);
        var closed = end >= 0 && end + 3 <= context.End;
        var stop = closed ? end + 3 : context.End;
        if (!closed) context.Report(WikitextDiagnostics.UnclosedComment, start, 4);
        context.AppendNode(new CommentNode(context.Source, start, stop - start, closed));
        context.Position = stop;
        return true;
    }

    /// <summary>
    /// The offset of the '&gt;' ending a tag, or -1 if a '&lt;' outside a quoted value comes first. A tag may span
    /// lines, as <c>&lt;pre class="one\ntwo"&gt;</c> does.
    /// </summary>
    private static int FindTagEnd(ParseContext context, int from)
    {
        for (var i = from; i < context.End; i++)
        {
            var c = context.Text[i];
            switch (c)
            {
                case '>':
                    return i;
                case '<':
                    return -1;
                case '"' or '\'' when i > from && context.Text[i - 1] == '=':
                    // A quoted value may hold anything, line breaks included. The cached search keeps
                    // repeated unclosed quotes linear.
                    var close = context.Shared.Search.IndexOf(c == '"' ? "\"" : "'", i + 1);
                    if (close < 0 || close >= context.End) return -1;
                    i = close;
                    break;
            }
        }
        return -1;
    }

    private static bool ExtensionTag(ParseContext context, int start, TagName tag, string attributesText, int openEnd, bool selfClosing)
    {
        var name = tag.Name;
        var open = Materializer.Token(context, start, openEnd + 1 - start);
        if (selfClosing)
        {
            context.AppendNode(new ExtensionTagNode(context.Span(open.Start, open.Length), [open], name, attributesText, true, null, null));
            context.Position = openEnd + 1;
            return true;
        }
        var bodyStart = openEnd + 1;
        var (closeStart, closeEnd) = FindCloseTag(context, tag.CloseNeedle, bodyStart);
        if (closeStart < 0)
        {
            context.Report(WikitextDiagnostics.UnclosedExtensionTag, start, openEnd + 1 - start, name);
            return false;
        }
        Fragment? body = null;
        WikiNode? bodyNode = null;
        var bodyLength = closeStart - bodyStart;
        if (tag.IsParsedExtension)
        {
            body = Scanner.Run(
                context.Shared, bodyStart, closeStart, context.Depth + context.StackCount, textAsGaps: false,
                static (run, nodes) => Materializer.Fragment(run, nodes.AsSpan(), run.RunStart));
            bodyNode = body;
        }
        else if (bodyLength > 0)
        {
            bodyNode = Materializer.Text(context, bodyStart, bodyLength);
        }
        var close = Materializer.Token(context, closeStart, closeEnd - closeStart);
        WikiNode[] children = bodyNode is null ? [open, close] : [open, bodyNode, close];
        context.AppendNode(new ExtensionTagNode(
            context.Span(start, closeEnd - start), children, name, attributesText, body, context.Source, bodyStart, bodyLength));
        context.Position = closeEnd;
        return true;
    }

    /// <summary>Finds <c>&lt;/name&gt;</c> (any case, spaces before '&gt;' allowed) at or after <paramref name="from"/>.</summary>
    private static (int Start, int End) FindCloseTag(ParseContext context, string needle, int from)
    {
        var at = from;
        while (true)
        {
            var found = context.Shared.Search.IndexOf(needle, at, StringComparison.OrdinalIgnoreCase);
            if (found < 0 || found + needle.Length > context.End) return (-1, -1);
            var i = found + needle.Length;
            while (i < context.End && char.IsWhiteSpace(context.Text[i])) i++;
            if (i < context.End && context.Text[i] == '>') return (found, i + 1);
            at = found + 1;
        }
    }
}
