using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>The one place that escapes text and attribute values for HTML output.</summary>
public static partial class Html
{
    /// <summary>Escapes '&amp;', '&lt;', '&gt;' and '"'.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Escapes an attribute value, including the apostrophe (which the quote pass would otherwise see).</summary>
    public static string EscapeAttribute(string value) => Escape(value).Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>Escapes '&lt;' and '&gt;', and '&amp;' unless it starts a valid character reference (MediaWiki keeps those).</summary>
    public static string EscapeAllowEntities(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<') builder.Append("&lt;");
            else if (c == '>') builder.Append("&gt;");
            else if (c == '&')
            {
                var length = EntityLength(text, i);
                if (length > 0)
                {
                    builder.Append(text, i, length);
                    i += length - 1;
                }
                else
                {
                    builder.Append("&amp;");
                }
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Length of a valid character reference at <paramref name="at"/>, or 0.</summary>
    public static int EntityLength(string text, int at)
    {
        var match = EntityPattern().Match(text, at);
        if (!match.Success || match.Index != at) return 0;
        var raw = match.Value;
        if (raw[1] == '#')
        {
            var isHex = raw[2] is 'x' or 'X';
            var digits = raw[(isHex ? 3 : 2)..^1];
            if (!int.TryParse(digits, isHex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code)) return 0;
            return IsValidCodePoint(code) ? raw.Length : 0;
        }
        return WebUtility.HtmlDecode(raw) != raw ? raw.Length : 0;
    }

    public static bool IsValidCodePoint(int code) =>
        code == 0x09 || code == 0x0a || code == 0x0d || (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

    /// <summary>Decodes character references, leaving invalid ones as they are.</summary>
    public static string Decode(string text) => text.Contains('&') ? WebUtility.HtmlDecode(text) : text;

    /// <summary>The text of an HTML fragment: tags removed, character references decoded.</summary>
    public static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                if (c == '>') inTag = false;
            }
            else if (c == '<') inTag = true;
            else builder.Append(c);
        }
        return Decode(builder.ToString());
    }

    [GeneratedRegex(@"&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[a-zA-Z][a-zA-Z0-9]{0,31});")]
    private static partial Regex EntityPattern();
}
