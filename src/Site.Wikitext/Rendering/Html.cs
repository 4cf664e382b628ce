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

    /// <summary>
    /// Escapes '&lt;' and '&gt;', and '&amp;' unless it starts a valid character reference (MediaWiki keeps those,
    /// as its normalizeCharReferences does; the wikitext-only aliases of &amp;rlm; are written as &amp;rlm;).
    /// </summary>
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
                    var alias = EntityAlias(text.AsSpan(i + 1, length - 2));
                    if (alias is not null) builder.Append('&').Append(alias).Append(';');
                    else builder.Append(text, i, length);
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

    /// <summary>
    /// Length of a valid character reference at <paramref name="at"/>, or 0: a name HTML defines (or a MediaWiki
    /// alias), or a decimal or hexadecimal reference to a code point both HTML and XML allow.
    /// </summary>
    public static int EntityLength(string text, int at)
    {
        var match = EntityPattern().Match(text, at);
        if (!match.Success || match.Index != at) return 0;
        if (match.Groups[1].Success)
        {
            var name = match.Groups[1].Value;
            return EntityAlias(name) is not null || HtmlEntities.Lookup(name) is not null ? match.Length : 0;
        }
        return CodePoint(match) is { } code && IsValidCodePoint(code) ? match.Length : 0;
    }

    /// <summary>Code points MediaWiki's Sanitizer::validateCodepoint accepts: valid in both HTML5 and XML.</summary>
    public static bool IsValidCodePoint(int code) =>
        code is 0x09 or 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

    /// <summary>
    /// Decodes character references as MediaWiki's decodeCharReferences does: named ones HTML defines, numeric ones
    /// (a forbidden code point becomes U+FFFD); anything else stays as written.
    /// </summary>
    public static string Decode(string text)
    {
        if (!text.Contains('&')) return text;
        return EntityPattern().Replace(text, match =>
        {
            if (match.Groups[1].Success)
            {
                var name = match.Groups[1].Value;
                return HtmlEntities.Lookup(EntityAlias(name) ?? name) ?? match.Value;
            }
            return CodePoint(match) is { } code && IsValidCodePoint(code) ? char.ConvertFromUtf32(code) : "\uFFFD";
        });
    }

    /// <summary>The name an entity stands for when it is one of MediaWiki's wikitext-only aliases (Hebrew and Arabic "rlm").</summary>
    private static string? EntityAlias(ReadOnlySpan<char> name) => name is "רלמ" or "رلم" ? "rlm" : null;

    private static int? CodePoint(Match match)
    {
        var hex = match.Groups[3].Success;
        var digits = (hex ? match.Groups[3].Value : match.Groups[2].Value).TrimStart('0');
        if (digits.Length == 0) return 0;
        if (digits.Length > 8) return null;
        return long.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var code) && code <= 0x10FFFF ? (int)code : null;
    }

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

    // MediaWiki's CHAR_REFS_REGEX: a name of letters, digits and any non-ASCII character, or a number.
    [GeneratedRegex(@"&(?:([A-Za-z0-9\u0080-\uFFFF]+)|#([0-9]+)|#[xX]([0-9A-Fa-f]+));")]
    private static partial Regex EntityPattern();
}
