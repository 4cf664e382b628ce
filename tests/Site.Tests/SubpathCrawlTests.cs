using System.Net;
using AngleSharp.Html.Parser;
using Site.Cli.Serving;

namespace Site.Tests;

/// <summary>
/// GitHub project sites live under /repo/. The site is built with that base path, served on loopback under it,
/// and crawled from /repo/ over HTTP: every internal link must answer 200, and absolute URLs keep the prefix.
/// </summary>
public sealed class SubpathCrawlTests
{
    [Fact]
    public async Task Site_served_under_a_subpath_has_no_broken_internal_links()
    {
        var site = await BuiltSite.BuildAsync("/repo/");
        Assert.True(site.ExitCode == 0, site.Stdout + site.Stderr);
        Assert.Contains("https://example.github.io/repo/zh-hans/", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("href=\"/repo/assets/site.css\"", site.Read("404.html"), StringComparison.Ordinal);

        using var server = new PreviewServer(site.Output, Loopback.FreePort(), () => 0, "/repo/");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var queue = new Queue<Uri>([server.Address]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 500)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url.GetLeftPart(UriPartial.Path))) continue;
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{url} → {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            foreach (var element in document.QuerySelectorAll("a[href], link[rel=stylesheet], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!Uri.TryCreate(url, href, out var target) || target.Host != server.Address.Host || target.Port != server.Address.Port) continue;
                Assert.StartsWith("/repo/", target.AbsolutePath, StringComparison.Ordinal);
                queue.Enqueue(target);
            }
        }
        Assert.True(seen.Count >= 10, $"crawled only {seen.Count} pages");
        Assert.Empty(broken);
    }
}
