using System.Net;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Small inline constructs: apostrophes, entities, behaviour switches and free URLs.</summary>
internal static class InlineHandler
{
    // The names are ASCII letters, so ignoring case is the same as upper-casing them first.
    private static readonly HashSet<string> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        "NOTOC", "FORCETOC", "TOC", "NOEDITSECTION", "NEWSECTIONLINK", "NONEWSECTIONLINK", "NOGALLERY",
        "HIDDENCAT", "EXPECTUNUSEDCATEGORY", "NOCONTENTCONVERT", "NOCC", "NOTITLECONVERT", "NOTC", "INDEX",
        "NOINDEX", "STATICREDIRECT", "NOGLOBAL", "DISAMBIG", "EXPECTUNUSEDTEMPLATE", "ARCHIVEDTALK", "NOTALK",
        "START", "END",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SwitchLookup = Switches.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Apostrophes(ParseContext context)
    {
        var start = context.Position;
        var end = start;
        while (end < context.End && context.Text[end] == '\'') end++;
        if (end - start < 2) return false;
        context.AppendNode(new ApostrophesNode(context.Source, start, end - start));
        context.Position = end;
        return true;
    }

    public static bool Entity(ParseContext context)
    {
        var start = context.Position;
        var text = context.Text;
        var i = start + 1;
        if (i >= context.End) return false;
        if (text[i] == '#')
        {
            i++;
            var hex = i < context.End && text[i] is 'x' or 'X';
            if (hex) i++;
            var digitsStart = i;
            while (i < context.End && i - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i]))) i++;
            if (i == digitsStart) return false;
        }
        else
        {
            var nameStart = i;
            while (i < context.End && i - nameStart < 32 && char.IsAsciiLetterOrDigit(text[i])) i++;
            if (i == nameStart || !char.IsAsciiLetter(text[nameStart])) return false;
        }
        if (i >= context.End || text[i] != ';') return false;
        var raw = text[start..(i + 1)];
        var value = WebUtility.HtmlDecode(raw);
        if (value == raw) return false;
        context.AppendNode(new EntityNode(context.Source, start, raw.Length, value));
        context.Position = i + 1;
        return true;
    }

    public static bool BehaviorSwitch(ParseContext context)
    {
        var start = context.Position;
        var text = context.Text;
        if (context.CharAt(start + 1) != '_') return false;
        var i = start + 2;
        while (i < context.End && char.IsAsciiLetter(text[i])) i++;
        if (i + 1 >= context.End || text[i] != '_' || text[i + 1] != '_') return false;
        if (!SwitchLookup.Contains(text.AsSpan(start + 2, i - start - 2))) return false;
        context.AppendNode(new BehaviorSwitchNode(context.Source, start, i + 2 - start));
        context.Position = i + 2;
        return true;
    }

    /// <summary>At ':', looks back for a protocol name ("https", "news") that the text before already holds.</summary>
    public static bool BareUrl(ParseContext context)
    {
        var colon = context.Position;
        var text = context.Text;
        if (context.Top.Kind == FrameKind.ExternalLink) return false;
        if (context.Top.Kind == FrameKind.Link && !context.Top.HasPipe) return false;
        var start = colon;
        while (start > 0 && colon - start < 8 && char.IsAsciiLetter(text[start - 1])) start--;
        if (start == colon) return false;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_')) return false;
        // "http://…" or a protocol without slashes such as "news:" or "mailto:".
        var protocolEnd = start + UrlScanner.MatchProtocol(context, start);
        if (protocolEnd != colon + 3 && protocolEnd != colon + 1) return false;
        if (protocolEnd == colon + 3 && (context.CharAt(colon + 1) != '/' || context.CharAt(colon + 2) != '/')) return false;
        var end = UrlScanner.ScanUrlChars(context, protocolEnd);
        end = UrlScanner.TrimFreeUrl(text, start, end);
        if (end <= protocolEnd) return false;
        if (!context.Top.Pieces.TryTrimTrailingText(colon, colon - start)) return false;
        context.AppendNode(new UrlNode(context.Source, start, end - start));
        context.Position = end;
        return true;
    }
}
