using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;

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

        using var server = new StaticServer(site.Output, "/repo/");
        using var client = new HttpClient { BaseAddress = server.Root, Timeout = TimeSpan.FromSeconds(10) };
        var queue = new Queue<Uri>([new Uri(server.Root, "/repo/")]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 500)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url.GetLeftPart(UriPartial.Path))) continue;
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{url} → {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var element in document.QuerySelectorAll("a[href], link[rel=stylesheet], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!Uri.TryCreate(url, href, out var target) || target.Host != server.Root.Host || target.Port != server.Root.Port) continue;
                Assert.StartsWith("/repo/", target.AbsolutePath, StringComparison.Ordinal);
                queue.Enqueue(target);
            }
        }
        Assert.True(seen.Count >= 10, $"crawled only {seen.Count} pages");
        Assert.Empty(broken);
    }

    /// <summary>A minimal static file server on loopback that serves a folder under a path prefix.</summary>
    private sealed class StaticServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _folder;
        private readonly string _prefix;
        private readonly Task _loop;

        public StaticServer(string folder, string prefix)
        {
            _folder = folder;
            _prefix = prefix;
            var port = FreePort();
            Root = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(Root.ToString());
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public Uri Root { get; }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
                var file = path.StartsWith(_prefix, StringComparison.Ordinal) ? Path.Combine(_folder, path[_prefix.Length..]) : null;
                if (file is not null && (file.EndsWith('/') || Directory.Exists(file))) file = Path.Combine(file, "index.html");
                if (file is not null && File.Exists(file) && Path.GetFullPath(file).StartsWith(Path.GetFullPath(_folder), StringComparison.Ordinal))
                {
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = Path.GetExtension(file) switch
                    {
                        ".html" => "text/html",
                        ".css" => "text/css",
                        ".js" => "text/javascript",
                        ".json" => "application/json",
                        ".xml" => "application/xml",
                        _ => "application/octet-stream",
                    };
                    var bytes = await File.ReadAllBytesAsync(file);
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }
    }
}
