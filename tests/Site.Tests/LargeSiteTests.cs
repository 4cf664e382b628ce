using AngleSharp.Html.Parser;
using Site.Cli.Commands;
using Site.Testing;

namespace Site.Tests;

/// <summary>
/// A site past the limits of one page: with more articles than <c>nav_articles</c>, the header links to the list of
/// articles; the citation index and the timeline run over numbered pages; every link and anchor still resolves.
/// </summary>
public sealed class LargeSiteTests
{
    [Fact]
    public async Task Many_articles_get_a_list_page_and_numbered_index_and_timeline_pages()
    {
        var shared = TestPaths.RequireShared();
        using var site = TempSite.CopyOfRepository();
        var corpus = Directory.GetFiles(Path.Combine(shared, "corpus", "articles", "zh"), "*.wikitext").Order(StringComparer.Ordinal).ToList();
        foreach (var (file, i) in corpus.Select((f, i) => (f, i)))
        {
            site.AddArticle(file, $"corpus-{i}.wikitext", $"    slug: corpus-{i}\n    title: {Path.GetFileNameWithoutExtension(file)[3..]}\n");
        }
        site.AddToConfig("nav_articles: 3\ncitations_per_page: 20\ntimeline_per_page: 40\n");
        var output = Path.Combine(site.Root, "_out");
        var stdout = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], stdout, stdout);
        Assert.True(code == 0, stdout.ToString());
        var parser = new HtmlParser();
        var articleCount = corpus.Count + 1;

        // The header names no article but links to the list, which names them all with their sources.
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "zh-hant", "index.html")));
        var nav = home.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("articles/index.html", nav);
        Assert.DoesNotContain(nav, href => href!.StartsWith("corpus-", StringComparison.Ordinal));
        var list = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "zh-hant", "articles", "index.html")));
        Assert.Equal(articleCount, list.QuerySelectorAll(".article-list > li").Length);
        Assert.Contains(list.QuerySelectorAll(".article-list > li > a"), a => a.TextContent == "中不關係");
        // An article page credits its own source only.
        var article = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "zh-hans", "corpus-0", "index.html")));
        Assert.DoesNotContain(article.QuerySelectorAll(".site-footer a"), a => a.TextContent.Contains("韩美关系", StringComparison.Ordinal));

        // Every source of the index is on exactly one numbered page, each page holds at most 20.
        var sourcePages = Directory.GetFiles(Path.Combine(output, "zh-hans", "citations"), "index.html", SearchOption.AllDirectories);
        Assert.True(sourcePages.Length > 1, "the index should run over several pages");
        var ids = new List<string>();
        foreach (var page in sourcePages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var onPage = document.QuerySelectorAll("li.source").Select(li => li.Id!).ToList();
            Assert.InRange(onPage.Count, 1, 20);
            Assert.NotNull(document.QuerySelector("nav.pager [aria-current=page]"));
            ids.AddRange(onPage);
        }
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var csl = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "data", "citations.csl.json")));
        Assert.Equal(csl.RootElement.GetArrayLength(), ids.Count);

        // The timeline's pages together hold every event of data/timeline.json once.
        var timeline = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "data", "timeline.json")));
        var eventCount = timeline.RootElement.GetProperty("articles").EnumerateArray().Sum(a => a.GetProperty("events").GetArrayLength());
        var timelinePages = Directory.GetFiles(Path.Combine(output, "zh-hant", "timeline"), "index.html", SearchOption.AllDirectories);
        Assert.True(timelinePages.Length > 1, "the timeline should run over several pages");
        var events = timelinePages.Sum(p => parser.ParseDocument(File.ReadAllText(p)).QuerySelectorAll("li.event").Length);
        Assert.Equal(eventCount, events);

        // The search index holds every article's lead in article order, then the rest, split into several chunks and
        // shards; an article after the first still carries the other edition's wording (美丽心灵 on zh-Hant finds 美麗境界).
        var articleSlugs = new[] { "" }.Concat(corpus.Select((_, i) => $"corpus-{i}/")).ToList();
        foreach (var edition in new[] { "zh-hans", "zh-hant" })
        {
            var index = Site.Rendering.Search.SearchIndexJson.Read(p => File.ReadAllText(Path.Combine(output, edition, "search", p)));
            var leads = index.Documents.Where(d => d.Kind == Site.Rendering.Search.SearchDocumentKind.Section && !d.Url.Contains('#', StringComparison.Ordinal)).Select(d => d.Url).ToList();
            Assert.Equal(articleSlugs.Select(slug => "../" + slug + "index.html"), leads);
            Assert.True(Directory.GetFiles(Path.Combine(output, edition, "search", "docs")).Length > 1, "the documents should run over several chunks");

        }
        Assert.True(Directory.GetFiles(Path.Combine(output, "search", "grams")).Length >= 4, "the postings should run over several shards");
        var hant = Site.Rendering.Search.SearchIndexJson.Read(p => File.ReadAllText(Path.Combine(output, "zh-hant", "search", p)));
        var crossed = Site.Rendering.Search.SearchQuery.Run(hant, "美丽心灵", 1000).Where(h => hant.Documents[h.Document].Url.StartsWith("../corpus-", StringComparison.Ordinal)).ToList();
        Assert.Contains(crossed, h => h.Snippet.Marks.Any(m => h.Snippet.Text.Substring(m.Start, m.Length) == "美麗境界"));

        // Links from references to the index, pager links and the list resolve (the check command reads every anchor).
        var check = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["check", "--root", site.Root, "--out", output], check, check) == 0, check.ToString());
    }
}
