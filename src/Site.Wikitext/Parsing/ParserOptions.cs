namespace Site.Wikitext.Parsing;

/// <summary>What the parser needs to know about the wiki: namespaces, protocols, tags. Defaults fit zh/en Wikipedia.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    public IReadOnlySet<string> FileNamespaces { get; init; } = Set("file", "image", "文件", "档案", "檔案", "图像", "圖像", "媒体文件", "媒體文件");

    public IReadOnlySet<string> MediaNamespaces { get; init; } = Set("media", "媒体", "媒體");

    public IReadOnlySet<string> CategoryNamespaces { get; init; } = Set("category", "分类", "分類");

    /// <summary>Language codes that make <c>[[xx:Title]]</c> an interlanguage link.</summary>
    public IReadOnlySet<string> InterlanguagePrefixes { get; init; } = Set(
        "en", "de", "fr", "es", "it", "ja", "ko", "ru", "pt", "pl", "nl", "sv", "uk", "vi", "ar", "fa", "he", "id",
        "ms", "th", "tr", "cs", "fi", "no", "da", "hu", "ro", "el", "bg", "ca", "eo", "sr", "hr", "sk", "sl", "lt",
        "lv", "et", "hi", "bn", "ta", "te", "ur", "simple", "zh-yue", "yue", "wuu", "gan", "lzh", "zh-classical",
        "zh-min-nan", "nan", "zh", "mn", "bo", "ug", "kk", "ky", "uz", "hy", "ka", "az", "be", "mk", "sq", "is");

    public IReadOnlyList<string> UrlProtocols { get; init; } =
    [
        "https://", "http://", "//", "ftp://", "ftps://", "sftp://", "irc://", "ircs://", "news:", "nntp://",
        "mailto:", "git://", "svn://", "ssh://", "telnet://", "worldwind://", "urn:", "geo:", "tel:", "sms:",
        "xmpp:", "magnet:", "bitcoin:", "gopher://", "mms://", "redis://", "matrix:",
    ];

    /// <summary>Extension tags whose body is wikitext and is parsed into the tree.</summary>
    public IReadOnlySet<string> ParsedExtensionTags { get; init; } = Set("ref", "references", "poem", "indicator", "center");

    /// <summary>Extension tags whose body is kept raw (never parsed as wikitext).</summary>
    public IReadOnlySet<string> RawExtensionTags { get; init; } = Set(
        "nowiki", "pre", "math", "chem", "ce", "syntaxhighlight", "source", "gallery", "imagemap", "timeline",
        "score", "graph", "templatedata", "templatestyles", "mapframe", "maplink", "hiero", "inputbox",
        "categorytree", "charinsert", "section", "langconvert", "includeonly", "noinclude", "onlyinclude",
        "dynamicpagelist", "rss", "quiz", "tabber", "talkpage", "phonos", "seo", "code-block");

    /// <summary>HTML elements that wikitext may contain (MediaWiki's Sanitizer list).</summary>
    public IReadOnlySet<string> HtmlTags { get; init; } = Set(
        "b", "bdi", "del", "i", "ins", "u", "font", "big", "small", "sub", "sup", "h1", "h2", "h3", "h4", "h5", "h6",
        "cite", "code", "em", "s", "strike", "strong", "tt", "var", "div", "center", "blockquote", "ol", "ul", "dl",
        "table", "caption", "pre", "ruby", "rb", "rp", "rt", "rtc", "p", "span", "abbr", "dfn", "kbd", "samp",
        "data", "time", "mark", "br", "wbr", "hr", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot",
        "q", "bdo", "meta", "link", "img", "a", "figure", "figcaption", "audio", "video", "source", "track");

    /// <summary>Letters after <c>]]</c> that join the link text (<c>[[a]]bc</c>). English Wikipedia: a–z; Chinese: none.</summary>
    public bool AsciiLinkTrail { get; init; } = true;

    /// <summary>Deeper nesting than this is kept as text, so hostile input cannot exhaust the stack.</summary>
    public int MaxNestingDepth { get; init; } = 100;

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.OrdinalIgnoreCase);
}
