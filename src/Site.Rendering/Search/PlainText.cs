using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Site.Model;

namespace Site.Rendering.Search;

/// <summary>The plain text of model blocks and of rendered HTML, one space between blocks, whitespace collapsed.</summary>
public static class PlainText
{
    /// <summary>The text of blocks as readers see it: paragraphs, list items, table cells, captions, hatnotes (reference markers left out).</summary>
    public static string Of(IEnumerable<Block> blocks)
    {
        var parts = new List<string>();
        foreach (var block in blocks.SelectMany(BlockWalker.Descendants))
        {
            switch (block)
            {
                case Paragraph p: parts.Add(InlineText.Flatten(p.Content)); break;
                case ListBlock list: parts.AddRange(list.Items.Select(i => InlineText.Flatten(i.Content))); break;
                case Preformatted pre: parts.Add(pre.Text); break;
                case Hatnote hatnote: parts.Add(InlineText.Flatten(hatnote.Content)); break;
                case UnknownBlock unknown: parts.Add(InlineText.Flatten(unknown.Content)); break;
                case FigureBlock figure: parts.Add(InlineText.Flatten(figure.Figure.Caption)); break;
                case GalleryBlock gallery: parts.AddRange(gallery.Figures.Select(f => InlineText.Flatten(f.Caption))); break;
            }
        }
        return Collapse(string.Join(' ', parts));
    }

    /// <summary>The text content of an HTML fragment.</summary>
    public static string OfHtml(string html)
    {
        if (!html.Contains('<') && !html.Contains('&')) return Collapse(html);
        if (!html.Contains('<')) return Collapse(WebUtility.HtmlDecode(html));
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var nodes = parser.ParseFragment(html, document.Body!);
        return Collapse(string.Join(' ', nodes.Select(n => n.TextContent)));
    }

    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
