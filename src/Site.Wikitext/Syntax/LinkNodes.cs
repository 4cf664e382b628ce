namespace Site.Wikitext.Syntax;

public enum WikiLinkKind
{
    Page,
    File,
    Media,
    Category,
    Interlanguage,
}

/// <summary>
/// <c>[[target|part|part]]trail</c>. For page links the parts joined by '|' are the text;
/// for files they are options and a caption.
/// </summary>
public sealed class WikiLinkNode : ContainerNode
{
    // Null for a link the parser keeps as source: its target and part are then children, made when first read.
    private readonly Fragment? _target;
    private IReadOnlyList<Fragment>? _parts;
    private readonly TextNode? _trail;

    // For a link kept as source: where its '|' is, from the start, or 0 when it has none; -1 for other links.
    private readonly int _pipe = -1;

    public WikiLinkNode(
        SourceSpan span, IReadOnlyList<WikiNode> children, Fragment target, IReadOnlyList<Fragment> parts,
        TextNode? trail, WikiLinkKind kind)
        : base(span, children)
    {
        _target = target;
        _parts = parts;
        _trail = trail;
        Kind = kind;
    }

    /// <summary>
    /// <c>[[target]]</c> or <c>[[target|text]]</c> with no trail, target and text plain: the fragments and markup are made
    /// when first read. <paramref name="pipe"/> is the offset of the '|' from the start, or 0 when there is none.
    /// </summary>
    internal WikiLinkNode(SourceText source, int start, int length, int pipe, WikiLinkKind kind) : base(source, start, length)
    {
        _pipe = pipe;
        Kind = kind;
    }

    public Fragment Target => _target ?? (Fragment)Children[1];

    public IReadOnlyList<Fragment> Parts => _parts ?? MakeParts();

    /// <summary>Letters glued after <c>]]</c> that MediaWiki shows as part of the link text.</summary>
    public TextNode? Trail => _trail;

    public WikiLinkKind Kind { get; }

    /// <summary>The target as written, trimmed.</summary>
    public string TargetText => _target is null
        ? SourceOf(this)!.Text.AsSpan(Start + 2, (_pipe > 0 ? _pipe : Length - 2) - 2).Trim().ToString()
        : _target.ToWikitext().Trim();

    /// <summary>The one part of a link kept as source; one thread's list wins, so every reader sees the same one.</summary>
    private IReadOnlyList<Fragment> MakeParts()
    {
        IReadOnlyList<Fragment> parts = _pipe > 0 ? [(Fragment)Children[3]] : [];
        return Interlocked.CompareExchange(ref _parts, parts, null) ?? parts;
    }

    private protected override object? MakeChildren(SourceText source)
    {
        var open = new MarkupToken(source, Start, 2);
        var close = new MarkupToken(source, End - 2, 2);
        if (_pipe == 0) return new WikiNode[] { open, new Fragment(source, Start + 2, Length - 4), close };
        var pipe = Start + _pipe;
        return new WikiNode[]
        {
            open, new Fragment(source, Start + 2, _pipe - 2), new MarkupToken(source, pipe, 1), new Fragment(source, pipe + 1, End - 2 - pipe - 1), close,
        };
    }
}

/// <summary><c>[https://example.org text]</c>.</summary>
public sealed class ExternalLinkNode(SourceSpan span, IReadOnlyList<WikiNode> children, string url, Fragment? text)
    : ContainerNode(span, children)
{
    public string Url { get; } = url;

    /// <summary>The link text; null for <c>[https://example.org]</c>, which MediaWiki numbers.</summary>
    public Fragment? Text { get; } = text;
}
