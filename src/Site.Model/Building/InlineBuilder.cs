using Site.Model.Templates;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>Block content produced inside inline context (a hatnote template, a figure); lifted out by the block builder.</summary>
internal sealed record BlockHolder(IReadOnlyList<Block> Blocks) : Inline;

/// <summary>Turns syntax nodes into inlines: text, styles, links, references, templates.</summary>
public sealed class InlineBuilder
{
    private static readonly Dictionary<string, InlineStyle> TagStyles = new(StringComparer.Ordinal)
    {
        ["b"] = InlineStyle.Bold, ["strong"] = InlineStyle.Strong, ["i"] = InlineStyle.Italic, ["em"] = InlineStyle.Emphasis,
        ["u"] = InlineStyle.Underline, ["s"] = InlineStyle.Strikethrough, ["strike"] = InlineStyle.Strikethrough,
        ["del"] = InlineStyle.Deleted, ["ins"] = InlineStyle.Inserted, ["sup"] = InlineStyle.Superscript,
        ["sub"] = InlineStyle.Subscript, ["small"] = InlineStyle.Small, ["big"] = InlineStyle.Big, ["code"] = InlineStyle.Code,
        ["tt"] = InlineStyle.Code, ["kbd"] = InlineStyle.Keyboard, ["var"] = InlineStyle.Variable, ["span"] = InlineStyle.Span,
        ["font"] = InlineStyle.Span, ["abbr"] = InlineStyle.Abbreviation, ["q"] = InlineStyle.Quote, ["mark"] = InlineStyle.Mark,
        ["cite"] = InlineStyle.Citation, ["ruby"] = InlineStyle.Ruby, ["rt"] = InlineStyle.RubyText, ["rp"] = InlineStyle.RubyParenthesis,
        ["bdi"] = InlineStyle.Span, ["dfn"] = InlineStyle.Emphasis, ["samp"] = InlineStyle.Code, ["time"] = InlineStyle.Span,
        ["data"] = InlineStyle.Span,
    };

    private readonly BuildContext _context;

    internal InlineBuilder(BuildContext context) => _context = context;

    public List<Inline> Build(Fragment? fragment) => fragment is null ? [] : Build(fragment.Children);

    public List<Inline> Build(IEnumerable<WikiNode> nodes)
    {
        var stack = new StyleStack();
        foreach (var node in nodes) Add(stack, node);
        return Merge(stack.Finish());
    }

    /// <summary>The plain text a fragment shows (for names, titles and citation fields).</summary>
    public string PlainText(Fragment? fragment) => fragment is null ? "" : InlineText.Flatten(Build(fragment)).Trim();

    private void Add(StyleStack stack, WikiNode node)
    {
        switch (node)
        {
            case TextNode text:
                AddText(stack, text.Text);
                break;
            case ApostrophesNode quotes:
                AddQuotes(stack, quotes);
                break;
            case EntityNode entity:
                stack.Add(new TextInline(entity.Value));
                break;
            case CommentNode or BehaviorSwitchNode:
                break;
            case WikiLinkNode link:
                AddWikiLink(stack, link);
                break;
            case ExternalLinkNode external:
                var children = Build(external.Text);
                TrimLeading(children);
                stack.Add(new ExternalLinkInline(external.Url, children, IsNumbered: children.Count == 0));
                break;
            case UrlNode url:
                stack.Add(new ExternalLinkInline(url.Url, [new VerbatimInline(url.Url)]));
                break;
            case HtmlTagNode tag:
                AddHtmlTag(stack, tag);
                break;
            case ExtensionTagNode extension:
                stack.AddRange(ExtensionTags.Build(_context, extension));
                break;
            case TemplateNode template:
                stack.AddRange(_context.Templates.Expand(_context, template));
                break;
            case ParserFunctionNode function:
                stack.AddRange(ParserFunctions.Build(_context, function));
                break;
            case ArgumentNode argument:
                stack.AddRange(argument.Default is null ? [new TextInline(argument.ToWikitext())] : Build(argument.Default));
                break;
            case LanguageConversionNode conversion:
                AddConversion(stack, conversion);
                break;
            case HeadingNode heading:
                stack.Add(new StyledInline(InlineStyle.Bold, Build(heading.Content)));
                break;
            case TableNode or HorizontalRuleNode:
                stack.Add(new BlockHolder(_context.Blocks.Build([node])));
                break;
            case ListMarkerNode marker:
                stack.Add(new TextInline(marker.Text));
                break;
            case ContainerNode container:
                foreach (var child in container.Children) Add(stack, child);
                break;
            case LeafNode leaf:
                stack.Add(new TextInline(leaf.Text));
                break;
        }
    }

    private static void AddText(StyleStack stack, string text)
    {
        // Apostrophe styles end with their line, as in MediaWiki.
        var newline = text.IndexOf('\n');
        if (newline < 0)
        {
            stack.Add(new TextInline(text));
            return;
        }
        var start = 0;
        while (newline >= 0)
        {
            if (newline > start) stack.Add(new TextInline(text[start..newline]));
            stack.CloseQuotes();
            stack.Add(new TextInline("\n"));
            start = newline + 1;
            newline = text.IndexOf('\n', start);
        }
        if (start < text.Length) stack.Add(new TextInline(text[start..]));
    }

