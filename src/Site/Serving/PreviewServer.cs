using System.Net;
using System.Text;

namespace Site.Cli.Serving;

/// <summary>
/// A local preview server on loopback: serves the built site, and adds to every HTML page a small script that
/// reloads it when the site is rebuilt (it polls <c>/__site/version</c>). The script is never written to disk.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private const string ReloadScript =
        "<script>(function(){var v=null;setInterval(function(){fetch('/__site/version',{cache:'no-store'}).then(function(r){return r.text()})" +
        ".then(function(t){if(v!==null&&t!==v)location.reload();v=t}).catch(function(){})},1000)})();</script>";

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Func<long> _version;
    private readonly Task _loop;

    /// <param name="basePath">The path the site is served under ("/", or "/repo/" as on a GitHub project site).</param>
    public PreviewServer(string siteFolder, int port, Func<long> version, string basePath = "/")
    {
        _root = Path.GetFullPath(siteFolder);
        _basePath = basePath;
        _version = version;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        Address = new Uri($"http://127.0.0.1:{port}{basePath}");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Address { get; }

    private async Task LoopAsync()
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
            try
            {
                await RespondAsync(context);
            }
            catch (Exception e) when (e is IOException or HttpListenerException)
            {
                // The browser went away mid-response; nothing to do.
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        response.Headers["Cache-Control"] = "no-store";
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        if (path == "/__site/version")
        {
            await WriteAsync(response, 200, "text/plain", Encoding.UTF8.GetBytes(_version().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }
        var file = Resolve(path);
        if (file is null)
        {
            var notFound = Path.Combine(_root, "404.html");
            var body = File.Exists(notFound) ? WithReload(await File.ReadAllTextAsync(notFound)) : "404";
            await WriteAsync(response, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(body));
            return;
        }
        var type = ContentType(file);
        var bytes = type.StartsWith("text/html", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(WithReload(await File.ReadAllTextAsync(file)))
            : await File.ReadAllBytesAsync(file);
        await WriteAsync(response, 200, type, bytes);
    }

    /// <summary>The file for a request path under the base path, never outside the site folder.</summary>
    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return null;
        var candidate = Path.GetFullPath(Path.Combine(_root, path[_basePath.Length..]));
        if (!candidate.StartsWith(_root, StringComparison.Ordinal)) return null;
        if (Directory.Exists(candidate)) candidate = Path.Combine(candidate, "index.html");
        return File.Exists(candidate) ? candidate : null;
    }

    private static string WithReload(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + ReloadScript : html.Insert(at, ReloadScript);
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".bib" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

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
