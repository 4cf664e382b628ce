namespace Site.Wikitext.Syntax;

/// <summary>One <c>|name=value</c> or <c>|value</c> part of a template or parser function.</summary>
public sealed class TemplateParameter : ContainerNode
{
    public TemplateParameter(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment? name, Fragment value, int position)
        : base(span, children)
    {
        Name = name;
        Value = value;
        Position = position;
    }

    /// <summary>A positional parameter whose only child is its value.</summary>
    internal TemplateParameter(Fragment value, int position) : base(value.Start, value.Length, value)
    {
        Value = value;
        Position = position;
    }

    /// <summary>The name for a named parameter; null for a positional one.</summary>
    public Fragment? Name { get; }

    public Fragment Value { get; }

    /// <summary>1-based position among positional parameters; 0 for named ones.</summary>
    public int Position { get; }

    public bool IsNamed => Name is not null;

    /// <summary>The key MediaWiki uses: the trimmed name, or the position as text.</summary>
    public string Key => Name is null ? Position.ToString(System.Globalization.CultureInfo.InvariantCulture) : Name.ToWikitext().Trim();
}

/// <summary>Shared shape of templates and parser functions: a name and parameters.</summary>
public abstract class TransclusionNode(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, IReadOnlyList<TemplateParameter> parameters)
    : ContainerNode(span, children)
{
    public Fragment Name { get; } = name;

    public IReadOnlyList<TemplateParameter> Parameters { get; } = parameters;

    /// <summary>The value of a parameter by key (<c>"url"</c>, <c>"1"</c>); the last one wins, as in MediaWiki.</summary>
    public TemplateParameter? GetParameter(string key)
    {
        for (var i = Parameters.Count - 1; i >= 0; i--)
        {
            if (Parameters[i].Key == key) return Parameters[i];
        }
        return null;
    }
}

/// <summary><c>{{name|a|b=c}}</c>.</summary>
public sealed class TemplateNode(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, IReadOnlyList<TemplateParameter> parameters)
    : TransclusionNode(span, children, name, parameters)
{
    /// <summary>The name as written, trimmed, comments removed.</summary>
    public string NameText => string.Concat(Name.Children.Where(c => c is not CommentNode).Select(c => c.ToWikitext())).Trim();
}

/// <summary>
/// <c>{{#if:x|a|b}}</c>, <c>{{#tag:ref|...}}</c>, <c>{{lc:...}}</c>: a function name before the colon;
/// the text after the colon is parameter 1.
/// </summary>
public sealed class ParserFunctionNode(
    SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, IReadOnlyList<TemplateParameter> parameters, string functionName)
    : TransclusionNode(span, children, name, parameters)
{
    /// <summary>The function name as written before the colon, e.g. <c>#tag</c>.</summary>
    public string FunctionName { get; } = functionName;
}

/// <summary><c>{{{name|default}}}</c>: a template parameter reference.</summary>
public sealed class ArgumentNode(SourceSpan span, IReadOnlyList<WikiNode> children, Fragment name, Fragment? @default)
    : ContainerNode(span, children)
{
    public Fragment Name { get; } = name;

    public Fragment? Default { get; } = @default;
}
