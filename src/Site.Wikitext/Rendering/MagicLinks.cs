using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>Writes running text: escapes it and turns <c>ISBN</c>, <c>RFC</c> and <c>PMID</c> numbers into links, as MediaWiki's magic links do.</summary>
internal static partial class MagicLinks
{
    public static void Write(string raw, StringBuilder output, HtmlRenderOptions options)
    {
        if (!raw.Contains("ISBN", StringComparison.Ordinal) && !raw.Contains("RFC", StringComparison.Ordinal) && !raw.Contains("PMID", StringComparison.Ordinal))
        {
            output.Append(Html.EscapeAllowEntities(raw));
            return;
        }
        var at = 0;
        foreach (Match match in Pattern().Matches(raw))
        {
            output.Append(Html.EscapeAllowEntities(raw[at..match.Index]));
            at = match.Index + match.Length;
            var label = Html.EscapeAllowEntities(Regex.Replace(match.Value, Space + "+", " "));
            if (match.Groups["isbn"].Success)
            {
                var number = Regex.Replace(Html.Decode(match.Groups["isbn"].Value), @"[\s\-\u00a0]", "").Replace('x', 'X');
                var href = options.ArticlePath.Replace("$1", "Special:BookSources/" + number, StringComparison.Ordinal);
                output.Append("<a href=\"").Append(Html.EscapeAttribute(href)).Append("\" class=\"internal mw-magiclink-isbn\">").Append(label).Append("</a>");
            }
            else if (match.Groups["kind"].Value == "RFC")
            {
                output.Append("<a class=\"external mw-magiclink-rfc\" rel=\"nofollow\" href=\"https://datatracker.ietf.org/doc/html/rfc")
                    .Append(match.Groups["id"].Value).Append("\">").Append(label).Append("</a>");
            }
            else
            {
                output.Append("<a class=\"external mw-magiclink-pmid\" rel=\"nofollow\" href=\"//www.ncbi.nlm.nih.gov/pubmed/")
                    .Append(match.Groups["id"].Value).Append("?dopt=Abstract\">").Append(label).Append("</a>");
            }
        }
        output.Append(Html.EscapeAllowEntities(raw[at..]));
    }

    private const string Space = @"(?:[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|&nbsp;|&\#0*160;|&\#[xX]0*[aA]0;)";

    [GeneratedRegex(@"\b(?<kind>RFC|PMID)" + Space + @"+(?<id>[0-9]+)\b|\bISBN" + Space + @"+(?<isbn>97[89](?:-|" + Space + @")?(?:[0-9](?:-|" + Space + @")?){9}[0-9Xx]|(?:[0-9](?:-|" + Space + @")?){9}[0-9Xx])\b")]
    private static partial Regex Pattern();
}
