using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Rendering.Html;

/// <summary>
/// Converts the text of rendered HTML (Markdown pages) to an edition's script with AngleSharp: text nodes,
/// and title/alt attributes without URLs, are converted; code, pre, script and style are left alone.
/// </summary>
public static class HtmlTextConverter
{
    public static string Convert(string html, Func<string, string> convert)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var nodes = parser.ParseFragment(html, document.Body!);
        foreach (var node in nodes) Walk(node, convert);
        return string.Concat(nodes.Select(n => n.ToHtml()));
    }

    private static void Walk(INode node, Func<string, string> convert)
    {
        switch (node)
        {
            case IText text:
                text.Data = convert(text.Data);
                return;
            case IElement element:
                if (element.LocalName is "code" or "pre" or "script" or "style" or "kbd" or "samp") return;
                foreach (var name in new[] { "title", "alt" })
                {
                    var value = element.GetAttribute(name);
                    if (value is not null && !value.Contains("://", StringComparison.Ordinal)) element.SetAttribute(name, convert(value));
                }
                break;
        }
        foreach (var child in node.ChildNodes.ToList()) Walk(child, convert);
    }
}
