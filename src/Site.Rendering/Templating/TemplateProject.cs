using Microsoft.Extensions.Primitives;
using RazorLight.Razor;

namespace Site.Rendering.Templating;

/// <summary>
/// The templates folder as RazorLight sees it. RazorLight's own project watches each template through a
/// PhysicalFileProvider, which holds an inotify instance for the life of the process; a process that builds many
/// sites (the tests) ran out of them and the preview server's watcher then missed changes. Here a template is stale
/// when its file's time stamp or length changed, checked when the template is first used in a build (see
/// <see cref="BeginBuild"/>): a build renders with one version of each template, and thousands of pages do not stat
/// every template file they use.
/// </summary>
internal sealed class TemplateProject(string root) : FileSystemRazorProject(root, DefaultExtension)
{
    private int _build;

    /// <summary>Starts a build: templates are checked for changes again, once each.</summary>
    public void BeginBuild() => Interlocked.Increment(ref _build);

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        if (!templateKey.EndsWith(Extension, StringComparison.Ordinal)) templateKey += Extension;
        var file = new FileInfo(GetAbsoluteFilePathFromKey(templateKey));
        var item = new FileSystemRazorProjectItem(templateKey, file);
        if (item.Exists) item.ExpirationToken = new FileStampToken(this, file);
        return Task.FromResult<RazorLightProjectItem>(item);
    }

    /// <summary>Changed once the file's last write time or length differs from when the token was made.</summary>
    private sealed class FileStampToken : IChangeToken
    {
        private readonly TemplateProject _project;
        private readonly string _path;
        private readonly (DateTime, long) _stamp;
        private int _checkedInBuild;
        private bool _changed;

        public FileStampToken(TemplateProject project, FileInfo file)
        {
            _project = project;
            _path = file.FullName;
            _stamp = Stamp(file);
            _checkedInBuild = Volatile.Read(ref project._build);
        }

        // A fresh FileInfo per check: pages render in parallel, and FileInfo.Refresh on one shared instance is not
        // thread-safe (a read during another thread's refresh saw a "changed" file and reloaded the template).
        // Two threads may both check at a build's start; they find the same, and once changed a token stays so.
        public bool HasChanged
        {
            get
            {
                var build = Volatile.Read(ref _project._build);
                if (Volatile.Read(ref _checkedInBuild) == build) return _changed;
                if (Stamp(new FileInfo(_path)) != _stamp) _changed = true;
                Volatile.Write(ref _checkedInBuild, build);
                return _changed;
            }
        }

        public bool ActiveChangeCallbacks => false;

        public IDisposable RegisterChangeCallback(Action<object?> callback, object? state) => EmptyDisposable.Instance;

        private static (DateTime, long) Stamp(FileInfo file) => file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1);
    }

    private sealed class EmptyDisposable : IDisposable
    {
        public static EmptyDisposable Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
