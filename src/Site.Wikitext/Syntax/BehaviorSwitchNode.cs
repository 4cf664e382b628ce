namespace Site.Wikitext.Syntax;

/// <summary>A behaviour switch such as <c>__NOTOC__</c>.</summary>
public sealed class BehaviorSwitchNode : LeafNode
{
    public BehaviorSwitchNode(SourceSpan span, string text) : base(span, text)
    {
    }

    internal BehaviorSwitchNode(SourceText source, int start, int length) : base(source, start, length)
    {
    }

    public string Name => Text.Trim('_').ToUpperInvariant();
}
