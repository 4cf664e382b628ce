namespace Site.Model.Templates;

/// <summary><c>{{ko icon}}</c>, <c>{{en icon}}</c>, <c>{{Icon|ja}}</c>: the language of a source.</summary>
public sealed class LanguageIcons : ITemplateHandler
{
    public IEnumerable<string> Names => ["En icon", "Ko icon", "Ja icon", "Zh icon", "Fr icon", "De icon", "Ru icon", "Icon"];

    public static bool Matches(string name) => name.EndsWith(" icon", StringComparison.Ordinal) && name.Length <= 12;

    public IReadOnlyList<Inline> Expand(TemplateCall call)
    {
        var code = call.Name == "Icon" ? call.Text("1") ?? "und" : call.Name[..call.Name.IndexOf(' ')].ToLowerInvariant();
        return [new LanguageIconInline(code)];
    }
}
