namespace Site.Wikitext.Parsing;

/// <summary>Recognises URLs the way MediaWiki does: a known protocol, then characters a URL may hold.</summary>
internal static class UrlScanner
{
    /// <summary>The end of a URL starting at <paramref name="start"/>, or -1 when none starts there.</summary>
    public static int ScanUrl(ParseContext context, int start)
    {
        var protocol = MatchProtocol(context, start);
        if (protocol == 0) return -1;
        var end = ScanUrlChars(context, start + protocol);
        return end > start + protocol ? end : -1;
    }

    /// <summary>
    /// Reads URL characters from <paramref name="from"/>. MediaWiki expands templates before it looks for
    /// URLs, so inside our tree a URL also stops where template, link or conversion markup begins.
    /// </summary>
    public static int ScanUrlChars(ParseContext context, int from)
    {
        var text = context.Text;
        var inTransclusion = context.IsOpen(FrameKind.Braces) || context.IsOpen(FrameKind.Link) || context.IsOpen(FrameKind.Table);
        var inConversion = context.IsOpen(FrameKind.LanguageConversion);
        var end = from;
        while (end < context.End)
        {
            var c = text[end];
            if (!IsUrlChar(c)) break;
            var next = end + 1 < context.End ? text[end + 1] : '\0';
            if (c == '|' && inTransclusion) break;
            if ((c == '{' && next == '{') || (c == '}' && next == '}') || (c == '\'' && next == '\'')) break;
            if (c == '}' && next == '-' && inConversion) break;
            end++;
        }
        return end;
    }

    public static int MatchProtocol(ParseContext context, int start)
    {
        // Indexed, not foreach: the list is an interface and its enumerator would be boxed at every call.
        var protocols = context.Options.UrlProtocols;
        for (var i = 0; i < protocols.Count; i++)
        {
            var protocol = protocols[i];
            if (start + protocol.Length <= context.End &&
                string.Compare(context.Text, start, protocol, 0, protocol.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return protocol.Length;
            }
        }
        return 0;
    }

    /// <summary>MediaWiki's EXT_LINK_URL_CLASS: no brackets, angle brackets, quotes, controls or spaces.</summary>
    public static bool IsUrlChar(char c) =>
        c > ' ' && c != '[' && c != ']' && c != '<' && c != '>' && c != '"' && c != '\u007F' && c != '\uFFFD' &&
        !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.SpaceSeparator;

    /// <summary>A free URL does not keep trailing punctuation, nor a ')' that has no '(' in it.</summary>
    public static int TrimFreeUrl(string text, int start, int end)
    {
        while (end > start)
        {
            var c = text[end - 1];
            if (c is ',' or ';' or '.' or ':' or '!' or '?' or '\\')
            {
                end--;
                continue;
            }
            if (c == ')' && text.IndexOf('(', start, end - start) < 0)
            {
                end--;
                continue;
            }
            break;
        }
        return end;
    }
}
