using Site.Model;
using Site.Rendering.Html;

namespace Site.Rendering.Pages;

/// <summary>An entry of the table of contents.</summary>
public sealed record TocEntry(string Anchor, string Number, string TitleHtml, int Depth, IReadOnlyList<TocEntry> Children);

/// <summary>The model of the section partial: a section and the page it is on.</summary>
public sealed record SectionView(Section Section, ArticlePageModel Page);

/// <summary>The model of the table-of-contents partial.</summary>
public sealed record TocView(IReadOnlyList<TocEntry> Entries);

public sealed class ArticlePageModel : PageModel
{
    public override string Kind => "article";

    public required Article Article { get; init; }

    public required ContentRenderer Html { get; init; }

    public required IReadOnlyList<TocEntry> Toc { get; init; }

    public required PagePath TimelinePage { get; init; }

    public required PagePath CitationsPage { get; init; }

    public required PagePath DataFile { get; init; }
}

public sealed record CitationLocation(string ArticleTitle, string Href, string SectionTitle, string? Pages);

/// <summary>One source on the citation index page.</summary>
/// <param name="MoreLocations">Places citing the source beyond those listed (a source cited in thousands of places lists the first ones).</param>
public sealed record SourceEntry(
    string Id, string Kind, string Label, string CitationHtml, string? Host, string? Year, string? Language, int CiteCount,
    IReadOnlyList<CitationLocation> Locations, IReadOnlyList<string> PagesCited, IReadOnlyList<string> Articles, int MoreLocations = 0);

/// <summary>A link to a source of the index, wherever its page is.</summary>
public sealed record SourceLinkEntry(string Label, string Href, int CiteCount);

/// <summary>A link to one page of a list that runs over several pages.</summary>
public sealed record PagerLink(int Number, string Href, bool IsCurrent);

/// <summary>The model of the pager partial.</summary>
public sealed record PagerView(Pager Pager, I18n Text);

/// <summary>The numbered pages of the citation index or the timeline; absent when everything fits on one page.</summary>
public sealed record Pager(IReadOnlyList<PagerLink> Pages)
{
    public PagerLink Current => Pages.First(p => p.IsCurrent);

    /// <summary>The link before the current page, when it is the page just before.</summary>
    public PagerLink? Previous => Pages.TakeWhile(p => !p.IsCurrent).LastOrDefault() is { } p && p.Number == Current.Number - 1 ? p : null;

    public PagerLink? Next => Pages.SkipWhile(p => !p.IsCurrent).Skip(1).FirstOrDefault() is { } p && p.Number == Current.Number + 1 ? p : null;
}

public sealed record SourceGroup(string Kind, string Label, IReadOnlyList<SourceEntry> Sources);

public sealed record SummaryFigure(string Label, string Value);

public sealed class CitationsPageModel : PageModel
{
    public override string Kind => "citations";

    public required IReadOnlyList<SourceGroup> Groups { get; init; }

    public required IReadOnlyList<SummaryFigure> Summary { get; init; }

    public required IReadOnlyList<SourceLinkEntry> MostCited { get; init; }

    /// <summary>The numbered pages of the index, when it has more than one.</summary>
    public Pager? Pager { get; init; }

    public required IReadOnlyList<(string Label, string Href)> Exports { get; init; }

    /// <summary>Articles to filter by, when the site has more than one.</summary>
    public required IReadOnlyList<(string Slug, string Title)> Articles { get; init; }

    public int SourceCount => Groups.Sum(g => g.Sources.Count);
}

/// <summary>One event on the timeline page.</summary>
public sealed record TimelineItem(string DateLabel, string Iso, string ClauseHtml, string Href, string SectionTitle, bool IsRelative);

public sealed record TimelinePeriod(string Title, string Anchor, IReadOnlyList<TimelineItem> Items);

public sealed class TimelinePageModel : PageModel
{
    public override string Kind => "timeline";

    public required IReadOnlyList<TimelinePeriod> Periods { get; init; }

    public required string ChartSvg { get; init; }

    public required string ChartDescription { get; init; }

    public required PagePath DataFile { get; init; }

    /// <summary>All events of the site; <see cref="Periods"/> holds those of this page.</summary>
    public required int EventCount { get; init; }

    /// <summary>The numbered pages of the timeline, when it has more than one.</summary>
    public Pager? Pager { get; init; }
}

/// <summary>An article on the list of articles.</summary>
public sealed record ArticleListEntry(string Title, string Href, string? Description, SourceCredit Source);

/// <summary>The list of all articles, which the header links to when the site has too many to name there.</summary>
public sealed class ArticleListPageModel : PageModel
{
    public override string Kind => "articles";

    public required IReadOnlyList<ArticleListEntry> Entries { get; init; }
}

public sealed class MarkdownPageModel : PageModel
{
    public override string Kind => "page";

    public required string ContentHtml { get; init; }
}

public sealed class NotFoundPageModel : PageModel
{
    public override string Kind => "404";
}

/// <summary>The root page that sends readers to their edition.</summary>
public sealed class EditionChooserModel : PageModel
{
    public override string Kind => "chooser";

    public required IReadOnlyList<(EditionInfo Edition, string Href, string Title)> Choices { get; init; }

    public required string DefaultEdition { get; init; }
}
