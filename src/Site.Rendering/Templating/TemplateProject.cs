using Microsoft.Extensions.Primitives;
using RazorLight.Razor;

namespace Site.Rendering.Templating;

/// <summary>
/// The templates folder as RazorLight sees it. RazorLight's own project watches each template through a
/// PhysicalFileProvider, which holds an inotify instance for the life of the process; a process that builds many
/// sites (the tests) ran out of them and the preview server's watcher then missed changes. Here a template is stale
/// when its file's time stamp or length changed, checked when the template is next used.
/// </summary>
internal sealed class TemplateProject(string root) : FileSystemRazorProject(root, DefaultExtension)
{
    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey)
    {
        if (!templateKey.EndsWith(Extension, StringComparison.Ordinal)) templateKey += Extension;
        var file = new FileInfo(GetAbsoluteFilePathFromKey(templateKey));
        var item = new FileSystemRazorProjectItem(templateKey, file);
        if (item.Exists) item.ExpirationToken = new FileStampToken(file);
        return Task.FromResult<RazorLightProjectItem>(item);
    }

    /// <summary>Changed once the file's last write time or length differs from when the token was made.</summary>
    private sealed class FileStampToken : IChangeToken
    {
        private readonly string _path;
        private readonly (DateTime, long) _stamp;

        public FileStampToken(FileInfo file)
        {
            _path = file.FullName;
            _stamp = Stamp(file);
        }

        // A fresh FileInfo per check: pages render in parallel, and FileInfo.Refresh on one shared instance is not
        // thread-safe (a read during another thread's refresh saw a "changed" file and reloaded the template).
        public bool HasChanged => Stamp(new FileInfo(_path)) != _stamp;

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
