using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>A link target after MediaWiki's title normalisation: namespace, text and fragment.</summary>
public sealed partial record PageTitle(string Namespace, string Text, string Fragment, string? Interwiki)
{
    private static readonly Dictionary<string, string> Namespaces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["media"] = "Media", ["special"] = "Special", ["talk"] = "Talk", ["user"] = "User", ["user talk"] = "User talk",
        ["project talk"] = "Project talk", ["file"] = "File", ["image"] = "File", ["file talk"] = "File talk",
        ["image talk"] = "File talk", ["mediawiki"] = "MediaWiki", ["mediawiki talk"] = "MediaWiki talk",
        ["template"] = "Template", ["template talk"] = "Template talk", ["help"] = "Help", ["help talk"] = "Help talk",
        ["category"] = "Category", ["category talk"] = "Category talk",
    };

    /// <summary>True when the title came through a local interwiki prefix (<c>[[local:Foo]]</c>), which cannot be a language link.</summary>
    public bool Local { get; init; }

    /// <summary>The full title with namespace, spaces not underscores.</summary>
    public string FullText => Namespace.Length > 0 ? Namespace + ":" + Text : Text;

    /// <summary>The title as the <c>title</c> attribute shows it (interwiki prefix included).</summary>
    public string DisplayTitle => Interwiki is null ? FullText : Interwiki + ":" + FullText;

    /// <summary>Parses a link target; null when MediaWiki would not accept it as a title.</summary>
    public static PageTitle? Parse(string target, HtmlRenderOptions options)
    {
        var text = Html.Decode(DecodePercent(target));
        var fragment = "";
        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            // The fragment may hold characters a title cannot, and keeps its underscores.
            fragment = SpacePattern().Replace(text[(hash + 1)..], " ");
            text = text[..hash];
        }
        if (text.AsSpan().IndexOfAny("<>[]{}|\u007f") >= 0 || text.Contains('\uFFFD') || fragment.Contains('\uFFFD')) return null;
        text = SpacePattern().Replace(text.Replace('_', ' '), " ").Trim();
        if (text.StartsWith(':'))
        {
            text = text[1..].TrimStart();
            // Only one colon escapes: "[[::es:Spanish]]" is not a link.
            if (text.StartsWith(':')) return null;
        }
        string? interwiki = null;
        var ns = "";
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            var prefix = text[..colon].Trim();
            var rest = text[(colon + 1)..].TrimStart();
            if (Namespaces.TryGetValue(prefix, out var canonical))
            {
                ns = canonical;
                text = rest;
            }
            else if (prefix.Equals("project", StringComparison.OrdinalIgnoreCase) || prefix.Equals(options.ProjectNamespace, StringComparison.OrdinalIgnoreCase))
            {
                ns = options.ProjectNamespace;
                text = rest;
            }
            else if (options.LocalInterwiki.Contains(prefix.ToLowerInvariant()))
            {
                var inner = Parse(rest.Length == 0 ? "Main Page" : rest, options);
                return inner is null ? null : inner with { Local = true };
            }
            else if (options.Interwiki.ContainsKey(prefix.ToLowerInvariant()))
            {
                interwiki = prefix.ToLowerInvariant();
                // "[[meatball::Category:Hello]]": a colon after the prefix only says the rest is not a namespace here.
                text = rest.StartsWith(':') ? rest[1..].TrimStart() : rest;
            }
        }
        if (interwiki is null)
        {
            if (text.Length == 0 && ns.Length > 0) return null;
            if (text.Length == 0 && fragment.Length == 0) return null;
            if (text.StartsWith(':') && ns.Length > 0) return null;
            if (PercentPattern().IsMatch(text)) return null;
            if (text is "." or ".." || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("../", StringComparison.Ordinal) ||
                text.Contains("/./", StringComparison.Ordinal) || text.Contains("/../", StringComparison.Ordinal) ||
                text.EndsWith("/.", StringComparison.Ordinal) || text.EndsWith("/..", StringComparison.Ordinal)) return null;
            if (text.Contains("~~~", StringComparison.Ordinal)) return null;
            if (options.CapitalLinks && text.Length > 0)
            {
                text = UpperFirst(text);
            }
        }
        return new PageTitle(ns, text, fragment, interwiki);
    }

    private static string UpperFirst(string text)
    {
        if (char.IsHighSurrogate(text[0]) && text.Length > 1) return text[..2].ToUpperInvariant() + text[2..];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// Link targets holding '%' are URL-decoded first, as MediaWiki's replaceInternalLinks does
    /// (<c>[[7%25 Solution]]</c> links to "7% Solution").
    /// </summary>
    public static string DecodePercent(string target)
    {
        if (!PercentPattern().IsMatch(target)) return target;
        try
        {
            return Uri.UnescapeDataString(target);
        }
        catch (UriFormatException)
        {
            return target;
        }
    }

    /// <summary>MediaWiki's wfUrlencode: percent-encodes all but a few characters MediaWiki keeps readable.</summary>
    public static string UrlEncode(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or ';' or '@' or '$' or '!' or '*' or '(' or ')' or ',' or '/' or ':')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    /// <summary>A fragment as MediaWiki writes it in links (HTML5 ids: spaces become underscores, the rest is kept).</summary>
    public static string EncodeFragment(string fragment) =>
        SpacePattern().Replace(fragment.Trim(), "_").Replace("%", "%25", StringComparison.Ordinal).Replace("\"", "%22", StringComparison.Ordinal);

    [GeneratedRegex(@"[ \t\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex("%[0-9A-Fa-f]{2}")]
    private static partial Regex PercentPattern();
}
