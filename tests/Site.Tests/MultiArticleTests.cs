using AngleSharp.Html.Parser;
using Site.Cli.Commands;
using Site.Testing;

namespace Site.Tests;

/// <summary>A site of two articles: both are pages, the citation index covers both and filters by article.</summary>
public sealed class MultiArticleTests
{
    [Fact]
    public async Task Citation_index_covers_every_article_and_filters_by_article()
    {
        var shared = TestPaths.RequireShared();
        using var site = TempSite.CopyOfRepository();
        site.AddArticle(Path.Combine(shared, "corpus", "articles", "zh", "zh_中不关系.wikitext"), "中不关系.wikitext",
            "    slug: china-bhutan-relations\n    title: 中不关系\n    source_url: https://zh.wikipedia.org/wiki/中不关系\n");
        var output = Path.Combine(site.Root, "_out");
        var stdout = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], stdout, stdout);
        Assert.True(code == 0, stdout.ToString());

        Assert.True(File.Exists(Path.Combine(output, "zh-hans", "china-bhutan-relations", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "zh-hant", "china-bhutan-relations", "index.html")));
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "zh-hans", "citations", "index.html")));
        var options = index.QuerySelectorAll("select[name=article] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "korea-us-relations", "china-bhutan-relations"], options);
        var articlesPerSource = index.QuerySelectorAll("li.source").Select(li => li.GetAttribute("data-articles")!).ToList();
        Assert.Contains(articlesPerSource, a => a.Contains("china-bhutan-relations", StringComparison.Ordinal));
        Assert.Contains(articlesPerSource, a => a.Contains("korea-us-relations", StringComparison.Ordinal));
        // Locations of the second article's sources link into its own page.
        Assert.Contains(index.QuerySelectorAll(".cited-at a"), a => a.GetAttribute("href")!.StartsWith("../china-bhutan-relations/index.html#", StringComparison.Ordinal));
        var nav = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "zh-hant", "index.html"))).QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.Contains("中不關係", nav);
    }
}
