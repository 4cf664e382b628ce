using Site.Cli.Building;

namespace Site.Cli.Serving;

/// <summary>
/// <c>site serve</c>: builds the site, serves it on loopback, watches content/ and templates/, and rebuilds
/// when they change — reusing compiled templates and the models of unchanged articles — then the pages reload.
/// </summary>
public sealed class ServeLoop(BuildOptions options, Reporter reporter, int port)
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public async Task<int> RunAsync(CancellationToken cancellation, Action<Uri>? started = null)
    {
        var root = SiteRoot.Resolve(options.Root);
        if (root is null)
        {
            reporter.Error("no content/site.yml found in this folder or any folder above it (use --root to name the site folder)");
            return Commands.CommandLine.UsageError;
        }
        var session = new BuildSession { KeepPages = true };
        var buildOptions = options with { Root = root };
        var initial = new SiteBuild(buildOptions, reporter, session);
        var first = await initial.RunAsync(cancellation);
        if (first == Commands.CommandLine.UsageError || initial.OutputDirectory is null) return Commands.CommandLine.UsageError;
        var output = initial.OutputDirectory;
        using var server = new PreviewServer(output, port, () => Version, initial.BasePath);
        // Watch before announcing the address: an edit made as soon as the server is up must not be missed.
        using var changes = new SemaphoreSlim(0);
        using var watcher = Watch(root, () => changes.Release());
        reporter.Summary($"Serving {server.Address} (Ctrl+C to stop); watching content/ and templates/.");
        started?.Invoke(server.Address);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await changes.WaitAsync(cancellation);
                // Editors save in several steps: wait for the burst to end, then build once.
                await Task.Delay(300, cancellation);
                while (changes.CurrentCount > 0) await changes.WaitAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var code = await new SiteBuild(buildOptions, reporter, session).RunAsync(cancellation);
            if (code == Commands.CommandLine.Success || code == Commands.CommandLine.BuildErrors) Interlocked.Increment(ref _version);
            reporter.Summary($"Rebuilt in {stopwatch.Elapsed.TotalSeconds:0.00}s ({session.ReusedArticles} article(s) unchanged, {session.ReusedPages} file(s) reused).");
        }
        return Commands.CommandLine.Success;
    }

    private static CompositeWatcher Watch(string root, Action changed)
    {
        var watchers = new[] { "content", "templates" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .Select(folder =>
            {
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
                watcher.Changed += (_, _) => changed();
                watcher.Created += (_, _) => changed();
                watcher.Deleted += (_, _) => changed();
                watcher.Renamed += (_, _) => changed();
                return watcher;
            })
            .ToList();
        return new CompositeWatcher(watchers);
    }

    private sealed class CompositeWatcher(List<FileSystemWatcher> watchers) : IDisposable
    {
        public void Dispose()
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }
}
