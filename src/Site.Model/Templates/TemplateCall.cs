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

    private Dictionary<string, TemplateParameter>? _byKey;

    /// <summary>
    /// A parameter by key; the last one wins, as in MediaWiki. Keys are worked out once per call: cite templates ask
    /// for dozens of aliases, and a key is the name's text, rebuilt from the tree each time it is read.
    /// </summary>
    public TemplateParameter? Parameter(string key)
    {
        if (_byKey is null)
        {
            _byKey = new Dictionary<string, TemplateParameter>(Node.Parameters.Count, StringComparer.Ordinal);
            foreach (var parameter in Node.Parameters) _byKey[parameter.Key] = parameter;
        }
        return _byKey.GetValueOrDefault(key);
    }

    public Fragment? Fragment(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (Parameter(key) is { } parameter) return parameter.Value;
        }
        return null;
    }

    /// <summary>The plain text of the first present, non-empty parameter.</summary>
    public string? Text(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (Parameter(key) is not { } parameter) continue;
            var text = Context.Inlines.PlainText(parameter.Value);
            if (text.Length > 0) return text;
        }
        return null;
    }

    public List<Inline> Inlines(params ReadOnlySpan<string> keys) => Context.Inlines.Build(Fragment(keys));

    public IEnumerable<TemplateParameter> Positional => Node.Parameters.Where(p => !p.IsNamed);
}
