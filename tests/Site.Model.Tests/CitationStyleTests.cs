namespace Site.Model.Tests;

using Site.Model.CitationIndex;

public sealed class CitationStyleTests
{
    private static CitationIndex SeedIndex => CitationIndexBuilder.Build([Articles.Seed]);

    [Fact]
    public void Formats_a_book_in_the_documented_order()
    {
        var dong = SeedIndex.Sources.Single(s => s.Title == "《韩国》");
        Assert.Equal(
            "董向荣. 《韩国》. 北京: 社会科学文献出版社, 2009年5月. pp. 256, 257, 260, 260–261, 261, 262, 263, 264. ISBN 9787509707326.",
            CitationStyle.ToPlainText(dong));
        var parts = CitationStyle.Format(dong).Where(p => p.Kind != StyledPartKind.Separator).Select(p => p.Kind);
        Assert.Equal(
            [StyledPartKind.Authors, StyledPartKind.Title, StyledPartKind.Place, StyledPartKind.Publisher, StyledPartKind.Date,
             StyledPartKind.Label, StyledPartKind.Pages, StyledPartKind.Label, StyledPartKind.Isbn],
            parts);
    }

    [Fact]
    public void Formats_a_web_page_with_language_archive_and_access_date()
    {
        var index = SeedIndex;
        Assert.Equal(
            "韩国概况. 新华网. Archived 2015年9月29日. Accessed 2015年5月9日.",
            CitationStyle.ToPlainText(index.Sources.Single(s => s.Title == "韩国概况")));
        Assert.Equal(
            "南, 安宇. Wonder Girls進軍美國 《Nobody》開路. Mydaily, 2009-06-05. (zh). Accessed 2010-03-14.",
            CitationStyle.ToPlainText(index.Sources.Single(s => s.Title == "Wonder Girls進軍美國 《Nobody》開路")));
    }

    [Fact]
    public void Links_the_title_to_the_archive_when_the_original_is_dead()
    {
        var xinhua = SeedIndex.Sources.Single(s => s.Title == "韩国概况");
        var parts = CitationStyle.Format(xinhua);
        Assert.Equal(xinhua.ArchiveUrl, parts.Single(p => p.Kind == StyledPartKind.Title).Url);
        var archived = parts.Single(p => p.Kind == StyledPartKind.ArchiveDate);
        Assert.Equal(("2015-09-29", xinhua.ArchiveUrl), (archived.Value, archived.Url));
        Assert.Equal("2015-05-09", parts.Single(p => p.Kind == StyledPartKind.AccessDate).Value);
    }

    [Fact]
    public void Every_seed_source_formats_to_one_line_ending_with_a_full_stop()
    {
        foreach (var source in SeedIndex.Sources)
        {
            var text = CitationStyle.ToPlainText(source);
            Assert.DoesNotContain("\n", text);
            Assert.DoesNotContain("  ", text);
            Assert.DoesNotMatch(@"(?<!\.)\.\.(?!\.)", text); // a doubled full stop; an ellipsis in a quote is fine
            Assert.True(text.EndsWith('.') || text.EndsWith('。'), text);
        }
    }

    [Fact]
    public void Uses_the_citations_own_pages_when_no_use_gives_any()
    {
        var article = Articles.FromText("t", "A<ref>{{cite journal|title=T|journal=J|volume=4|issue=2|pages=10-20|last=Lee|first=K.}}</ref>\n{{reflist}}");
        var source = Assert.Single(CitationIndexBuilder.Build([article]).Sources);
        Assert.Equal("Lee, K. T. J 4(2). pp. 10–20.", CitationStyle.ToPlainText(source));
    }
}
