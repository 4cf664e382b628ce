using AngleSharp.Dom;

namespace Site.Tests;

/// <summary>The built seed site, read as DOM: pages, languages, links and switchers.</summary>
public sealed class SiteOutputTests
{
    private static readonly string[] Editions = ["zh-hans", "zh-hant"];

    [Fact]
    public async Task Build_succeeds()
    {
        var site = await BuiltSite.GetAsync();
        Assert.True(site.ExitCode == 0, site.Stderr + site.Stdout);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("assets/site.css")]
    [InlineData("data/korea-us-relations/article.json")]
    [InlineData("data/timeline.json")]
    [InlineData("zh-hans/index.html")]
    [InlineData("zh-hans/citations/index.html")]
    [InlineData("zh-hans/timeline/index.html")]
    [InlineData("zh-hans/about/index.html")]
    [InlineData("zh-hant/index.html")]
    [InlineData("zh-hant/citations/index.html")]
    [InlineData("zh-hant/timeline/index.html")]
    [InlineData("zh-hant/about/index.html")]
    public async Task Every_page_type_exists_in_both_editions(string path)
    {
        var site = await BuiltSite.GetAsync();
        Assert.True(File.Exists(site.PathOf(path)), path);
    }

    [Fact]
    public async Task Every_edition_page_has_lang_title_and_hreflang_to_the_other_edition()
    {
        var site = await BuiltSite.GetAsync();
        foreach (var edition in Editions)
        {
            foreach (var page in site.HtmlFiles().Where(p => p.StartsWith(edition + "/", StringComparison.Ordinal)))
            {
                var document = site.Document(page);
                var expectedLang = edition == "zh-hans" ? "zh-Hans" : "zh-Hant";
                Assert.Equal(expectedLang, document.DocumentElement.GetAttribute("lang"));
                Assert.False(string.IsNullOrWhiteSpace(document.Title), page);
                var other = edition == "zh-hans" ? "zh-Hant" : "zh-Hans";
                Assert.NotNull(document.QuerySelector($"link[rel=alternate][hreflang={other}]"));
                Assert.NotNull(document.QuerySelector("link[rel=alternate][hreflang=x-default]"));
            }
        }
    }

    [Fact]
    public async Task Switcher_leads_to_the_same_page_in_the_other_edition()
    {
        var site = await BuiltSite.GetAsync();
        foreach (var page in site.HtmlFiles().Where(p => p.StartsWith("zh-hans/", StringComparison.Ordinal)))
        {
            var link = site.Document(page).QuerySelector(".edition-switcher a[hreflang=zh-Hant]");
            Assert.NotNull(link);
            var target = Resolve(page, link!.GetAttribute("href")!);
            Assert.Equal(page.Replace("zh-hans/", "zh-hant/", StringComparison.Ordinal), target);
        }
    }

