using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Site.Rendering.Html.Safety;

/// <summary>
/// Defence in depth for article content: every HTML string <see cref="ContentRenderer"/> returns goes through
/// HtmlSanitizer with MediaWiki's tags and attributes (Sanitizer.php), minus <c>style</c> and anything that runs script.
/// The renderer already writes safe HTML by construction; this catches a renderer bug before a reader's browser does.
/// </summary>
/// <remarks>Configured once and never changed afterwards, so one instance is safe to share between threads.</remarks>
public sealed class ContentSanitizer
{
    /// <summary>
    /// MediaWiki's allowed HTML elements (Sanitizer::getRecognizedTagData: htmlpairsStatic, htmlsingle, htmlnest, tabletags, listtags),
    /// without <c>meta</c>/<c>link</c> (microdata only there), plus the elements the renderer itself writes.
    /// </summary>
    public static IReadOnlySet<string> Tags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // MediaWiki
        "b", "bdi", "bdo", "del", "i", "ins", "u", "font", "big", "small", "sub", "sup", "h1", "h2", "h3", "h4", "h5", "h6",
        "cite", "code", "em", "s", "strike", "strong", "tt", "var", "div", "center", "blockquote", "ol", "ul", "dl",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "ruby", "rb", "rp", "rt", "rtc", "p", "span",
        "abbr", "dfn", "kbd", "samp", "data", "time", "mark", "q", "br", "wbr", "hr", "li", "dt", "dd",
        // the renderer's own: links, figures, images and video
        "a", "img", "figure", "figcaption", "video",
    };

    /// <summary>
    /// MediaWiki's common and per-element attributes (Sanitizer::setupAttributesAllowedInternal) without <c>style</c>,
    /// plus what the renderer writes (links, images, video, reference lists, tooltips). <c>data-*</c> is allowed separately.
    /// </summary>
    public static IReadOnlySet<string> Attributes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // common (MediaWiki)
        "id", "class", "lang", "dir", "title", "tabindex", "role",
        "aria-describedby", "aria-flowto", "aria-hidden", "aria-label", "aria-labelledby", "aria-level", "aria-owns",
        "about", "property", "resource", "datatype", "typeof", "itemid", "itemprop", "itemref", "itemscope", "itemtype",
        // per element (MediaWiki)
        "align", "cite", "datetime", "value", "start", "reversed", "type", "clear", "summary", "width", "height", "border",
        "frame", "rules", "cellspacing", "cellpadding", "valign", "char", "charoff", "abbr", "axis", "headers", "scope",
        "rowspan", "colspan", "nowrap", "size", "color", "face",
        // the renderer's own
        "href", "rel", "hreflang", "src", "srcset", "alt", "loading", "decoding", "controls", "preload", "download",
        "aria-current", "aria-expanded", "aria-controls", "aria-live", "aria-atomic", "aria-busy", "aria-details",
        "aria-errormessage", "aria-haspopup", "aria-keyshortcuts", "aria-roledescription", "aria-description",
    };

    /// <summary>Attributes holding one URL or a srcset list; each URL must be relative or use <see cref="UrlPolicy.Schemes"/>.</summary>
    private static readonly string[] UrlAttributes = ["href", "src", "cite", "action", "formaction", "background", "poster", "longdesc", "lowsrc", "dynsrc"];

    private readonly HtmlSanitizer _sanitizer;
    private readonly CanonicalMarkup _canonical;
    private readonly CleanMarkup _clean;

    // One parser per thread: making a parser (and its browsing context) for every fragment cost about as much as
    // sanitising the fragment. A parser keeps no state between documents.
    private readonly ThreadLocal<HtmlParser> _parsers = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));

    /// <summary>The site's one configured sanitizer (declared after the sets it is built from: static fields initialise in order).</summary>
    public static ContentSanitizer Default { get; } = new();

    private ContentSanitizer()
    {
        var allow = new MarkupAllowList(Tags, Attributes, UrlAttributes);
        _canonical = new CanonicalMarkup(allow);
        _clean = new CleanMarkup(allow);
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(UrlPolicy.Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(UrlAttributes, StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = true,
        };
        _sanitizer = new HtmlSanitizer(options)
        {
            KeepChildNodes = false,
            // No CSS support in the parser: there is no style attribute or element to read, and HtmlSanitizer then drops all styles.
            HtmlParserFactory = () => _parsers.Value!,
            OutputFormatter = ContentFormatter.Instance,
        };
        // A URL the HtmlSanitizer scheme check lets through must also pass the renderer's own policy (whitespace and controls removed).
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && !UrlPolicy.IsSafeOrRelative(url)) e.SanitizedUrl = null;
        };
    }

    /// <summary>
    /// The sanitised HTML. Markup-free text, and markup in which HtmlSanitizer would find nothing to remove
    /// (<see cref="IsClean"/>), are returned as they are: there is nothing in them to remove.
    /// </summary>
    public string Sanitize(string html)
    {
        if (html.AsSpan().IndexOf('<') < 0 || IsClean(html)) return html;
        return _sanitizer.Sanitize(html);
    }

    /// <summary>
    /// True when HtmlSanitizer would find nothing to remove, told without running it: markup in the renderer's canonical
    /// form by a plain scan (<see cref="CanonicalMarkup"/>), any other by AngleSharp's spec tokenizer (<see cref="CleanMarkup"/>).
    /// </summary>
    public bool IsClean(string html) => IsCleanCanonical(html) ?? _clean.IsClean(html);

    /// <summary>The shortcut's first stage alone: null where the markup is not in the canonical form.</summary>
    public bool? IsCleanCanonical(string html) => _canonical.Judge(html) switch
    {
        CanonicalVerdict.Clean => true,
        CanonicalVerdict.Unclean => false,
        _ => null,
    };

    /// <summary>The shortcut's second stage alone, the spec tokenizer (for tests).</summary>
    public bool IsCleanByTokenizer(string html) => _clean.IsClean(html);

    /// <summary>HtmlSanitizer's full pass, without the shortcut: for tests that hold the shortcut to it.</summary>
    public string SanitizeFully(string html) => _sanitizer.Sanitize(html);

    /// <summary>
    /// What the full pass writes when it removes nothing: the fragment parsed as HtmlSanitizer parses it and written back
    /// (the parser may still move misnested elements). <c>SanitizeFully(h) == Reserialize(h)</c> means nothing was removed.
    /// </summary>
    public string Reserialize(string html)
    {
        var document = _parsers.Value!.ParseDocument("<!doctype html><html><body>" + html);
        return document.Body!.ChildNodes.ToHtml(ContentFormatter.Instance);
    }
}
