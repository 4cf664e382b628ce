namespace Site.Model.Tests;

using Site.Model.CitationIndex;

public sealed class PageLocatorsTests
{
    [Theory]
    [InlineData("52-53", "52–53")]
    [InlineData("52 - 53", "52–53")]
    [InlineData("19—21", "19–21")]
    [InlineData("52–53", "52–53")]
    [InlineData("pp. 52-53", "52–53")]
    [InlineData("p.7", "7")]
    [InlineData("第12页", "12")]
    [InlineData("12頁", "12")]
    [InlineData("xii-xiv", "xii–xiv")]
    [InlineData("262 ", "262")]
    [InlineData("preface", "preface")]
    [InlineData("A-1 to A-3", "A-1 to A-3")]
    public void Displays_ranges_with_an_en_dash(string raw, string expected) => Assert.Equal(expected, PageLocators.Display(raw));

    [Fact]
    public void Aggregates_deduplicates_and_sorts_naturally()
    {
        var pages = PageLocators.Aggregate(["262", "260-261", "260", null, "256, 257", "262", "9", "260–261", "x"]);
        Assert.Equal(["9", "256", "257", "260", "260–261", "262", "x"], pages.Select(p => p.Display));
        var range = pages.Single(p => p.Display == "260–261");
        Assert.Equal("260-261", range.Raw);
        Assert.Equal(2, range.Count);
    }

    [Fact]
    public void Natural_order_compares_numbers_by_value()
    {
        string[] values = ["140", "52–53", "52", "9", "53", "007", "7"];
        Assert.Equal(["007", "7", "9", "52", "52–53", "53", "140"], values.Order(PageLocators.NaturalComparer.Instance));
    }
}
