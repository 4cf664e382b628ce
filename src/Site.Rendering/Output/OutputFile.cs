using System.Text;
using Site.Rendering.Pages;

namespace Site.Rendering.Output;

/// <summary>A file of the built site, handed to the <see cref="SiteWriter"/> as soon as it is made.</summary>
public sealed record OutputFile(PagePath Path, byte[] Content, string? Edition = null)
{
    public static OutputFile Text(PagePath path, string text, string? edition = null) =>
        new(path, new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n")), edition);
}

/// <summary>What the writer remembers of a file once its content is on disk: enough for the sitemap and the summary.</summary>
public sealed record WrittenFile(PagePath Path, string? Edition)
{
    public bool IsPage => Path.Value.EndsWith(".html", StringComparison.Ordinal);
}
