namespace Site.Wikitext.Syntax;

/// <summary>A behaviour switch such as <c>__NOTOC__</c>.</summary>
public sealed class BehaviorSwitchNode(SourceSpan span, string text) : LeafNode(span, text)
{
    public string Name => Text.Trim('_').ToUpperInvariant();
}
