namespace Site.Model.Templates;

/// <summary><c>{{noteTA|T=…|G1=group|1=rule}}</c>: page-wide conversion rules, applied by the conversion stage.</summary>
public sealed class NoteTa : ITemplateHandler
{
    public IEnumerable<string> Names => ["NoteTA", "NoteTA/lua", "Notea", "NoteAT"];

    public IReadOnlyList<Inline> Expand(TemplateCall call)
    {
        var groups = new List<string>();
        var rules = new List<string>();
        var all = new List<KeyValuePair<string, string>>();
        foreach (var parameter in call.Parameters)
        {
            var key = parameter.Key;
            var value = parameter.Value.ToWikitext().Trim();
            all.Add(new KeyValuePair<string, string>(key, value));
            if (value.Length == 0) continue;
            if (key.Length > 1 && key[0] == 'G' && int.TryParse(key[1..], out var g) && g is >= 1 and <= 30) groups.Add(value);
            else if (int.TryParse(key, out var n) && n is >= 1 and <= 30) rules.Add(value);
        }
        var title = call.Fragment("T")?.ToWikitext().Trim();
        call.Context.ConversionRules.Add(new Site.Model.ConversionRuleSource(string.IsNullOrEmpty(title) ? null : title, groups, rules, call.Node.Span, FromNoteTa: true, Parameters: all));
        return [];
    }
}
