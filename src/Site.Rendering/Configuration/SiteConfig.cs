namespace Site.Rendering.Configuration;

/// <summary>content/site.yml. Keys are snake_case; an unknown key is an error with its line and column.</summary>
public sealed class SiteConfig
{
    /// <summary>Site title per edition code.</summary>
    public Dictionary<string, string> Title { get; set; } = [];

    /// <summary>One-sentence description per edition code (meta description, Open Graph).</summary>
    public Dictionary<string, string> Description { get; set; } = [];

    /// <summary>Path the site is served under: "/" for a user site, "/repo/" for a GitHub project site.</summary>
    public string BaseUrl { get; set; } = "/";

    /// <summary>Absolute origin for canonical URLs and the sitemap, e.g. https://user.github.io (optional).</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Output folder, relative to the site root.</summary>
    public string Output { get; set; } = "_site";

    /// <summary>Edition shown when the browser's language says nothing.</summary>
    public string DefaultEdition { get; set; } = "zh-hans";

    public List<EditionConfig> Editions { get; set; } = [];

    public List<ArticleConfig> Articles { get; set; } = [];

    /// <summary>Folder of Markdown pages, relative to content/.</summary>
    public string Pages { get; set; } = "pages";

    /// <summary>Folder of conversion groups and overrides, relative to content/.</summary>
    public string Conversion { get; set; } = "conversion";

    /// <summary>
    /// Most articles linked one by one from the header and footer; with more, both link to the list of articles
    /// instead, so every page stays the same size however large the site grows.
    /// </summary>
    public int NavArticles { get; set; } = 6;

    /// <summary>Sources per page of the citation index; more sources continue on numbered pages.</summary>
    public int CitationsPerPage { get; set; } = 400;

    /// <summary>
    /// Whether each edition gets a search index and page. The index is split (a query fetches a manifest, the shards
    /// of its grams and the chunks of its results); turning it off saves about a tenth of a 10,000-article build.
    /// </summary>
    public bool Search { get; set; } = true;

    /// <summary>Events per page of the timeline (whole periods are kept together); more continue on numbered pages.</summary>
    public int TimelinePerPage { get; set; } = 600;
}

public sealed class EditionConfig
{
    /// <summary>URL folder and key of the edition: zh-hans, zh-hant.</summary>
    public string Code { get; set; } = "";

    /// <summary>MediaWiki variant used to convert: zh-cn, zh-tw, zh-hk, …</summary>
    public string Variant { get; set; } = "";

    /// <summary>BCP 47 tag for &lt;html lang&gt; and hreflang: zh-Hans, zh-Hant.</summary>
    public string Lang { get; set; } = "";

    /// <summary>Name in the edition switcher: 简体, 繁體.</summary>
    public string Label { get; set; } = "";
}

public sealed class ArticleConfig
{
    /// <summary>The .wikitext file, relative to content/.</summary>
    public string File { get; set; } = "";

    /// <summary>URL name of the article; the first article is the home page of each edition.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Title as on Wikipedia (source script); the editions convert it.</summary>
    public string Title { get; set; } = "";

    /// <summary>The Wikipedia page the text comes from (for attribution).</summary>
    public string? SourceUrl { get; set; }

    /// <summary>Date of the source revision as written in the footer, e.g. 2019-06-30 (optional).</summary>
    public string? SourceDate { get; set; }
}
