using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>Parser functions: <c>{{#tag:ref|…}}</c> is a reference; others are kept visible as written.</summary>
internal static class ParserFunctions
{
    public static IReadOnlyList<Inline> Build(BuildContext context, ParserFunctionNode function)
    {
        var name = function.FunctionName.ToLowerInvariant();
        if (name == "#tag" && function.Parameters.Count > 0 && context.Inlines.PlainText(function.Parameters[0].Value).Equals("ref", StringComparison.OrdinalIgnoreCase))
        {
            var body = function.Parameters.FirstOrDefault(p => !p.IsNamed && p.Position == 2)?.Value;
            var refName = function.GetParameter("name") is { } n ? context.Inlines.PlainText(n.Value) : null;
            var group = function.GetParameter("group") is { } g ? context.Inlines.PlainText(g.Value) : "";
            return [References.Ref(context, refName, group, body, null, function.Span)];
        }
        if (name is "defaultsort" or "displaytitle" or "defaultsortkey") return [];
        context.Report(ModelDiagnostics.ParserFunction, function.Span, function.FunctionName);
        return [new UnknownTemplateInline(function.FunctionName, function.Parameters.SelectMany(p => context.Inlines.Build(p.Value)).ToList())];
    }
}
