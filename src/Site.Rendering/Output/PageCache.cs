using System.Diagnostics.CodeAnalysis;
using Site.Rendering.Pages;

namespace Site.Rendering.Output;

/// <summary>
/// Files rendered by an earlier build in the same process (the preview server), reused when the key of everything
/// they depend on is unchanged, so a rebuild after editing one article renders that article only.
/// </summary>
public interface IPageCache
{
    bool TryGet(PagePath path, string key, [NotNullWhen(true)] out byte[]? content);

    void Set(PagePath path, string key, byte[] content);
}
