namespace Site.Wikitext.Syntax;

/// <summary>What a run of apostrophes means after MediaWiki's per-line rules have been applied.</summary>
public enum QuoteKind
{
    /// <summary>Plain apostrophes (an unbalanced run that stays text).</summary>
    Text,
    Italic,
    Bold,
    BoldItalic,
}

/// <summary>
/// A run of two or more apostrophes. <see cref="LiteralCount"/> leading apostrophes are plain text
/// (a run of four is one apostrophe then bold), the rest toggle <see cref="Kind"/>.
/// </summary>
public sealed class ApostrophesNode : LeafNode
{
    public ApostrophesNode(SourceSpan span, string text) : base(span, text)
    {
    }

    internal ApostrophesNode(SourceText source, int start, int length) : base(source, start, length)
    {
    }

    public int Count => AsSpan().Length;

    public QuoteKind Kind { get; internal set; } = QuoteKind.Text;

    public int LiteralCount { get; internal set; }
}
