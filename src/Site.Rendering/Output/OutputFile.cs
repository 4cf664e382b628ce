using System.Text;
using Site.Rendering.Pages;

namespace Site.Rendering.Output;

/// <summary>A file of the built site, in memory until the writer puts the whole site in place.</summary>
public sealed record OutputFile(PagePath Path, byte[] Content, string? Edition = null)
{
    public static OutputFile Text(PagePath path, string text, string? edition = null) =>
        new(path, new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n")), edition);
}
