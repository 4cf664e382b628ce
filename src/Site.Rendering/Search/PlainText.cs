using System.Buffers;
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
        // Every part into one builder, a space after each, collapsed once (the parts used to be strings of their own, joined).
        var text = new StringBuilder();
        foreach (var block in blocks.SelectMany(BlockWalker.Descendants))
        {
            switch (block)
            {
                case Paragraph p: Part(text, p.Content); break;
                case ListBlock list: foreach (var item in list.Items) Part(text, item.Content); break;
                case Preformatted pre: text.Append(pre.Text).Append(' '); break;
                case Hatnote hatnote: Part(text, hatnote.Content); break;
                case UnknownBlock unknown: Part(text, unknown.Content); break;
                case FigureBlock figure: Part(text, figure.Figure.Caption); break;
                case GalleryBlock gallery: foreach (var f in gallery.Figures) Part(text, f.Caption); break;
            }
        }
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks()) Collapse(chunk.Span, collapsed, ref space);
        return collapsed.ToString();
    }

    private static void Part(StringBuilder text, IEnumerable<Inline> content)
    {
        InlineText.Append(text, content);
        text.Append(' ');
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
        if (text.AsSpan().IndexOfAny(WhiteSpace) < 0) return text;
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        Collapse(text, collapsed, ref space);
        return collapsed.ToString();
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> holds for.</summary>
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>Appends text with its white space collapsed; <paramref name="space"/> carries a pending space across calls.</summary>
    private static void Collapse(ReadOnlySpan<char> text, StringBuilder collapsed, ref bool space)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(WhiteSpace);
            var run = next < 0 ? text : text[..next];
            if (!run.IsEmpty)
            {
                if (space) collapsed.Append(' ');
                space = false;
                collapsed.Append(run);
            }
            if (next < 0) return;
            space = collapsed.Length > 0;
            text = text[(next + 1)..];
        }
    }
}
