using Site.Model.Templates;
using Site.Wikitext.Parsing;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>Where an article comes from and what to call it.</summary>
public sealed record ArticleSource(string Slug, string Title, string Path, string Text);

/// <summary>Entry point of the model stage: wikitext → <see cref="Article"/>.</summary>
public sealed class ArticleBuilder(TemplateRegistry templates, ParserOptions parserOptions)
{
    public static ArticleBuilder CreateDefault() => new(TemplateRegistry.CreateDefault(), ParserOptions.Default with { AsciiLinkTrail = false });

    public Article Build(ArticleSource source)
    {
        var document = WikitextParser.Parse(source.Text, source.Path, parserOptions);
        return Build(source, document);
    }

    public Article Build(ArticleSource source, WikiDocument document)
    {
        var context = new BuildContext(document, templates, parserOptions);
        var (leadNodes, headings) = SplitSections(document.Children);
        var lead = context.Blocks.Build(leadNodes);
        var hatnotes = new List<Hatnote>();
        while (lead.Count > 0 && lead[0] is Hatnote hatnote)
        {
            hatnotes.Add(hatnote);
            lead.RemoveAt(0);
        }
        var anchors = new AnchorSet();
        var flat = new List<(int Level, Section Section)>();
        foreach (var (heading, nodes) in headings)
        {
            var headingInlines = context.Inlines.Build(heading.Content);
            var sourceTitle = InlineText.Flatten(headingInlines).Trim();
            var anchor = anchors.Add(sourceTitle);
            context.EnterSection(anchor, sourceTitle);
            var content = context.Blocks.Build(nodes);
            flat.Add((heading.Level, new Section(heading.Level, anchor, sourceTitle, headingInlines, content, [])));
        }
        var referenceGroups = context.Cite.Build(out var unlisted);
        var sections = Nest(flat);
        foreach (var group in unlisted)
        {
            if (group != "") context.Report(ModelDiagnostics.UnlistedGroup, document.Span, group);
        }
        if (unlisted.Count > 0) sections = AppendLists(sections, lead, unlisted);
        var diagnostics = document.Diagnostics.Concat(context.Diagnostics)
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        return new Article(source.Slug, source.Title, source.Path, hatnotes, context.Infobox, lead, sections, referenceGroups,
            context.Categories, context.RelatedTopics, context.ConversionRules, diagnostics);
    }

    private static (List<WikiNode> Lead, List<(HeadingNode Heading, List<WikiNode> Nodes)> Sections) SplitSections(IReadOnlyList<WikiNode> nodes)
    {
        var lead = new List<WikiNode>();
        var sections = new List<(HeadingNode, List<WikiNode>)>();
        var current = lead;
        foreach (var node in nodes)
        {
            if (node is HeadingNode heading)
            {
                current = [];
                sections.Add((heading, current));
            }
            else
            {
                current.Add(node);
            }
        }
        return (lead, sections);
    }

    /// <summary>Nests sections by heading level; a deeper heading belongs to the nearest shallower one before it.</summary>
    private static List<Section> Nest(List<(int Level, Section Section)> flat)
    {
        var index = 0;
        return Take(int.MinValue);

        List<Section> Take(int parentLevel)
        {
            var result = new List<Section>();
            while (index < flat.Count && flat[index].Level > parentLevel)
            {
                var (level, section) = flat[index++];
                var children = Take(level);
                result.Add(section with { Subsections = children });
            }
            return result;
        }
    }

    /// <summary>Cite appends a list for references that no list shows; so do we, after the last section.</summary>
    private static List<Section> AppendLists(List<Section> sections, List<Block> lead, IReadOnlyList<string> groups)
    {
        var lists = groups.Select(g => (Block)new ReferenceListBlock(g, 1)).ToList();
        if (sections.Count == 0)
        {
            lead.AddRange(lists);
            return sections;
        }
        var last = sections[^1];
        sections[^1] = last with { Content = last.Content.Concat(lists).ToList() };
        return sections;
    }
}
