using System.Net;

namespace Site.Wikitext.Syntax;

/// <summary>One attribute of a tag, with its value decoded. Names are lower-cased.</summary>
public sealed record HtmlAttribute(string Name, string Value);

/// <summary>Reads attribute text the forgiving way MediaWiki's Sanitizer does.</summary>
public static class HtmlAttributeParser
{
    public static IReadOnlyList<HtmlAttribute> Parse(string text)
    {
        var result = new List<HtmlAttribute>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsNameStart(text[i])) i++;
            var nameStart = i;
            while (i < text.Length && IsNameChar(text[i])) i++;
            if (i == nameStart) break;
            var name = text[nameStart..i].ToLowerInvariant();
            var j = SkipSpaces(text, i);
            var value = "";
            if (j < text.Length && text[j] == '=')
            {
                j = SkipSpaces(text, j + 1);
                (value, i) = ReadValue(text, j);
            }
            if (seen.Add(name)) result.Add(new HtmlAttribute(name, WebUtility.HtmlDecode(value)));
            else result[result.FindIndex(a => a.Name == name)] = new HtmlAttribute(name, WebUtility.HtmlDecode(value));
        }
        return result;
    }

    private static (string Value, int Next) ReadValue(string text, int i)
    {
        if (i >= text.Length) return ("", i);
        var quote = text[i];
        var close = quote switch
        {
            '"' or '\'' => quote,
            '“' => '”',
            '‘' => '’',
            '「' => '」',
            _ => '\0',
        };
        if (close != '\0')
        {
            var end = text.IndexOf(close, i + 1);
            if (end < 0) return (text[(i + 1)..].Trim(), text.Length);
            return (text[(i + 1)..end], end + 1);
        }
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return (text[start..i], i);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || c == ':';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
