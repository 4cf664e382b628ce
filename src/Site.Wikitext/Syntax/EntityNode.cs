namespace Site.Wikitext.Syntax;

/// <summary>An HTML character reference: <c>&amp;nbsp;</c>, <c>&amp;#12354;</c>, <c>&amp;#x3042;</c>.</summary>
public sealed class EntityNode : LeafNode
{
    public EntityNode(SourceSpan span, string text, string value) : base(span, text) => Value = value;

    internal EntityNode(SourceText source, int start, int length, string value) : base(source, start, length) => Value = value;

    /// <summary>The characters the reference stands for.</summary>
    public string Value { get; }
}