    private static void AddQuotes(StyleStack stack, ApostrophesNode quotes)
    {
        if (quotes.LiteralCount > 0) stack.Add(new TextInline(new string('\'', quotes.LiteralCount)));
        switch (quotes.Kind)
        {
            case QuoteKind.Italic:
                stack.Toggle(InlineStyle.Italic);
                break;
            case QuoteKind.Bold:
                stack.Toggle(InlineStyle.Bold);
                break;
            case QuoteKind.BoldItalic:
                if (stack.IsOpen(InlineStyle.Bold) == stack.IsOpen(InlineStyle.Italic) && !stack.IsOpen(InlineStyle.Bold))
                {
                    stack.Toggle(InlineStyle.Italic);
                    stack.Toggle(InlineStyle.Bold);
                }
                else
                {
                    stack.Toggle(InlineStyle.Bold);
                    stack.Toggle(InlineStyle.Italic);
                }
                break;
            default:
                stack.Add(new TextInline(quotes.Text[quotes.LiteralCount..]));
                break;
        }
    }

    private void AddWikiLink(StyleStack stack, WikiLinkNode link)
    {
        switch (link.Kind)
        {
            case WikiLinkKind.Category:
                Categories.Add(_context, link);
                return;
            case WikiLinkKind.Interlanguage:
                return;
            case WikiLinkKind.File:
                stack.Add(FileLinks.Build(_context, link, recoveredCaption: null));
                return;
            case WikiLinkKind.Media:
                var file = new MediaFile(FileLinks.FileName(link.TargetText));
                stack.Add(new ExternalLinkInline(file.DescriptionUrl, link.Parts.Count > 0 ? Build(link.Parts[^1]) : [new TextInline(file.Name)]));
                return;
        }
        var target = link.TargetText.TrimStart(':');
        var hash = target.IndexOf('#');
        string? fragment = null;
        if (hash >= 0)
        {
            fragment = target[(hash + 1)..];
            target = target[..hash];
        }
        List<Inline> text;
        if (link.Parts.Count == 0)
        {
            text = [new TextInline(link.TargetText.TrimStart(':'))];
        }
        else
        {
            // Later pipes are part of the text: [[a|b|c]] shows "b|c".
            var nodes = new List<WikiNode>();
            for (var i = 0; i < link.Parts.Count; i++)
            {
                if (i > 0) nodes.Add(new TextNode(link.Parts[i].Span, "|"));
                nodes.AddRange(link.Parts[i].Children);
            }
            text = Build(nodes);
            if (InlineText.Flatten(text).Trim().Length == 0) text = [new TextInline(PipeTrick(target))];
        }
        if (link.Trail is not null) text.Add(new TextInline(link.Trail.Text));
        stack.Add(new WikiLinkInline(target.Trim().Replace('_', ' '), fragment, text));
    }

    /// <summary>[[Title (disambiguation)|]] shows "Title".</summary>
    private static string PipeTrick(string target)
    {
        var colon = target.IndexOf(':');
        var text = colon >= 0 ? target[(colon + 1)..] : target;
        var paren = text.IndexOfAny(['(', '（']);
        return (paren > 0 ? text[..paren] : text).Trim();
    }

    private static void AddHtmlTag(StyleStack stack, HtmlTagNode tag)
    {
        if (tag.Name is "br" or "wbr")
        {
            if (tag.Name == "br" && !tag.IsEnd) stack.Add(new LineBreakInline());
            return;
        }
        if (!TagStyles.TryGetValue(tag.Name, out var style)) return;
        if (tag.IsEnd)
        {
            stack.Close(tag.Name);
            return;
        }
        if (tag.IsSelfClosing) return;
        var attributes = tag.Attributes.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList();
        stack.Open(tag.Name, style, attributes.Count > 0 ? attributes : null);
    }

    private void AddConversion(StyleStack stack, LanguageConversionNode conversion)
    {
        var body = Build(conversion.Body);
        var ruleText = conversion.Body.ToWikitext();
        var flags = conversion.Flags?.ToUpperInvariant() ?? "";
        if (flags.Contains('H') || flags.Contains('A') || flags.Contains('-') || flags.Contains('T'))
        {
            _context.ConversionRules.Add(new ConversionRuleSource(null, [], [conversion.Flags + "|" + ruleText], conversion.Span));
        }
        stack.Add(new ConversionInline(conversion.Flags, ruleText, body));
    }

    private static void TrimLeading(List<Inline> inlines)
    {
        if (inlines.Count > 0 && inlines[0] is TextInline first)
        {
            var trimmed = first.Text.TrimStart();
            if (trimmed.Length == 0) inlines.RemoveAt(0);
            else inlines[0] = new TextInline(trimmed);
        }
    }

    /// <summary>Joins neighbouring text inlines, so later stages see whole phrases; attaches {{rp}} pages to their marker.</summary>
    private List<Inline> Merge(List<Inline> inlines)
    {
        var result = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is Templates.PageLocatorInline locator)
            {
                if (result.Count > 0 && result[^1] is ReferenceMarkerInline marker)
                {
                    result[^1] = new ReferenceMarkerInline(_context.Cite.WithPages(marker.Use, locator.Pages));
                }
                continue;
            }
            InlineText.AppendMerged(result, inline);
        }
        return result;
    }
}
