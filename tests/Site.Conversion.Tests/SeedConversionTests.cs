using System.Text.RegularExpressions;

namespace Site.Conversion.Tests;

/// <summary>The seed article's {{noteTA}} (groups + rules 1–4) and our overrides on the seed's plain text.</summary>
public sealed partial class SeedConversionTests
{
    private static readonly Lazy<(PageRuleTable Rules, NoteTaResult NoteTa)> Page = new(LoadPage);

    private static ConversionOverrides Overrides => new ConversionDataLoader(SharedFiles.Repo("content/conversion")).LoadOverrides();

    private static string Convert(ZhVariant variant) =>
        string.Join("\n", File.ReadAllLines(SharedFiles.Reference("opencc/seed-plain.txt"))
            .Select(new EditionConverter(variant, Page.Value.Rules, Overrides).Convert));

    [Theory]
    [InlineData("約翰·凱瑞")]
    [InlineData("韓戰")]
    [InlineData("歐巴馬")]
    [InlineData("川普")]
    [InlineData("全斗煥")]
    [InlineData("朴正熙")]
    [InlineData("韓美關係")]
    [InlineData("雷根")]
    [InlineData("柯林頓")]
    [InlineData("小布希")]
    [InlineData("詹森")]
    [InlineData("尼克森")]
    [InlineData("舊金山")]
    [InlineData("休士頓")]
    public void ZhTwHasTaiwanNames(string expected) => Assert.Contains(expected, Convert(ZhVariant.ZhTW));

    [Theory]
    [InlineData("朝鮮戰爭")]
    [InlineData("朝鲜战争")]
    [InlineData("奧巴馬")]
    [InlineData("特朗普")]
    [InlineData("約翰·克里")]
    [InlineData("尼克松")]
    public void ZhTwHasNoMainlandNames(string unexpected) => Assert.DoesNotContain(unexpected, Convert(ZhVariant.ZhTW));

    [Fact]
    public void ZhCnUsesMainlandNamesAndNoTraditionalLeftovers()
    {
        var text = Convert(ZhVariant.ZhCN);
        Assert.Contains("朝鲜战争", text);
        Assert.DoesNotContain("韩战", text);
        Assert.Contains("韩国反美情绪", text);
        Assert.Contains("旧金山", text);
        Assert.Contains("休斯敦", text);
        Assert.Contains("约翰·克里", text);
        // Converting again to Simplified changes nothing: no Traditional character is left.
        var leftovers = text.Zip(OpenCcConverter.Get("t2s").Convert(text)).Where(p => p.First != p.Second).Select(p => p.First).Distinct();
        Assert.Empty(leftovers);
    }

    [Fact]
    public void NoteTaRulesComeFromGroupsThenParameters()
    {
        var noteTa = Page.Value.NoteTa;
        Assert.Empty(noteTa.MissingGroups);
        Assert.Null(noteTa.TitleRuleText);
        Assert.Equal(["G1", "G2", "G3", "G4"], noteTa.Rules.Select(r => r.Parameter).Distinct().Take(4));
        Assert.Equal(["1", "2", "3", "4"], noteTa.Rules.TakeLast(4).Select(r => r.Parameter));
    }

    [Fact]
    public void MissingGroupsAreReported()
    {
        var result = NoteTa.Evaluate(
            [new("G1", "PresidentsUS"), new("G2", "No_Such_Group"), new("1", "zh-cn:甲; zh-tw:乙;"), new("31", "zh-cn:丙; zh-tw:丁;"), new("T", "zh-cn:标题; zh-tw:標題;")],
            new ConversionDataLoader(SharedFiles.Repo("content/conversion")).LoadGroups());
        Assert.Equal([new NoteTaMissingGroup("G2", "No_Such_Group")], result.MissingGroups);
        Assert.Equal(["31"], result.IgnoredParameters);
        Assert.Equal("標題", result.TitleFor(ZhVariant.ZhTW));
        Assert.Equal("乙", result.ApplyTo(PageRuleTable.Empty).For(ZhVariant.ZhTW)["甲"]);
    }

    // One test per known wrong conversion that overrides.yml must prevent.
    [Theory]
    [InlineData("全斗焕", "全斗煥", "全鬥煥")]
    [InlineData("全斗煥", "全斗煥", "全鬥煥")]
    [InlineData("朴东宣", "朴東宣", "樸東宣")]
    [InlineData("不准其貿易", "不准其貿易", "不準")]
    [InlineData("栗谷", "栗谷", "慄谷")]
    public void OverridesFixKnownErrorsInTheSeed(string source, string expected, string wrong)
    {
        Assert.Contains(source, File.ReadAllText(SharedFiles.Reference("opencc/seed-plain.txt")));
        var text = Convert(ZhVariant.ZhTW);
        Assert.Contains(expected, text);
        Assert.DoesNotContain(wrong, text);
        Assert.DoesNotContain(wrong, Convert(ZhVariant.ZhHK));
    }

    [Fact]
    public void OverrideKeepsMixedUnitSoldiersOutOfTaxis()
    {
        // 混编的士兵: s2twp reads 的士 as "taxi" (混編計程車兵); s2tw does not, and the override guards both.
        Assert.Contains("混编的士兵", File.ReadAllText(SharedFiles.Reference("opencc/seed-plain.txt")));
        Assert.Contains("混編計程車兵", OpenCcConverter.Get("s2twp").Convert("同美军混编的士兵"));
        Assert.Contains("混編的士兵", Convert(ZhVariant.ZhTW));
        Assert.DoesNotContain("計程車", Convert(ZhVariant.ZhTW));
    }

    private static (PageRuleTable, NoteTaResult) LoadPage()
    {
        var wikitext = File.ReadAllText(SharedFiles.Repo("content/articles/韩美关系.wikitext"));
        var body = NoteTaPattern().Match(wikitext).Groups[1].Value;
        var parameters = body.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .Select(kv => KeyValuePair.Create(kv[0], kv[1]));
        var groups = new ConversionDataLoader(SharedFiles.Repo("content/conversion")).LoadGroups();
        var noteTa = NoteTa.Evaluate(parameters, groups);
        return (noteTa.ApplyTo(PageRuleTable.Empty), noteTa);
    }

    [GeneratedRegex(@"\{\{noteTA\s*((?:[^{}])*)\}\}")]
    private static partial Regex NoteTaPattern();
}