    [Fact]
    public async Task Every_internal_link_resolves_to_a_written_file_and_anchor()
    {
        var site = await BuiltSite.GetAsync();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in site.HtmlFiles().Where(p => p != "404.html"))
        {
            var document = site.Document(page);
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (IsExternal(href)) continue;
                checkedLinks++;
                var hash = href.IndexOf('#');
                var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
                var path = hash >= 0 ? href[..hash] : href;
                var target = path.Length == 0 ? page : Resolve(page, path);
                if (!File.Exists(site.PathOf(target)))
                {
                    broken.Add($"{page}: {href} (no file {target})");
                    continue;
                }
                if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal) &&
                    site.Document(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{page}: {href} (no id '{fragment}' in {target})");
                }
            }
        }
        Assert.True(checkedLinks > 100, $"only {checkedLinks} internal links checked");
        Assert.Empty(broken);
    }

    [Fact]
    public async Task No_numeric_entities_for_CJK_text()
    {
        var site = await BuiltSite.GetAsync();
        foreach (var page in site.HtmlFiles())
        {
            Assert.DoesNotContain("&#x", site.Read(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Article_shows_title_sections_and_references_in_each_script()
    {
        var site = await BuiltSite.GetAsync();
        var hans = site.Document("zh-hans/index.html");
        var hant = site.Document("zh-hant/index.html");
        Assert.Equal("韩美关系", hans.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("韓美關係", hant.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(hans.QuerySelectorAll("main h2").Length >= 10);
        Assert.True(hans.QuerySelectorAll("main h3").Length >= 6);
        // 38 numbered references and one note, counted in the source.
        Assert.Equal(38, hans.QuerySelectorAll("ol.references:not(.notes) > li").Length);
        Assert.Single(hans.QuerySelectorAll("ol.references.notes > li"));
        Assert.True(hans.QuerySelectorAll("main b").Length > 0);
    }

    [Fact]
    public async Task Traditional_page_reads_as_Traditional_with_the_article_rules()
    {
        var site = await BuiltSite.GetAsync();
        var text = site.Document("zh-hant/index.html").QuerySelector("main")!.TextContent;
        foreach (var expected in new[] { "韓美關係", "約翰·凱瑞", "韓戰", "歐巴馬", "川普", "全斗煥", "朴正熙" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        foreach (var wrong in new[] { "全鬥煥", "樸東宣", "不準其", "計程車兵" })
        {
            Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
        }
        var simplifiedOnly = "关国这为们说时来对发经与军战权总统维议";
        var leftovers = text.Where(c => simplifiedOnly.Contains(c)).Distinct().ToArray();
        Assert.True(leftovers.Length == 0, "Simplified characters in the Traditional page: " + new string(leftovers));
    }

    [Fact]
    public async Task Simplified_page_has_no_Traditional_leftovers()
    {
        var site = await BuiltSite.GetAsync();
        var text = site.Document("zh-hans/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("韩国反美情绪", text, StringComparison.Ordinal);
        Assert.Contains("朝鲜战争", text, StringComparison.Ordinal);
        var traditionalOnly = "關係國這為們說時來對發經與軍戰權總統維議韓";
        var leftovers = text.Where(c => traditionalOnly.Contains(c)).Distinct().ToArray();
        Assert.True(leftovers.Length == 0, "Traditional characters in the Simplified page: " + new string(leftovers));
    }

    [Fact]
    public async Task Article_json_follows_the_documented_schema()
    {
        var site = await BuiltSite.GetAsync();
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("data/korea-us-relations/article.json"));
        var root = json.RootElement;
        Assert.Equal("site-article", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var article = root.GetProperty("article");
        Assert.Equal("韩美关系", article.GetProperty("title").GetString());
        Assert.Equal(10, article.GetProperty("sections").GetArrayLength());
        var references = article.GetProperty("referenceGroups")[0].GetProperty("references");
        Assert.Equal(38, references.GetArrayLength());
        var first = article.GetProperty("lead")[0];
        Assert.Equal("paragraph", first.GetProperty("type").GetString());
        // The lead opens with the bold title: a styled inline holding the text.
        var bold = first.GetProperty("content")[0];
        Assert.Equal("styled", bold.GetProperty("type").GetString());
        Assert.Equal("bold", bold.GetProperty("style").GetString());
        Assert.Equal("韩美关系", bold.GetProperty("children")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("zh-hans", "https://zh.wikipedia.org/zh-cn/")]
    [InlineData("zh-hant", "https://zh.wikipedia.org/zh-tw/")]
    public async Task Wikilinks_go_to_Wikipedia_in_the_edition_variant(string edition, string prefix)
    {
        var site = await BuiltSite.GetAsync();
        var links = site.Document(edition + "/index.html").QuerySelectorAll("main a.wiki").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count > 100);
        Assert.All(links, href => Assert.StartsWith(prefix, href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reused_reference_has_lettered_backlinks_and_markers_show_pages()
    {
        var site = await BuiltSite.GetAsync();
        var document = site.Document("zh-hans/index.html");
        var book = document.QuerySelectorAll("ol.references > li").Single(li => li.Id!.StartsWith("cite_note-董向荣", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 14).Select(i => Site.Model.Citations.CiteRegistry.Alpha(i)), book.QuerySelectorAll(".backlinks a").Select(a => a.TextContent));
        var first = document.QuerySelectorAll("sup.reference").First();
        Assert.Equal("[1]:260", first.QuerySelector("a")!.TextContent + first.QuerySelector(".ref-pages")!.TextContent);
        Assert.Equal("[a]", document.QuerySelector("sup.note-ref a")!.TextContent);
    }

    [Fact]
    public async Task Infobox_figures_and_hatnote_are_rendered()
    {
        var site = await BuiltSite.GetAsync();
        var document = site.Document("zh-hant/index.html");
        var infobox = document.QuerySelector("aside.infobox")!;
        Assert.Equal(2, infobox.QuerySelectorAll(".infobox-flag img").Length);
        Assert.Contains("Flag_of_the_United_States.svg", infobox.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("趙潤濟", infobox.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, document.QuerySelectorAll("main figure.figure").Length);
        Assert.Contains("首爾", document.QuerySelector("main figure.figure figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("美朝關係", document.QuerySelector(".hatnote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_page_keeps_Chinese_heading_ids_and_CJK_emphasis()
    {
        var site = await BuiltSite.GetAsync();
        var hans = site.Document("zh-hans/about/index.html");
        Assert.NotNull(hans.GetElementById("关于本站"));
        Assert.Contains(hans.QuerySelectorAll("main strong"), e => e.TextContent == "《韩美关系》");
        var hant = site.Document("zh-hant/about/index.html");
        Assert.Contains("關於本站", hant.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_lists_both_editions_with_alternates()
    {
        var site = await BuiltSite.GetAsync();
        var sitemap = site.Read("sitemap.xml");
        Assert.Contains("/zh-hans/timeline/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/zh-hant/citations/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"zh-Hant\"", sitemap, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"x-default\"", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_page_offers_both_editions_without_JavaScript()
    {
        var site = await BuiltSite.GetAsync();
        var document = site.Document("index.html");
        var hrefs = document.QuerySelectorAll(".choices a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("zh-hans/index.html", hrefs);
        Assert.Contains("zh-hant/index.html", hrefs);
    }

    internal static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) ||
        href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal);

    internal static string Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..") parts.RemoveAt(parts.Count - 1);
            else if (part != ".") parts.Add(part);
        }
        var result = string.Join('/', parts);
        return result.EndsWith('/') || result.Length == 0 ? result + "index.html" : result;
    }
}

/// <summary>The citation index page and the links between it and the article.</summary>
public sealed class CitationIndexPageTests
{
    [Fact]
    public async Task Index_lists_every_distinct_source_once()
    {
        var site = await BuiltSite.GetAsync();
        var document = site.Document("zh-hans/citations/index.html");
        // 38 distinct sources, counted by hand from the seed (see tests/Site.Model.Tests/SeedCitationIndexTests.cs).
        var ids = document.QuerySelectorAll("li.source").Select(li => li.Id).ToList();
        Assert.Equal(38, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, site.Document("zh-hant/citations/index.html").QuerySelectorAll("li.source").Select(li => li.Id).ToList());
    }

    [Fact]
    public async Task Book_shows_the_pages_cited_across_the_article()
    {
        var site = await BuiltSite.GetAsync();
        var book = site.Document("zh-hans/citations/index.html").QuerySelectorAll("li.source")
            .Single(li => li.QuerySelector(".source-citation")!.TextContent.Contains("董向荣", StringComparison.Ordinal));
        Assert.EndsWith("256、257、260、260–261、261、262、263、264", book.QuerySelector(".pages-cited")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(14, book.QuerySelectorAll(".cited-at li").Length);
    }

    [Fact]
    public async Task Every_reference_links_to_its_source_and_every_marker_has_a_preview()
    {
        var site = await BuiltSite.GetAsync();
        var article = site.Document("zh-hant/index.html");
        var references = article.QuerySelectorAll("ol.references:not(.notes) > li");
        Assert.All(references, li => Assert.NotNull(li.QuerySelector("a.to-index")));
        var markers = article.QuerySelectorAll("sup.reference > a[aria-describedby]");
        Assert.True(markers.Length >= 75, $"{markers.Length} markers with a preview");
        foreach (var marker in markers)
        {
            var tip = article.GetElementById(marker.GetAttribute("aria-describedby")!);
            Assert.NotNull(tip);
            Assert.Equal("tooltip", tip!.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(tip.TextContent));
        }
    }

    [Fact]
    public async Task Exports_are_written_and_linked()
    {
        var site = await BuiltSite.GetAsync();
        var links = site.Document("zh-hans/citations/index.html").QuerySelectorAll(".exports a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../data/citations.csl.json", links);
        Assert.Contains("../../data/citations.bib", links);
        using var csl = System.Text.Json.JsonDocument.Parse(site.Read("data/citations.csl.json"));
        Assert.Equal(38, csl.RootElement.GetArrayLength());
        Assert.Equal(38, System.Text.RegularExpressions.Regex.Matches(site.Read("data/citations.bib"), @"^@\w+\{", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
    }
}

/// <summary>The timeline page and its data.</summary>
public sealed class TimelinePageTests
{
    [Fact]
    public async Task Events_are_grouped_by_the_article_history_periods()
    {
        var site = await BuiltSite.GetAsync();
        var document = site.Document("zh-hant/timeline/index.html");
        Assert.Equal(["朝鮮王朝及大韓帝國時期", "朝鮮日佔、盟軍託管時期", "李承晚時期", "朴正熙時期", "全斗煥時期", "1990年代以後"],
            document.QuerySelectorAll("section.period h2").Select(h => h.TextContent.Trim()));
        var first = document.QuerySelector("li.event time")!;
        Assert.Equal("1845", first.GetAttribute("datetime"));
        Assert.NotNull(document.QuerySelector("figure.timeline-chart svg[role=img] title"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("figure.timeline-chart figcaption")!.TextContent));
    }

    [Fact]
    public async Task Timeline_data_places_each_expression_in_the_source()
    {
        var site = await BuiltSite.GetAsync();
        var source = File.ReadAllText(Site.Testing.TestPaths.SeedPath);
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("data/timeline.json"));
        var events = json.RootElement.GetProperty("articles")[0].GetProperty("events").EnumerateArray().ToList();
        Assert.True(events.Count >= 100, $"{events.Count} events");
        var paragraphs = events.Where(e => e.GetProperty("segmentKind").GetString() != "note").ToList();
        Assert.All(paragraphs, e =>
        {
            var raw = e.GetProperty("rawExpression").GetString()!;
            Assert.Equal(raw, source.Substring(e.GetProperty("sourceOffset").GetInt32(), raw.Length));
        });
    }
}
