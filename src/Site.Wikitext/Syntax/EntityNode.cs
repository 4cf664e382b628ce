namespace Site.Wikitext.Syntax;

/// <summary>An HTML character reference: <c>&amp;nbsp;</c>, <c>&amp;#12354;</c>, <c>&amp;#x3042;</c>.</summary>
public sealed class EntityNode(SourceSpan span, string text, string value) : LeafNode(span, text)
{
    /// <summary>The characters the reference stands for.</summary>
    public string Value { get; } = value;
}
