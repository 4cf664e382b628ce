using Site.Wikitext;
using Site.Wikitext.Diagnostics;

namespace Site.Model;

/// <summary>A section: heading, stable anchor (from the unconverted source heading), content and subsections.</summary>
public sealed record Section(
    int Level, string Anchor, string SourceTitle, IReadOnlyList<Inline> Heading, IReadOnlyList<Block> Content,
    IReadOnlyList<Section> Subsections);

/// <summary>A category: <see cref="Name"/> is the page name (a link target, never converted); <see cref="Display"/> is what readers see.</summary>
public sealed record Category(string Name, string? SortKey)
{
    public string Display { get; init; } = Name;
}

/// <summary>A generic infobox: ordered label/value rows; bilateral-relations boxes also name the two countries.</summary>
public sealed record Infobox(
    string Template, IReadOnlyList<Inline> Title, IReadOnlyList<InfoboxRow> Rows, IReadOnlyList<InfoboxCountry> Countries);

public sealed record InfoboxRow(string Key, IReadOnlyList<Inline> Label, IReadOnlyList<Inline> Value);

public sealed record InfoboxCountry(string Name, string LocalName, MediaFile? Flag, MediaFile? Map);

/// <summary>Links to related topics: portals and navigation boxes named at the end of the article.</summary>
public sealed record RelatedTopic(string Kind, string Name)
{
    public string Display { get; init; } = Name;
}

/// <summary>Page-wide conversion rules as written: <c>{{noteTA}}</c> groups and rules, <c>-{H|…}-</c> and <c>-{A|…}-</c>.</summary>
/// <remarks>
/// For {{noteTA}} (<see cref="FromNoteTa"/>): <see cref="Title"/> is <c>T=</c>, <see cref="Rules"/> the numbered rules.
/// For inline blocks: <see cref="Rules"/> holds the block text with its flags (<c>H|zh-cn:…</c>).
/// </remarks>
public sealed record ConversionRuleSource(
    string? Title, IReadOnlyList<string> Groups, IReadOnlyList<string> Rules, SourceSpan Location, bool FromNoteTa = false,
    IReadOnlyList<KeyValuePair<string, string>>? Parameters = null)
{
    /// <summary>For {{noteTA}}: every parameter as written (name, value), in source order, so numbering and limits stay MediaWiki's.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Parameters { get; init; } = Parameters;
}

/// <summary>The article, ready to render: no wikitext syntax left, text still in the source script.</summary>
public sealed record Article(
    string Slug,
    string Title,
    string SourcePath,
    IReadOnlyList<Hatnote> Hatnotes,
    Infobox? Infobox,
    IReadOnlyList<Block> Lead,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<ReferenceGroup> ReferenceGroups,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<RelatedTopic> RelatedTopics,
    IReadOnlyList<ConversionRuleSource> ConversionRules,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<Section> AllSections()
    {
        foreach (var section in Sections)
        {
            yield return section;
            foreach (var sub in Descend(section)) yield return sub;
        }

        static IEnumerable<Section> Descend(Section s)
        {
            foreach (var child in s.Subsections)
            {
                yield return child;
                foreach (var grand in Descend(child)) yield return grand;
            }
        }
    }

    public IEnumerable<Figure> Figures() =>
        Lead.Concat(AllSections().SelectMany(s => s.Content)).SelectMany(BlockWalker.Figures);

    public IReadOnlyList<Reference> References(string group) =>
        ReferenceGroups.FirstOrDefault(g => g.Group == group)?.References ?? [];
}
