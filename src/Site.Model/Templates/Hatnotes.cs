using Site.Model.Building;

namespace Site.Model.Templates;

/// <summary>{{About}}, {{seealso}}, {{main}}, {{further}}: notes that point readers to other articles.</summary>
public sealed class Hatnotes : ITemplateHandler
{
    public IEnumerable<string> Names =>
    [
        "About", "Seealso", "See also", "Also", "参见", "參見", "另见", "另見", "Main", "Main article", "主条目", "主條目",
        "Further", "Details", "Otheruses", "Other uses",
    ];

    public IReadOnlyList<Inline> Expand(TemplateCall call)
    {
        var kind = call.Name switch
        {
            "About" or "Otheruses" or "Other uses" => HatnoteKind.About,
            "Main" or "Main article" or "主条目" or "主條目" => HatnoteKind.Main,
            "Further" or "Details" => HatnoteKind.Further,
            _ => HatnoteKind.SeeAlso,
        };
        var positional = call.Positional.ToList();
        if (kind == HatnoteKind.About)
        {
            // {{About|this article|other use 1|target 1|other use 2|target 2…}}
            var content = positional.Count > 0 ? call.Context.Inlines.Build(positional[0].Value) : [];
            var targets = new List<HatnoteTarget>();
            for (var i = 1; i + 1 < positional.Count; i += 2)
            {
                targets.Add(new HatnoteTarget(call.Context.Inlines.PlainText(positional[i + 1].Value), call.Context.Inlines.Build(positional[i].Value)));
            }
            if (positional.Count == 2) targets.Add(new HatnoteTarget("", call.Context.Inlines.Build(positional[1].Value)));
            return [new BlockHolder([new Hatnote(kind, content, targets)])];
        }
        var titles = positional
            .Select(p => call.Context.Inlines.PlainText(p.Value))
            .Where(t => t.Length > 0)
            .Select(t => new HatnoteTarget(t, []))
            .ToList();
        return [new BlockHolder([new Hatnote(kind, [], titles)])];
    }
}
