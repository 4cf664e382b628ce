namespace Site.Conversion.Tests;

public sealed class ConversionDataLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "site-conversion-" + Guid.NewGuid().ToString("N"));

    public ConversionDataLoaderTests() => Directory.CreateDirectory(Path.Combine(_dir, "groups"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadsTheShippedGroups()
    {
        var groups = new ConversionDataLoader(SharedFiles.Repo("content/conversion")).LoadGroups();
        foreach (var name in new[] { "US_Senators", "US Senators", "USState", "Places", "PresidentsUS", "presidentsUS" })
        {
            Assert.True(groups.TryGet(name, out var group), name);
            Assert.NotEmpty(group.Items);
            Assert.All(group.Items, i => Assert.False(i.Parse().IsEmpty, i.Rule));
        }

        Assert.True(groups.TryGet("PresidentsUS", out var presidents));
        Assert.Contains(presidents.Items, i => i.Original == "Obama" && i.Rule.Contains("歐巴馬", StringComparison.Ordinal));
    }

    [Fact]
    public void GroupItemsMayBeStringsOrMappingsAndNameDefaultsToFileName()
    {
        File.WriteAllText(Path.Combine(_dir, "groups", "My_Group.yml"), """
            rules:
              - zh-cn:甲; zh-tw:乙;
              - rule: zh-cn:丙; zh-tw:丁;
                original: Ding
            """);
        var groups = new ConversionDataLoader(_dir).LoadGroups();
        Assert.True(groups.TryGet("My_Group", out var group));
        Assert.Equal("My Group", group.Name);
        Assert.Equal([new ConversionGroupItem("zh-cn:甲; zh-tw:乙;"), new ConversionGroupItem("zh-cn:丙; zh-tw:丁;", "Ding")], group.Items);
    }

    [Fact]
    public void InvalidRuleIsReportedWithItsPosition()
    {
        File.WriteAllText(Path.Combine(_dir, "groups", "Bad.yml"), "name: Bad\nrules:\n  - zh-xx:甲; zh-cn:乙;\n");
        var e = Assert.Throws<ConversionDataException>(() => new ConversionDataLoader(_dir).LoadGroups());
        Assert.Equal(3, e.Line);
        Assert.EndsWith("Bad.yml", e.Path);
    }

    [Fact]
    public void DuplicateGroupNamesAreReported()
    {
        File.WriteAllText(Path.Combine(_dir, "groups", "A.yml"), "name: Same\nrules: []\n");
        File.WriteAllText(Path.Combine(_dir, "groups", "B.yml"), "name: Same\nrules: []\n");
        Assert.Throws<ConversionDataException>(() => new ConversionDataLoader(_dir).LoadGroups());
    }

    [Fact]
    public void YamlSyntaxErrorIsReportedWithItsPosition()
    {
        File.WriteAllText(Path.Combine(_dir, "overrides.yml"), "traditional:\n  a: [unclosed\n");
        var e = Assert.Throws<ConversionDataException>(() => new ConversionDataLoader(_dir).LoadOverrides());
        Assert.True(e.Line >= 2);
    }

    [Fact]
    public void MissingDataMeansNoData()
    {
        var loader = new ConversionDataLoader(Path.Combine(_dir, "nothing-here"));
        Assert.Empty(loader.LoadGroups().Groups);
        Assert.Empty(loader.LoadOverrides().For(ZhVariant.ZhTW));
    }

    [Fact]
    public void OverridesPerVariantBeatDirection()
    {
        File.WriteAllText(Path.Combine(_dir, "overrides.yml"), """
            traditional:
              甲: 乙
              丙: 丁
            simplified:
              戊: 己
            variants:
              zh-TW:
                甲: 庚
            """);
        var overrides = new ConversionDataLoader(_dir).LoadOverrides();
        Assert.Equal("庚", overrides.For(ZhVariant.ZhTW)["甲"]);
        Assert.Equal("丁", overrides.For(ZhVariant.ZhTW)["丙"]);
        Assert.Equal("乙", overrides.For(ZhVariant.ZhHK)["甲"]);
        Assert.Equal("己", overrides.For(ZhVariant.ZhCN)["戊"]);
        Assert.Empty(overrides.For(ZhVariant.Zh));
    }
}
