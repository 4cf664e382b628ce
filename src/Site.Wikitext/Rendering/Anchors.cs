using System.Text;

namespace Site.Wikitext.Rendering;

/// <summary>How ids and link fragments are written (MediaWiki's <c>$wgFragmentMode</c>).</summary>
public enum FragmentMode
{
    /// <summary>HTML5: spaces become underscores, every other character is kept.</summary>
    Html5,

    /// <summary>Legacy: spaces become underscores, then URL-encoding with '%' written as '.' (<c>.C3.A9</c>).</summary>
    Legacy,
}

/// <summary>The one place where ids and the fragments that point at them are escaped (MediaWiki's Sanitizer::escapeId*).</summary>
public static class Anchors
{
    /// <summary>An id attribute value in <paramref name="mode"/>.</summary>
    public static string ForAttribute(string id, FragmentMode mode) => mode switch
    {
        FragmentMode.Legacy => Legacy(id),
        _ => Sanitizer.EscapeId(id),
    };

    /// <summary>
    /// A fragment pointing at an id made by <see cref="ForAttribute"/>: in HTML5 mode a '%' that starts an
    /// escape is itself escaped, so the browser's decoding gives back the id.
    /// </summary>
    public static string ForLink(string id, FragmentMode mode) => mode switch
    {
        FragmentMode.Legacy => Legacy(id),
        _ => EscapePercentEscapes(Sanitizer.EscapeId(id)),
    };

    /// <summary>A fragment pointing at an id already escaped for <paramref name="mode"/>.</summary>
    public static string LinkToId(string id, FragmentMode mode) => mode == FragmentMode.Html5 ? EscapePercentEscapes(id) : id;

    private static string EscapePercentEscapes(string id)
    {
        if (!id.Contains('%')) return id;
        var builder = new StringBuilder(id.Length + 8);
        for (var i = 0; i < id.Length; i++)
        {
            builder.Append(id[i]);
            if (id[i] == '%' && i + 2 < id.Length && char.IsAsciiHexDigit(id[i + 1]) && char.IsAsciiHexDigit(id[i + 2])) builder.Append("25");
        }
        return builder.ToString();
    }

    /// <summary>PHP's <c>urlencode(strtr($id, ' ', '_'))</c> with <c>%3A</c> kept as ':' and '%' written as '.'.</summary>
    private static string Legacy(string id)
    {
        var builder = new StringBuilder(id.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(id.Replace(' ', '_')))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') builder.Append(c);
            else if (c == ':') builder.Append(':');
            else builder.Append('.').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
