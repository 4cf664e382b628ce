using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>
/// The paragraph wrapping MediaWiki's tidy (Remex with its compatibility munger) adds after the block-level
/// pass: inline content left directly in the body or in a <c>&lt;blockquote&gt;</c> beside block elements
/// ("a &lt;div&gt;x&lt;/div&gt;") is put in a paragraph. A run whose inline elements hold a block element
/// is left alone, as Remex then drops the wrapper again.
/// </summary>
internal static partial class ParagraphWrapPass
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "caption",
        "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp", "plaintext",
    };

    // Neither start nor end a paragraph.
    private static readonly HashSet<string> NeutralElements = new(StringComparer.OrdinalIgnoreCase) { "link", "meta", "style", "script" };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "hr", "img", "wbr", "meta", "link", "input", "area", "col", "embed", "source", "track", "param", "base",
    };

    private abstract class Node;

    private sealed class Raw(string text) : Node
    {
        public string Text { get; } = text;
    }

    private sealed class Element(string name, string start) : Node
    {
        public string Name { get; } = name;

        public string Start { get; } = start;

        public string End { get; set; } = "";

        public List<Node> Children { get; } = [];
    }

    public static string Run(string html)
    {
        if (!html.Contains('<') && html.Trim().Length == 0) return html;
        var root = Parse(html);
        var builder = new StringBuilder(html.Length + 64);
        WriteChildren(root, builder, wrap: true);
        return builder.ToString();
    }

    private static Element Parse(string html)
    {
        var root = new Element("#root", "");
        var stack = new List<Element> { root };
        var at = 0;
        foreach (Match match in TagPattern().Matches(html))
        {
            if (match.Index > at) stack[^1].Children.Add(new Raw(html[at..match.Index]));
            at = match.Index + match.Length;
            var name = match.Groups[2].Value;
            if (name.Length == 0)
            {
                stack[^1].Children.Add(new Raw(match.Value));
                continue;
            }
            if (match.Groups[1].Value == "/")
            {
                var index = stack.FindLastIndex(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (index <= 0)
                {
                    stack[^1].Children.Add(new Raw(match.Value));
                    continue;
                }
                stack[index].End = match.Value;
                stack.RemoveRange(index, stack.Count - index);
                continue;
            }
            var element = new Element(name, match.Value);
            stack[^1].Children.Add(element);
            if (!VoidElements.Contains(name) && !match.Value.EndsWith("/>", StringComparison.Ordinal)) stack.Add(element);
        }
        if (at < html.Length) stack[^1].Children.Add(new Raw(html[at..]));
        return root;
    }

    private static void WriteChildren(Element parent, StringBuilder builder, bool wrap)
    {
        var children = parent.Children;
        var i = 0;
        while (i < children.Count)
        {
            if (!wrap || !IsInline(children[i]))
            {
                Write(children[i], builder);
                i++;
                continue;
            }
            var end = i;
            while (end < children.Count && IsInline(children[end])) end++;
            var run = children.GetRange(i, end - i);
            var wrapIt = run.Any(HasContent) && !run.Any(ContainsBlock);
            if (wrapIt)
            {
                // Leading whitespace stays outside, as a newline between blocks does.
                var first = 0;
                while (first < run.Count && run[first] is Raw raw && IsSpace(raw)) Write(run[first++], builder);
                builder.Append("<p>");
                for (var k = first; k < run.Count; k++) Write(run[k], builder);
                builder.Append("</p>");
            }
            else
            {
                foreach (var node in run) Write(node, builder);
            }
            i = end;
        }
    }

    private static void Write(Node node, StringBuilder builder)
    {
        if (node is Raw raw)
        {
            builder.Append(raw.Text);
            return;
        }
        var element = (Element)node;
        builder.Append(element.Start);
        WriteChildren(element, builder, wrap: element.Name.Equals("blockquote", StringComparison.OrdinalIgnoreCase));
        builder.Append(element.End);
    }

    private static bool IsInline(Node node) => node switch
    {
        Raw => true,
        Element element => !BlockElements.Contains(element.Name) && !NeutralElements.Contains(element.Name),
        _ => false,
    };

    private static bool HasContent(Node node) => node switch
    {
        Raw raw => !raw.Text.StartsWith("<!--", StringComparison.Ordinal) && !IsSpace(raw),
        Element => true,
        _ => false,
    };

    private static bool IsSpace(Raw raw) => string.IsNullOrWhiteSpace(raw.Text);

    private static bool ContainsBlock(Node node) =>
        node is Element element && element.Children.Any(c => c is Element e && (BlockElements.Contains(e.Name) || ContainsBlock(e)));

    [GeneratedRegex(@"<!--[\s\S]*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex TagPattern();
}
