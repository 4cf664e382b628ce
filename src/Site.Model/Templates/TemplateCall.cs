using Site.Model.Building;
using Site.Wikitext.Syntax;

namespace Site.Model.Templates;

/// <summary>A template call as handlers see it: parameters by key, as inlines or plain text.</summary>
public sealed class TemplateCall(BuildContext context, TemplateNode node, string name)
{
    public BuildContext Context { get; } = context;

    public TemplateNode Node { get; } = node;

    /// <summary>The normalised template name.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<TemplateParameter> Parameters => Node.Parameters;

    public Fragment? Fragment(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Node.GetParameter(key) is { } parameter) return parameter.Value;
        }
        return null;
    }

    /// <summary>The plain text of the first present, non-empty parameter.</summary>
    public string? Text(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Node.GetParameter(key) is not { } parameter) continue;
            var text = Context.Inlines.PlainText(parameter.Value);
            if (text.Length > 0) return text;
        }
        return null;
    }

    public List<Inline> Inlines(params string[] keys) => Context.Inlines.Build(Fragment(keys));

    public IEnumerable<TemplateParameter> Positional => Node.Parameters.Where(p => !p.IsNamed);
}
