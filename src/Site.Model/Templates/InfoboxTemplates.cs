using Site.Model.Building;
using Site.Wikitext.Syntax;

namespace Site.Model.Templates;

/// <summary>
/// Infoboxes: <c>{{Infobox Bilateral relations}}</c> gets the two countries with flags and locator map;
/// any other <c>{{Infobox …}}</c> or <c>{{…信息框}}</c> becomes ordered label/value rows.
/// </summary>
public sealed class InfoboxTemplates : ITemplateHandler
{
    /// <summary>Chinese names of the countries the bilateral box names in English (shown until a page gives its own).</summary>
    private static readonly Dictionary<string, string> CountryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["South Korea"] = "韩国", ["North Korea"] = "朝鲜", ["United States"] = "美国", ["China"] = "中国", ["Japan"] = "日本",
        ["Russia"] = "俄罗斯", ["United Kingdom"] = "英国", ["France"] = "法国", ["Germany"] = "德国", ["Taiwan"] = "台湾",
        ["Vietnam"] = "越南", ["India"] = "印度", ["Canada"] = "加拿大", ["Australia"] = "澳大利亚", ["Mongolia"] = "蒙古国",
        ["Bulgaria"] = "保加利亚", ["Philippines"] = "菲律宾", ["Netherlands"] = "荷兰", ["Italy"] = "意大利", ["Spain"] = "西班牙",
    };

    /// <summary>Countries whose flag file names take "the" (Commons: "Flag of the United States.svg").</summary>
    private static readonly HashSet<string> WithArticle = new(StringComparer.OrdinalIgnoreCase)
    {
        "United States", "United Kingdom", "Netherlands", "Philippines", "Czech Republic", "Bahamas", "Gambia",
        "Maldives", "Marshall Islands", "Solomon Islands", "United Arab Emirates", "Central African Republic",
        "Dominican Republic", "Comoros", "Seychelles", "People's Republic of China", "Republic of China",
    };

    public IEnumerable<string> Names => ["Infobox Bilateral relations", "Infobox bilateral relations"];

    public static bool Matches(string name) =>
        name.StartsWith("Infobox", StringComparison.OrdinalIgnoreCase) || name.EndsWith("信息框", StringComparison.Ordinal) ||
        name.EndsWith("資訊框", StringComparison.Ordinal) || name.EndsWith("信息模板", StringComparison.Ordinal);

    public IReadOnlyList<Inline> Expand(TemplateCall call)
    {
        var context = call.Context;
        // References inside the infobox link back to the infobox itself.
        var infobox = context.At("infobox", () => call.Name.Equals("Infobox Bilateral relations", StringComparison.OrdinalIgnoreCase)
            ? Bilateral(call)
            : Generic(call));
        if (context.Infobox is null) context.Infobox = infobox;
        else return [new BlockHolder([new UnknownBlock(call.Name, infobox.Rows.SelectMany(r => r.Value).ToList())])];
        return [];
    }

    private static Infobox Bilateral(TemplateCall call)
    {
        var first = call.Text("2") ?? "";
        var second = call.Text("3") ?? "";
        var fileType = call.Text("filetype") ?? "png";
        var countries = new[] { first, second }
            .Where(c => c.Length > 0)
            .Select(c => new InfoboxCountry(c, CountryNames.GetValueOrDefault(c, c), new MediaFile(FlagFile(c)), null))
            .ToList();
        var map = first.Length > 0 && second.Length > 0 ? new MediaFile($"{first} {second} Locator.{fileType}") : null;
        if (map is not null && countries.Count > 0) countries[0] = countries[0] with { Map = map };
        var rows = new List<InfoboxRow>();
        for (var i = 1; i <= 2 && i <= countries.Count; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var country = new List<Inline> { new TextInline(countries[i - 1].LocalName) };
            if (call.Fragment("mission" + n) is { } mission) rows.Add(new InfoboxRow("mission", country, call.Context.Inlines.Build(mission)));
        }
        for (var i = 1; i <= 2 && i <= countries.Count; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (call.Fragment("envoy" + n) is not { } envoy) continue;
            var label = call.Fragment("envoytitle" + n) is { } title ? call.Context.Inlines.Build(title) : [new TextInline(countries[i - 1].LocalName)];
            rows.Add(new InfoboxRow("envoy", label, call.Context.Inlines.Build(envoy)));
        }
        var known = new HashSet<string>(StringComparer.Ordinal) { "1", "2", "3", "filetype", "mission1", "mission2", "envoy1", "envoy2", "envoytitle1", "envoytitle2" };
        rows.AddRange(OtherRows(call, known));
        return new Infobox(call.Name, call.Inlines("1"), rows, countries);
    }

    private static Infobox Generic(TemplateCall call)
    {
        var title = call.Inlines("name", "title", "名称", "名稱", "标题");
        return new Infobox(call.Name, title, OtherRows(call, ["name", "title", "名称", "名稱", "标题"]).ToList(), []);
    }

    private static IEnumerable<InfoboxRow> OtherRows(TemplateCall call, ICollection<string> skip)
    {
        foreach (var parameter in call.Parameters)
        {
            if (!parameter.IsNamed || skip.Contains(parameter.Key)) continue;
            var value = call.Context.Inlines.Build(parameter.Value);
            if (InlineText.Flatten(value).Trim().Length == 0 && !value.Any(v => v is ImageInline or BlockHolder)) continue;
            yield return new InfoboxRow(parameter.Key, [new TextInline(parameter.Key)], value);
        }
    }

    private static string FlagFile(string country) => WithArticle.Contains(country) ? $"Flag of the {country}.svg" : $"Flag of {country}.svg";
}
