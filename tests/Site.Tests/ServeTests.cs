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
        var output = Path.Combine(site.Root, "_serve");
        var log = new StringWriter();
        var reporter = new Reporter(TextWriter.Synchronized(log), TextWriter.Synchronized(log), quiet: false, verbose: false);
        var loop = new ServeLoop(new BuildOptions(site.Root, output, null, false, true, false), reporter, Loopback.FreePort());
        var token = TestContext.Current.CancellationToken;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);
        cancel.CancelAfter(TimeSpan.FromMinutes(3));
        var started = new TaskCompletionSource<Uri>();
        var running = loop.RunAsync(cancel.Token, address => started.TrySetResult(address));
        var address = await started.Task.WaitAsync(TimeSpan.FromMinutes(2), token);
        Assert.Equal("127.0.0.1", address.Host);

        using var client = new HttpClient { BaseAddress = address };
        var page = await client.GetStringAsync("zh-hans/about/", token);
        Assert.Contains("关于本站", page, StringComparison.Ordinal);
        Assert.Contains("/__site/version", page, StringComparison.Ordinal);
        Assert.False(File.ReadAllText(Path.Combine(output, "zh-hans", "about", "index.html")).Contains("__site", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("no/such/page.html", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("../../etc/passwd", token)).StatusCode);

        var version = await client.GetStringAsync("__site/version", token);
        var about = Path.Combine(site.Root, "content", "pages", "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("## 内容与授权", "## 内容、来源与授权", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await client.GetStringAsync("__site/version", token) == version && DateTime.UtcNow < deadline) await Task.Delay(200, token);
        Assert.Contains("内容、来源与授权", await client.GetStringAsync("zh-hans/about/", token), StringComparison.Ordinal);
        Assert.Contains("1 article(s) unchanged", log.ToString(), StringComparison.Ordinal);

        cancel.Cancel();
        Assert.Equal(0, await running);
    }
}
