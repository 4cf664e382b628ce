using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>
/// MediaWiki's table of contents (Parser::finalizeHeadings): numbered by nesting depth rather than by heading
/// level, placed before the first heading when there are four or more (or <c>__FORCETOC__</c>), never with <c>__NOTOC__</c>.
/// </summary>
internal static partial class TableOfContents
{
    public static string Insert(string html, RenderState state)
    {
        var headings = state.Headings;
        if (!state.Options.TableOfContents || state.Switches.Contains("NOTOC")) return html;
        if (headings.Count < 4 && !state.Switches.Contains("FORCETOC")) return html;
        if (headings.Count == 0) return html;
        var at = html.IndexOf("<div class=\"mw-heading", StringComparison.Ordinal);
        if (at < 0) return html;
        return html[..at] + Build(state) + "\n" + html[at..];
    }

    private static string Build(RenderState state)
    {
        var toc = new StringBuilder();
        var levelCount = new Dictionary<int, int>();
        var sublevelCount = new Dictionary<int, int>();
        int prevLevel = 0, prevTocLevel = 0, tocLevel = 0;
        var section = 0;
        foreach (var (level, id, html) in state.Headings)
        {
            section++;
            if (level > prevLevel)
            {
                tocLevel++;
                sublevelCount[tocLevel] = 0;
                prevTocLevel = tocLevel;
                toc.Append("\n<ul>\n");
            }
            else if (level < prevLevel && tocLevel > 1)
            {
                var i = tocLevel;
                for (; i > 0; i--)
                {
                    var count = levelCount.GetValueOrDefault(i);
                    if (count == level)
                    {
                        tocLevel = i;
                        break;
                    }
                    if (count < level)
                    {
                        tocLevel = i + 1;
                        break;
                    }
                }
                if (i == 0) tocLevel = 1;
                Unindent(toc, prevTocLevel - tocLevel);
                prevTocLevel = tocLevel;
            }
            else
            {
                toc.Append("</li>\n");
            }
            levelCount[tocLevel] = level;
            sublevelCount[tocLevel] = sublevelCount.GetValueOrDefault(tocLevel) + 1;
            var number = new StringBuilder();
            for (var i = 1; i <= tocLevel; i++)
            {
                var count = sublevelCount.GetValueOrDefault(i);
                if (count == 0) continue;
                if (number.Length > 0) number.Append('.');
                number.Append(count.ToString(CultureInfo.InvariantCulture));
            }
            toc.Append("<li class=\"toclevel-").Append(tocLevel).Append(" tocsection-").Append(section).Append("\"><a href=\"#")
                .Append(Html.EscapeAttribute(Anchors.LinkToId(id, state.Options.FragmentModes[0]))).Append("\"><span class=\"tocnumber\">")
                .Append(number).Append("</span> <span class=\"toctext\">").Append(TocText(html)).Append("</span></a>");
            prevLevel = level;
        }
        Unindent(toc, prevTocLevel - 1);
        return "<div id=\"toc\" class=\"toc\" role=\"navigation\" aria-labelledby=\"mw-toc-heading\">" +
               "<input type=\"checkbox\" role=\"button\" id=\"toctogglecheckbox\" class=\"toctogglecheckbox\" style=\"display:none\" />" +
               "<div class=\"toctitle\" lang=\"en\" dir=\"ltr\"><h2 id=\"mw-toc-heading\">Contents</h2><span class=\"toctogglespan\">" +
               "<label class=\"toctogglelabel\" for=\"toctogglecheckbox\"></label></span></div>" + toc + "</ul>\n</div>\n";
    }

    private static void Unindent(StringBuilder toc, int levels)
    {
        toc.Append("</li>\n");
        for (var i = 0; i < levels; i++) toc.Append("</ul>\n</li>\n");
    }

    /// <summary>The heading's HTML with only a few formatting tags kept, without their attributes.</summary>
    private static string TocText(string html)
    {
        var text = DroppedTags().Replace(html, "");
        return KeptTags().Replace(text, "<$1>");
    }

    [GeneratedRegex(@"<(?!/?(span|sup|sub|bdi|i|b|s|strike)(?: [^>]*)?>).*?>")]
    private static partial Regex DroppedTags();

    [GeneratedRegex(@"<(/?(?:span(?: dir=""(?:rtl|ltr)"")?|sup|sub|bdi|i|b|s|strike))(?: .*?)?>")]
    private static partial Regex KeptTags();
}
