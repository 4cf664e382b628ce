namespace Site.Wikitext.Syntax;

/// <summary>One <c>|name=value</c> or <c>|value</c> part of a template or parser function.</summary>
public sealed class TemplateParameter : ContainerNode
{
    // Null for a parameter the parser keeps as source: its name and value are then its children, made when first read.
    private readonly Fragment? _name;
    private readonly Fragment? _value;

    // For a parameter kept as source: where its '=' is, from the start; -1 for a positional one.
    private readonly int _equals = -1;

    public TemplateParameter(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment? name, Fragment value, int position)
        : base(span, children)
    {
        _name = name;
        _value = value;
        Position = position;
    }

    /// <summary>A positional parameter whose only child is its value.</summary>
    internal TemplateParameter(Fragment value, int position) : base(value.Start, value.Length, value)
    {
        _value = value;
        Position = position;
    }

    /// <summary>
    /// A parameter whose name (before the '=' at <paramref name="equals"/> from the start, or none when it is -1) and
    /// value are plain text: the fragments and the '=' are made when first read.
    /// </summary>
    internal TemplateParameter(SourceText source, int start, int length, int equals, int position) : base(source, start, length)
    {
        _equals = equals;
        Position = position;
    }

    /// <summary>The name for a named parameter; null for a positional one.</summary>
    public Fragment? Name => _equals >= 0 ? (Fragment)Children[0] : _name;

    public Fragment Value => _value ?? (Fragment)Children[^1];

    /// <summary>1-based position among positional parameters; 0 for named ones.</summary>
    public int Position { get; }

    public bool IsNamed => _equals >= 0 || _name is not null;

    /// <summary>The key MediaWiki uses: the trimmed name, or the position as text.</summary>
    public string Key => IsNamed ? NameText().Trim() : Position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string NameText() => _equals >= 0 ? SourceOf(this)!.Text.Substring(Start, _equals) : Name!.ToWikitext();

    private protected override object? MakeChildren(SourceText source)
    {
        if (_equals < 0) return new Fragment(source, Start, Length);
        var sign = Start + _equals;
        return new WikiNode[] { new Fragment(source, Start, _equals), new MarkupToken(source, sign, 1), new Fragment(source, sign + 1, End - sign - 1) };
    }
}

/// <summary>Shared shape of templates and parser functions: a name and parameters.</summary>
public abstract class TransclusionNode : ContainerNode
{
    // Null for a node made by the parser until first read: its parameters are then its TemplateParameter children.
    private IReadOnlyList<TemplateParameter>? _parameters;

    protected TransclusionNode(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, IReadOnlyList<TemplateParameter> parameters)
        : base(span, children)
    {
        Name = name;
        _parameters = parameters;
    }

    /// <summary>A node made by the parser: the parameters are the TemplateParameter children, listed when first asked for.</summary>
    private protected TransclusionNode(SourceSpan span, WikiNode[] children, Fragment name) : base(span, children) => Name = name;

    public Fragment Name { get; }

    public IReadOnlyList<TemplateParameter> Parameters => _parameters ?? ChildrenOfType.List(this, ref _parameters);

    /// <summary>The value of a parameter by key (<c>"url"</c>, <c>"1"</c>); the last one wins, as in MediaWiki.</summary>
    public TemplateParameter? GetParameter(string key)
    {
        var parameters = Parameters;
        for (var i = parameters.Count - 1; i >= 0; i--)
        {
            if (parameters[i].Key == key) return parameters[i];
        }
        return null;
    }
}

/// <summary><c>{{name|a|b=c}}</c>.</summary>
public sealed class TemplateNode : TransclusionNode
{
    public TemplateNode(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, IReadOnlyList<TemplateParameter> parameters)
        : base(span, children, name, parameters)
    {
    }

    /// <summary>A template made by the parser: its parameters are its TemplateParameter children.</summary>
    internal TemplateNode(SourceSpan span, WikiNode[] children, Fragment name) : base(span, children, name)
    {
    }

    /// <summary>The name as written, trimmed, comments removed.</summary>
    public string NameText => string.Concat(Name.Children.Where(c => c is not CommentNode).Select(c => c.ToWikitext())).Trim();
}

/// <summary>
/// <c>{{#if:x|a|b}}</c>, <c>{{#tag:ref|...}}</c>, <c>{{lc:...}}</c>: a function name before the colon;
/// the text after the colon is parameter 1.
/// </summary>
public sealed class ParserFunctionNode : TransclusionNode
{
    public ParserFunctionNode(
        SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, IReadOnlyList<TemplateParameter> parameters, string functionName)
        : base(span, children, name, parameters) => FunctionName = functionName;

    /// <summary>A parser function made by the parser: its parameters are its TemplateParameter children.</summary>
    internal ParserFunctionNode(SourceSpan span, WikiNode[] children, Fragment name, string functionName)
        : base(span, children, name) => FunctionName = functionName;

    /// <summary>The function name as written before the colon, e.g. <c>#tag</c>.</summary>
    public string FunctionName { get; }
}

/// <summary><c>{{{name|default}}}</c>: a template parameter reference.</summary>
public sealed class ArgumentNode(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, Fragment? @default)
    : ContainerNode(span, children)
{
    public Fragment Name { get; } = name;

    public Fragment? Default { get; } = @default;
}
