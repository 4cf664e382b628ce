using Site.Rendering.Search;

namespace Site.Tests.Search;

/// <summary>The search index written for the seed site, read back and queried with the C# port of search.js.</summary>
public sealed class SearchIndexTests
{
    private static readonly string[] Editions = ["zh-hans", "zh-hant"];

    private static async Task<SearchIndex> IndexAsync(string edition)
    {
        var site = await BuiltSite.GetAsync();
        return SearchIndexJson.Read(path => site.Read(edition + "/search/" + path));
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public async Task Index_holds_every_section_source_event_and_page(string edition)
    {
        var site = await BuiltSite.GetAsync();
        var index = await IndexAsync(edition);
        Assert.Equal(edition, index.Edition);
        var article = site.Document(edition + "/index.html");
        var sections = index.Documents.Where(d => d.Kind == SearchDocumentKind.Section).ToList();
        // The lead, then one document per heading of the article, linked to its anchor.
        Assert.Equal(article.QuerySelectorAll("main section > :is(h2, h3, h4, h5, h6)[id]").Length + 1, sections.Count);
        Assert.Equal("../index.html", sections[0].Url);
        Assert.Equal(article.QuerySelector("h1")!.TextContent, sections[0].Title);
        Assert.Equal(site.Document(edition + "/citations/index.html").QuerySelectorAll("li.source").Length,
            index.Documents.Count(d => d.Kind == SearchDocumentKind.Source));
        Assert.Equal(site.Document(edition + "/timeline/index.html").QuerySelectorAll("li.event").Length,
            index.Documents.Count(d => d.Kind == SearchDocumentKind.Event));
        Assert.Contains(index.Documents, d => d.Kind == SearchDocumentKind.Page && d.Url == "../about/index.html");
        Assert.All(index.Documents, d => Assert.False(string.IsNullOrEmpty(d.Title)));
        Assert.True(index.Documents.Sum(d => d.Text.Length) > 10_000);
    }

    [Fact]
    public async Task Index_is_written_in_each_editions_script_and_reads_back_as_written()
    {
        var site = await BuiltSite.GetAsync();
        var hans = await IndexAsync("zh-hans");
        var hant = await IndexAsync("zh-hant");
        Assert.Contains("韩国", hans.Documents[0].Text, StringComparison.Ordinal);
        Assert.Contains("韓國", hant.Documents[0].Text, StringComparison.Ordinal);
        Assert.Equal(hans.Documents.Select(d => d.Url), hant.Documents.Select(d => d.Url));
        // Read checks the files against each other: the manifest's counts, every gram in the shard its hash names.
        Assert.All(hans.Postings.Values, list => Assert.Equal(list.Select(p => p.Document).Order(), list.Select(p => p.Document)));
        Assert.NotEmpty(hans.Postings["韩国"]);
        Assert.NotEmpty(hans.Postings["美"]);
        // Only the fold pairs that can meet the index are shipped: 韓 folds to 韩, which the index holds.
        Assert.Equal('韩', hans.Fold['韓']);
        Assert.True(hans.Fold.Count < 2000, $"{hans.Fold.Count} pairs");
    }

    public static TheoryData<string, string, string> Words => new()
    {
        { "zh-hans", "韩国", "韓國" }, { "zh-hant", "韩国", "韓國" },
        { "zh-hans", "同盟", "同盟" }, { "zh-hant", "同盟", "同盟" },
        { "zh-hans", "驻韩美军", "駐韓美軍" }, { "zh-hant", "驻韩美军", "駐韓美軍" },
        { "zh-hans", "朝鲜战争", "朝鮮戰爭" }, { "zh-hant", "朝鲜战争", "朝鮮戰爭" },
        { "zh-hans", "李承晚", "李承晚" }, { "zh-hant", "军事同盟", "軍事同盟" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public async Task Words_typed_in_either_script_find_the_same_documents(string edition, string simplified, string traditional)
    {
        var index = await IndexAsync(edition);
        var fromSimplified = SearchQuery.Run(index, simplified, 1000);
        var fromTraditional = SearchQuery.Run(index, traditional, 1000);
        Assert.NotEmpty(fromSimplified);
        Assert.Equal(fromSimplified.Select(h => h.Document), fromTraditional.Select(h => h.Document));
        // Every document whose own text holds the word in the edition's script is found.
        var own = edition == "zh-hans" ? simplified : traditional;
        var expected = index.Documents.Select((d, i) => (d, i)).Where(x => x.d.Text.Contains(own, StringComparison.Ordinal) || x.d.Title.Contains(own, StringComparison.Ordinal)).Select(x => x.i);
        Assert.Subset(fromSimplified.Select(h => h.Document).ToHashSet(), expected.ToHashSet());
        Assert.All(fromSimplified, h => Assert.NotEmpty(h.Snippet.Marks));
    }

    [Theory]
    [InlineData("zh-hans", "韓戰", "朝鲜战争")]
    [InlineData("zh-hant", "朝鲜战争", "韓戰")]
    [InlineData("zh-hans", "雷根", "里根")]
    public async Task Another_editions_wording_finds_this_editions_text(string edition, string query, string shown)
    {
        var index = await IndexAsync(edition);
        var hits = SearchQuery.Run(index, query);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.Snippet.Marks, m => h.Snippet.Text.Substring(m.Start, m.Length).Contains(shown, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("zh-hans", "新华网", "新华网")]
    [InlineData("zh-hans", "新華網", "新华网")]
    [InlineData("zh-hant", "新华网", "新華網")]
    public async Task Citation_sources_are_findable_in_either_script(string edition, string query, string shown)
    {
        var index = await IndexAsync(edition);
        var hits = SearchQuery.Run(index, query);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(SearchDocumentKind.Source, index.Documents[h.Document].Kind));
        Assert.All(hits, h => Assert.StartsWith("../citations/index.html#src-", index.Documents[h.Document].Url, StringComparison.Ordinal));
        Assert.Contains(shown, hits[0].Snippet.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-hans", "宣誓就职")]
    [InlineData("zh-hant", "宣誓就職")]
    [InlineData("zh-hant", "宣誓就职")]
    public async Task Timeline_events_are_findable(string edition, string query)
    {
        var index = await IndexAsync(edition);
        var events = SearchQuery.Run(index, query).Select(h => index.Documents[h.Document]).Where(d => d.Kind == SearchDocumentKind.Event).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, d => Assert.StartsWith("../timeline/index.html#period-", d.Url, StringComparison.Ordinal));
        Assert.Contains("1981", events[0].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-hans")]
    [InlineData("zh-hant")]
    public async Task Ranking_puts_title_hits_first_and_single_characters_and_several_terms_work(string edition)
    {
        var index = await IndexAsync(edition);
        var hits = SearchQuery.Run(index, "李承晚");
        Assert.True(hits[0].InTitle);
        Assert.Contains("李承晚", index.Documents[hits[0].Document].Title, StringComparison.Ordinal);
        Assert.NotEmpty(SearchQuery.Run(index, "美"));
        Assert.NotEmpty(SearchQuery.Run(index, "Korea alliance"));
        Assert.NotEmpty(SearchQuery.Run(index, "韩国 同盟"));
        Assert.Empty(SearchQuery.Run(index, "韩国 zzzz"));
        Assert.Empty(SearchQuery.Run(index, "   "));
    }

    [Fact]
    public async Task Every_page_has_an_accessible_search_box_and_each_edition_a_search_page()
    {
        var site = await BuiltSite.GetAsync();
        foreach (var edition in Editions)
        {
            foreach (var page in new[] { "index.html", "citations/index.html", "timeline/index.html", "about/index.html", "search/index.html" })
            {
                var document = site.Document(edition + "/" + page);
                var form = document.QuerySelector("header form[role=search]");
                Assert.NotNull(form);
                Assert.False(string.IsNullOrEmpty(form.GetAttribute("aria-label")));
                var input = form.QuerySelector("input[type=search][name=q]")!;
                Assert.NotNull(document.QuerySelector($"label[for='{input.Id}']"));
                Assert.NotNull(form.QuerySelector("[role=status]"));
                Assert.Equal(page == "search/index.html" ? "index.json" : page.Contains('/') ? "../search/index.json" : "search/index.json", form.GetAttribute("data-index"));
            }
            var search = site.Document(edition + "/search/index.html");
            Assert.NotNull(search.QuerySelector("main .search-nojs"));
            Assert.NotNull(search.QuerySelector("meta[name=robots][content=noindex]"));
            Assert.DoesNotContain("search/", site.Read("sitemap.xml"), StringComparison.Ordinal);
        }
        var notFound = site.Document("404.html").QuerySelector("form[role=search]")!;
        Assert.Equal("/zh-hans/search/index.json", notFound.GetAttribute("data-index"));
    }

    [Fact]
    public async Task Search_stays_small_and_out_of_the_critical_path()
    {
        var site = await BuiltSite.GetAsync();
        Assert.True(new FileInfo(site.PathOf("zh-hans/index.html")).Length < 150 * 1024);
        Assert.True(new FileInfo(site.PathOf("assets/site.css")).Length < 30 * 1024);
        Assert.True(new FileInfo(site.PathOf("assets/search.js")).Length < 16 * 1024);
        foreach (var edition in Editions)
        {
            // The first query fetches the manifest, a shard or a few and the chunks of the results shown.
            Assert.True(new FileInfo(site.PathOf(edition + "/search/index.json")).Length < 16 * 1024);
            Assert.All(Directory.GetFiles(site.PathOf(edition + "/search/docs")), f => Assert.True(new FileInfo(f).Length < 96 * 1024, f));
        }
        // One set of gram shards serves both editions.
        Assert.All(Directory.GetFiles(site.PathOf("search/grams")), f => Assert.True(new FileInfo(f).Length < 64 * 1024, f));
        // The postings spilled while building are gone before the site is put in place.
        Assert.False(Directory.Exists(site.PathOf(".scratch")));
        var scripts = site.Document("zh-hans/index.html").QuerySelectorAll("script[src]");
        Assert.All(scripts, s => Assert.True(s.HasAttribute("defer") || s.HasAttribute("async")));
    }
}
