using Site.Rendering.Configuration;

namespace Site.Rendering.Pages;

/// <summary>An edition of the site as templates see it.</summary>
public sealed record EditionInfo(string Code, string Variant, string Lang, string Label);

/// <summary>A link in the header navigation.</summary>
public sealed record NavLink(string Label, string Href, bool IsCurrent);

/// <summary>The same page in another edition, for the switcher and hreflang.</summary>
public sealed record Alternate(EditionInfo Edition, string Href, string CanonicalUrl);

/// <summary>Attribution of one source article.</summary>
public sealed record SourceCredit(string Title, string? Url, string? HistoryUrl, string? Date);

/// <summary>What every page template gets: site, edition, navigation, links, strings.</summary>
public abstract class PageModel
{
    /// <summary>What every page of an edition shares, from <see cref="PageFrames.For"/>: sets the members below.</summary>
    internal PageShared Frame
    {
        init
        {
            SiteTitle = value.SiteTitle;
            SiteDescription = value.SiteDescription;
            Edition = value.Edition;
            Navigation = value.Navigation;
            Alternates = value.Alternates;
            Sources = value.Sources;
            ArticlesLink = value.ArticlesLink;
            HasSearch = value.HasSearch;
        }
    }

    public string SiteTitle { get; private init; } = "";

    public string SiteDescription { get; private init; } = "";

    public EditionInfo Edition { get; private init; } = null!;

    public required PagePath Path { get; init; }

    public required UrlBuilder Urls { get; init; }

    public required I18n Text { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<NavLink> Navigation { get; private init; } = [];

    public IReadOnlyList<Alternate> Alternates { get; private init; } = [];

    public IReadOnlyList<SourceCredit> Sources { get; private init; } = [];

    /// <summary>On large sites, where the footer credits the sources: the list of articles.</summary>
    public string? ArticlesLink { get; private init; }

    /// <summary>Whether the site has a search index (the header shows the search box).</summary>
    public bool HasSearch { get; private init; }

    /// <summary>Absolute URLs (404 page): it is served at any depth.</summary>
    public bool UseAbsoluteUrls { get; init; }

    public abstract string Kind { get; }

    public string CanonicalUrl => Urls.Canonical(Path);

    public string? JsonLd { get; init; }

    public string Link(PagePath to, string? fragment = null)
    {
        if (!UseAbsoluteUrls) return Urls.Link(Path, to, fragment);
        var url = Urls.Absolute(to);
        return fragment is null ? url : url + "#" + Uri.EscapeDataString(fragment);
    }

    public string Asset(string name) => Link(UrlBuilder.Asset(name));

    public string Home => Link(UrlBuilder.Home(Edition.Code));
}
