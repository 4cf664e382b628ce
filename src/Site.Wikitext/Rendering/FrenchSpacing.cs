using System.Text;

namespace Site.Wikitext.Rendering;

/// <summary>MediaWiki's armorFrenchSpaces: a space before <c>? : ; ! % » ›</c> (not followed by a word character) becomes a no-break space.</summary>
internal static class FrenchSpacing
{
    public static string Apply(string html)
    {
        if (html.AsSpan().IndexOfAny("?:;!%»›«‹") < 0) return html;
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (inTag)
            {
                if (c == '>') inTag = false;
                builder.Append(c);
                continue;
            }
            if (c == '<')
            {
                inTag = true;
                builder.Append(c);
                continue;
            }
            if (c == ' ' && i + 1 < html.Length && html[i + 1] is '?' or ':' or ';' or '!' or '%' or '»' or '›'
                && !(i + 2 < html.Length && (char.IsLetterOrDigit(html[i + 2]) || html[i + 2] == '_')))
            {
                builder.Append("&#160;");
                continue;
            }
            if (c is '«' or '‹' && i + 1 < html.Length && html[i + 1] == ' ')
            {
                builder.Append(c).Append("&#160;");
                i++;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
