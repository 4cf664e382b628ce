namespace Site.Wikitext.Rendering;

/// <summary>What the HTML renderer needs to know about the wiki around the page it renders.</summary>
public sealed record HtmlRenderOptions
{
    public static HtmlRenderOptions Default { get; } = new();

    /// <summary>The title of the page being rendered (used for section edit links).</summary>
    public string PageTitle { get; init; } = "Main Page";

    /// <summary>Where page links point; <c>$1</c> is the encoded title.</summary>
    public string ArticlePath { get; init; } = "/wiki/$1";

    /// <summary>The script path used for edit and red links.</summary>
    public string ScriptPath { get; init; } = "/index.php";

    /// <summary>Whether a page exists; links to missing pages become red links. Null means every page exists.</summary>
    public Func<string, bool>? PageExists { get; init; }

    /// <summary>Emit MediaWiki's <c>[edit]</c> links after headings.</summary>
    public bool SectionEditLinks { get; init; }

    /// <summary>Interwiki prefixes (lower case) and their URL patterns with <c>$1</c>.</summary>
    public IReadOnlyDictionary<string, string> Interwiki { get; init; } = new Dictionary<string, string>();

    /// <summary>Prefixes of <see cref="Interwiki"/> that are language links; <c>[[xx:Page]]</c> is then removed from the text.</summary>
    public IReadOnlySet<string> InterlanguagePrefixes { get; init; } = new HashSet<string>();

    /// <summary>
    /// Interwiki prefixes of wikis not flagged <c>iw_local</c>: fragments of links to them are escaped in the
    /// legacy mode (<c>#Is_this_great.3F</c>), as MediaWiki's <c>$wgExternalInterwikiFragmentMode</c> default does.
    /// </summary>
    public IReadOnlySet<string> ExternalInterwiki { get; init; } = new HashSet<string>();

    /// <summary>Interwiki prefixes that point at this wiki itself; <c>[[local:Foo]]</c> is a link to Foo.</summary>
    public IReadOnlySet<string> LocalInterwiki { get; init; } = new HashSet<string>();

    /// <summary>Domains whose external links do not get <c>rel="nofollow"</c> (<c>$wgNoFollowDomainExceptions</c>).</summary>
    public IReadOnlyList<string> NoFollowDomainExceptions { get; init; } = [];

    /// <summary>Capitalise the first letter of titles, as most wikis do.</summary>
    public bool CapitalLinks { get; init; } = true;

    /// <summary>Site name used for the <c>Project:</c> namespace.</summary>
    public string ProjectNamespace { get; init; } = "Wikipedia";

    /// <summary>
    /// How ids and fragments are escaped: the first mode for ids and links, the second (if any) for an extra
    /// fallback anchor, as MediaWiki's <c>$wgFragmentMode</c>.
    /// </summary>
    public IReadOnlyList<FragmentMode> FragmentModes { get; init; } = [FragmentMode.Html5];

    /// <summary>Cite's sub-references: <c>&lt;ref name="book" details="p. 2"/&gt;</c> (<c>$wgCiteSubReferencing</c>).</summary>
    public bool CiteSubReferencing { get; init; }

    /// <summary>Wrap reference lists in <c>div.mw-references-wrap</c> (columns from ten notes) unless <c>responsive="0"</c> (<c>$wgCiteResponsiveReferences</c>).</summary>
    public bool CiteResponsiveReferences { get; init; } = true;

    /// <summary>Footnotes without <c>dir=</c> are <c>dir="auto"</c> (<c>$wgCiteDefaultRefDirAuto</c>).</summary>
    public bool CiteDefaultRefDirAuto { get; init; }

    /// <summary>Build a table of contents when there are four or more headings (as MediaWiki does).</summary>
    public bool TableOfContents { get; init; } = true;
}
