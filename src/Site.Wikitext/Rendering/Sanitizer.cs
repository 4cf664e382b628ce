using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>
/// MediaWiki's Sanitizer rules: which HTML elements wikitext may use, which attributes each may carry,
/// and how attribute values are cleaned (ids, CSS).
/// </summary>
public static partial class Sanitizer
{
    private static readonly HashSet<string> PairedTags = new(StringComparer.Ordinal)
    {
        "b", "bdi", "del", "i", "ins", "u", "font", "big", "small", "sub", "sup", "h1", "h2", "h3", "h4", "h5", "h6",
        "cite", "code", "em", "s", "strike", "strong", "tt", "var", "div", "center", "blockquote", "ol", "ul", "dl",
        "table", "caption", "pre", "ruby", "rb", "rp", "rt", "rtc", "p", "span", "abbr", "dfn", "kbd", "samp", "data",
        "time", "mark", "q", "bdo", "td", "th", "tr", "li", "dt", "dd",
    };

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal) { "br", "wbr", "hr", "meta", "link" };

    private static readonly string[] Common =
    [
        "id", "class", "style", "lang", "dir", "title", "tabindex", "aria-describedby", "aria-flowto", "aria-hidden",
        "aria-label", "aria-labelledby", "aria-level", "aria-owns", "role", "about", "property", "resource", "datatype",
        "typeof", "itemid", "itemprop", "itemref", "itemscope", "itemtype",
    ];

    private static readonly string[] TableAlign = ["align", "valign"];

    private static readonly string[] TableCell = ["abbr", "axis", "headers", "scope", "rowspan", "colspan", "nowrap", "width", "height", "bgcolor"];

    private static readonly Dictionary<string, HashSet<string>> AllowedAttributes = BuildAllowedAttributes();

    /// <summary>True for elements that wikitext may write as HTML.</summary>
    public static bool IsAllowedElement(string name) => PairedTags.Contains(name) || VoidTags.Contains(name);

    public static bool IsVoidElement(string name) => VoidTags.Contains(name);

    /// <summary>MediaWiki's fixTagAttributes: the attributes of <paramref name="element"/> that survive, as <c> name="value"</c> text.</summary>
    public static string FixTagAttributes(string attributesText, string element, FragmentMode mode = FragmentMode.Html5)
    {
        if (string.IsNullOrWhiteSpace(attributesText)) return "";
        var builder = new StringBuilder();
        foreach (var (name, value) in ValidateAttributes(ParseAttributes(attributesText), element, mode))
        {
            // Line breaks and tabs stay character references (safeEncodeAttribute), so later passes never see them.
            var encoded = Html.EscapeAttribute(value).Replace("\n", "&#10;", StringComparison.Ordinal)
                .Replace("\r", "&#13;", StringComparison.Ordinal).Replace("\t", "&#9;", StringComparison.Ordinal);
            builder.Append(' ').Append(name).Append("=\"").Append(encoded).Append('"');
        }
        return builder.ToString();
    }

    /// <summary>Reads attributes as MediaWiki's Sanitizer::decodeTagAttributes does; later duplicates win.</summary>
    public static List<KeyValuePair<string, string>> ParseAttributes(string text)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (Match match in AttributePattern().Matches(text))
        {
            var name = match.Groups[1].Value.ToLowerInvariant();
            string value;
            if (match.Groups[3].Success) value = match.Groups[3].Value;
            else if (match.Groups[4].Success) value = match.Groups[4].Value;
            else if (match.Groups[5].Success) value = match.Groups[5].Value;
            else value = "";
            // Whitespace is normalised before character references are decoded, as MediaWiki does:
            // "&#10;" survives as a line break (which CSS then reads as a line continuation).
            // The value is trimmed before decoding, so dir="&#10;" keeps its line break.
            value = Html.Decode(WhitespacePattern().Replace(value, " ").Trim(' '));
            var existing = result.FindIndex(p => p.Key == name);
            if (existing >= 0) result.RemoveAt(existing);
            result.Add(new KeyValuePair<string, string>(name, value));
        }
        return result;
    }

    public static IEnumerable<KeyValuePair<string, string>> ValidateAttributes(
        IEnumerable<KeyValuePair<string, string>> attributes, string element, FragmentMode mode = FragmentMode.Html5)
    {
        AllowedAttributes.TryGetValue(element, out var allowed);
        foreach (var (name, rawValue) in attributes)
        {
            var value = rawValue;
            // XML namespace declarations are allowed for RDFa, unless they point at script.
            if (XmlnsAttributePattern().IsMatch(name))
            {
                if (!EvilUriPattern().IsMatch(value)) yield return new KeyValuePair<string, string>(name, value);
                continue;
            }
            var isData = name.StartsWith("data-", StringComparison.Ordinal) && DataAttributePattern().IsMatch(name)
                && !name.StartsWith("data-ooui", StringComparison.Ordinal) && !name.StartsWith("data-mw", StringComparison.Ordinal)
                && !name.StartsWith("data-parsoid", StringComparison.Ordinal);
            if (!isData && (allowed is null || !allowed.Contains(name))) continue;
            if (name == "style") value = CheckCss(value);
            if (name == "id")
            {
                // An empty id is dropped, as MediaWiki's validateAttributes does.
                if (value.Length == 0) continue;
                value = Anchors.ForAttribute(value, mode);
            }
            if (name is "itemtype" or "itemid" or "itemref" && value.Length == 0) continue;
            if (name is "href" or "src" or "cite" && !UrlPattern().IsMatch(value)) continue;
            // Only tabindex="0" is allowed: it makes an element focusable without changing the tab order.
            if (name == "tabindex" && value != "0") continue;
            yield return new KeyValuePair<string, string>(name, value);
        }
    }

    /// <summary>Rejects CSS that could run script or load resources, as MediaWiki's checkCss does.</summary>
    public static string CheckCss(string value)
    {
        var decoded = CssEscape().Replace(Html.Decode(value), DecodeCssEscape);
        decoded = CssCommentPattern().Replace(decoded, " ");
        var commentStart = decoded.IndexOf("/*", StringComparison.Ordinal);
        if (commentStart >= 0) decoded = decoded[..commentStart];
        if (CssControlChar().IsMatch(decoded) || decoded.Contains('\uFFFD')) return "/* invalid control char */";
        if (InsecureCssPattern().IsMatch(decoded)) return "/* insecure input */";
        return decoded.Trim();
    }

    /// <summary>CSS escapes as MediaWiki's normalizeCss reads them: line continuations vanish, hex and other escapes decode.</summary>
    private static string DecodeCssEscape(Match match)
    {
        if (match.Groups[1].Success) return "";
        string decoded;
        if (match.Groups[2].Success)
        {
            var code = int.Parse(match.Groups[2].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            decoded = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
        }
        else
        {
            decoded = match.Groups[3].Success ? match.Groups[3].Value : "\\";
        }
        // Characters that would end a string are kept escaped.
        return decoded is "\n" or "\"" or "'" or "\\" ? "\\" + ((int)decoded[0]).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + " " : decoded;
    }

    [GeneratedRegex(@"\\(?:(\n|\r\n|\r|\f)|([0-9A-Fa-f]{1,6})[ \t\r\n\f]?|(.))|\\$", RegexOptions.Singleline)]
    private static partial Regex CssEscape();

    [GeneratedRegex(@"[\x00-\x08\x0b\x0e-\x1f\x7f]")]
    private static partial Regex CssControlChar();

    /// <summary>An id as MediaWiki writes it in HTML5 mode: spaces become underscores.</summary>
    public static string EscapeId(string id) => IdSpacePattern().Replace(id.Trim(), "_");

    [GeneratedRegex(@"[\t\r\n \u00a0]+")]
    private static partial Regex IdSpacePattern();

    private static Dictionary<string, HashSet<string>> BuildAllowedAttributes()
    {
        var block = Common.Append("align").ToArray();
        var map = new Dictionary<string, string[]>
        {
            ["div"] = block, ["center"] = Common, ["span"] = Common,
            ["h1"] = block, ["h2"] = block, ["h3"] = block, ["h4"] = block, ["h5"] = block, ["h6"] = block,
            ["bdo"] = Common, ["bdi"] = Common, ["em"] = Common, ["strong"] = Common, ["cite"] = Common, ["dfn"] = Common,
            ["code"] = Common, ["samp"] = Common, ["kbd"] = Common, ["var"] = Common, ["abbr"] = Common,
            ["blockquote"] = [.. Common, "cite"], ["q"] = [.. Common, "cite"],
            ["sub"] = Common, ["sup"] = Common, ["p"] = block,
            ["br"] = ["id", "class", "title", "style", "clear"],
            ["pre"] = [.. Common, "width"],
            ["ins"] = [.. Common, "cite", "datetime"], ["del"] = [.. Common, "cite", "datetime"],
            ["ul"] = [.. Common, "type"], ["ol"] = [.. Common, "type", "start", "reversed"], ["li"] = [.. Common, "type", "value"],
            ["dl"] = Common, ["dd"] = Common, ["dt"] = Common,
            ["table"] = [.. Common, "summary", "width", "border", "frame", "rules", "cellspacing", "cellpadding", "align", "bgcolor"],
            ["caption"] = block,
            ["thead"] = [.. Common, .. TableAlign], ["tfoot"] = [.. Common, .. TableAlign], ["tbody"] = [.. Common, .. TableAlign],
            ["tr"] = [.. Common, "bgcolor", .. TableAlign],
            ["td"] = [.. Common, .. TableCell, .. TableAlign], ["th"] = [.. Common, .. TableCell, .. TableAlign],
            ["a"] = [.. Common, "href", "rel", "rev"],
            ["tt"] = Common, ["b"] = Common, ["i"] = Common, ["big"] = Common, ["small"] = Common, ["strike"] = Common,
            ["s"] = Common, ["u"] = Common,
            ["font"] = [.. Common, "size", "color", "face"],
            ["hr"] = [.. Common, "width"],
            ["ruby"] = Common, ["rb"] = Common, ["rp"] = Common, ["rt"] = Common, ["rtc"] = Common,
            ["math"] = ["class", "style", "id", "title"],
            ["figure"] = Common, ["figcaption"] = Common,
            ["data"] = [.. Common, "value"], ["time"] = [.. Common, "datetime"], ["mark"] = Common,
            ["meta"] = ["itemprop", "content"], ["link"] = ["itemprop", "href", "title"],
            ["wbr"] = ["id", "class", "title", "style"],
        };
        return map.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal));
    }

    // Group numbers: 1 name, 3 double-quoted, 4 single-quoted, 5 bare (group 2 wraps the value).
    [GeneratedRegex(@"(?:^|[\t\n\f\r ]|(?<=[""']))([:_\p{L}\p{N}][:_\p{L}\p{N}.-]*)([\t\n\f\r ]*=[\t\n\f\r ]*(?:""([^""]*)(?:""|$)|'([^']*)(?:'|$)|((?:(?![\t\n\f\r >]).)*)))?", RegexOptions.Singleline)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"[\t\r\n ]+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^xmlns:[:A-Z_a-z.0-9-]+$")]
    private static partial Regex XmlnsAttributePattern();

    [GeneratedRegex(@"(^|\s|\*/\s*)(javascript|vbscript)([^\w]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex EvilUriPattern();

    [GeneratedRegex(@"^data-[^:]*$")]
    private static partial Regex DataAttributePattern();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssCommentPattern();

    [GeneratedRegex(@"expression|filter\s*:|accelerator\s*:|-o-link\s*:|-o-link-source\s*:|-o-replace\s*:|url\s*\(|image\s*\(|image-set\s*\(|attr\s*\([^)]+[\s,]+url", RegexOptions.IgnoreCase)]
    private static partial Regex InsecureCssPattern();

    [GeneratedRegex(@"^(?:https?:|ftp:|mailto:|//|/|#)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
