using System.Net;
using Site.Cli.Building;
using Site.Cli.Serving;

namespace Site.Tests;

/// <summary>The preview server: serves the built site on loopback, rebuilds on change, and pages learn of it.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serves_the_site_and_rebuilds_when_content_changes()
    {
        using var site = TempSite.CopyOfRepository();
        var token = TestContext.Current.CancellationToken;
        using var preview = await Preview.StartAsync(site);
        var (output, log, client) = (preview.Output, preview.Log, preview.Client);
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);

        var page = await client.GetStringAsync("zh-hans/about/", token);
        Assert.Contains("关于本站", page, StringComparison.Ordinal);
        Assert.Contains("/__site/version", page, StringComparison.Ordinal);
        Assert.False(File.ReadAllText(Path.Combine(output, "zh-hans", "about", "index.html")).Contains("__site", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("no/such/page.html", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("../../etc/passwd", token)).StatusCode);

        var version = await client.GetStringAsync("__site/version", token);
        var about = Path.Combine(site.Root, "content", "pages", "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("## 内容与授权", "## 内容、来源与授权", StringComparison.Ordinal));
        await RebuiltAsync(client, version);
        Assert.Contains("内容、来源与授权", await client.GetStringAsync("zh-hans/about/", token), StringComparison.Ordinal);
        Assert.Contains("1 article(s) unchanged", log.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await preview.StopAsync());
    }

    [Fact]
    public async Task Rebuild_after_editing_one_article_renders_only_that_article()
    {
        var shared = Site.Testing.TestPaths.RequireShared();
        using var site = TempSite.CopyOfRepository();
        site.AddArticle(Path.Combine(shared, "corpus", "articles", "zh", "zh_中不关系.wikitext"), "中不关系.wikitext",
            "    slug: china-bhutan-relations\n    title: 中不关系\n");
        var second = Path.Combine(site.Root, "content", "articles", "中不关系.wikitext");
        var token = TestContext.Current.CancellationToken;
        using var preview = await Preview.StartAsync(site);
        var (output, log, client) = (preview.Output, preview.Log, preview.Client);
        var before = File.ReadAllBytes(Path.Combine(output, "zh-hant", "index.html"));

        var version = await client.GetStringAsync("__site/version", token);
        File.WriteAllText(second, File.ReadAllText(second) + "\n\n== 新增一节 ==\n预览服务器只重新渲染这一篇条目。\n");
        await RebuiltAsync(client, version);

        var rebuilt = await client.GetStringAsync("zh-hans/china-bhutan-relations/", token);
        Assert.True(rebuilt.Contains("预览服务器只重新渲染这一篇条目", StringComparison.Ordinal), log.ToString());
        // The other article's two pages and its data file came from the session, byte for byte.
        Assert.Contains("1 article(s) unchanged, 3 file(s) reused", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "zh-hant", "index.html")));
        Assert.Equal(0, await preview.StopAsync());
    }

    [Fact]
    public async Task Rebuild_after_editing_a_template_renders_with_the_new_template()
    {
        using var site = TempSite.CopyOfRepository();
        var token = TestContext.Current.CancellationToken;
        using var preview = await Preview.StartAsync(site);
        var (log, client) = (preview.Log, preview.Client);
        Assert.DoesNotContain("toc edited in preview", await client.GetStringAsync("zh-hans/", token), StringComparison.Ordinal);

        // The session keeps its template engine: the edit must be seen by the next build (templates are checked for
        // changes once per build, not on every page).
        var version = await client.GetStringAsync("__site/version", token);
        File.AppendAllText(Path.Combine(site.Root, "templates", "partials", "_toc.cshtml"), "\n<!-- toc edited in preview -->\n");
        await RebuiltAsync(client, version);
        var page = await client.GetStringAsync("zh-hans/", token);
        Assert.True(page.Contains("<!-- toc edited in preview -->", StringComparison.Ordinal), log.ToString());
        Assert.Equal(0, await preview.StopAsync());
    }

    /// <summary>Waits (90 s at most) until the server reports a build newer than <paramref name="version"/>.</summary>
    private static async Task RebuiltAsync(HttpClient client, string version)
    {
        var token = TestContext.Current.CancellationToken;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await client.GetStringAsync("__site/version", token) == version && DateTime.UtcNow < deadline) await Task.Delay(200, token);
    }

    /// <summary>
    /// The preview server on a free loopback port, with a client for it; it stops on <see cref="StopAsync"/>, on
    /// disposal, or after 3 minutes.
    /// </summary>
    private sealed class Preview : IDisposable
    {
        private readonly CancellationTokenSource _cancel;
        private readonly Task<int> _running;

        private Preview(string output, StringWriter log, CancellationTokenSource cancel, Task<int> running, Uri address) =>
            (Output, Log, _cancel, _running, Client) = (output, log, cancel, running, new HttpClient { BaseAddress = address });

        public string Output { get; }

        public StringWriter Log { get; }

        public HttpClient Client { get; }

        public static async Task<Preview> StartAsync(TempSite site)
        {
            var output = Path.Combine(site.Root, "_serve");
            var log = new StringWriter();
            var reporter = new Reporter(TextWriter.Synchronized(log), TextWriter.Synchronized(log), quiet: false, verbose: false);
            var loop = new ServeLoop(new BuildOptions(site.Root, output, null, false, true, false), reporter, Loopback.FreePort());
            var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            cancel.CancelAfter(TimeSpan.FromMinutes(3));
            var started = new TaskCompletionSource<Uri>();
            var running = loop.RunAsync(cancel.Token, address => started.TrySetResult(address));
            var address = await started.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
            return new Preview(output, log, cancel, running, address);
        }

        /// <summary>Stops the server; its exit code.</summary>
        public Task<int> StopAsync()
        {
            _cancel.Cancel();
            return _running;
        }

        public void Dispose()
        {
            _cancel.Cancel();
            Client.Dispose();
            _cancel.Dispose();
        }
    }
}
