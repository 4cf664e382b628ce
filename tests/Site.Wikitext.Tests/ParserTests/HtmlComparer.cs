using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Wikitext.Tests.ParserTests;

/// <summary>
/// Reduces HTML to a canonical form for comparison: parsed as an HTML5 body (so tag balancing is the
/// browser's, as MediaWiki's Remex tidy does), attributes sorted, whitespace collapsed, comments dropped,
/// and what the parser tests ignore removed (Parsoid's data-*, about, typeof; empty paragraphs).
/// </summary>
public static partial class HtmlComparer
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> IgnoredAttributes = new(StringComparer.Ordinal) { "about", "typeof", "data-mw", "data-parsoid", "data-mw-group" };

    public static string Normalize(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var builder = new StringBuilder();
        WriteChildren(document.Body!, builder);
        return WhitespacePattern().Replace(builder.ToString(), " ").Trim();
    }

    private static void WriteChildren(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes) Write(child, builder);
    }

    private static void Write(INode node, StringBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.Append(EscapeText(text.Data));
                break;
            case IElement element:
                if (IsEmptyParagraph(element)) return;
                builder.Append(' ').Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    if (IgnoredAttributes.Contains(attribute.Name) || attribute.Name.StartsWith("data-parsoid", StringComparison.Ordinal)) continue;
                    var value = attribute.Value;
                    if (attribute.Name == "class")
                    {
                        value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => c != "mw-empty-elt").Order(StringComparer.Ordinal));
                        if (value.Length == 0) continue;
                    }
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(EscapeText(value).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
                }
                builder.Append("> ");
                WriteChildren(element, builder);
                builder.Append(" </").Append(element.LocalName).Append("> ");
                break;
        }
    }

    private static bool IsEmptyParagraph(IElement element) =>
        element.LocalName == "p" && element.ChildNodes.All(c => c is IComment || (c is IText t && string.IsNullOrWhiteSpace(t.Data)));

    private static string EscapeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex WhitespacePattern();
}
