using Site.Wikitext;

namespace Site.Model;

/// <summary>A file on Wikimedia Commons (or the wiki): its name and the URLs to show and describe it.</summary>
public sealed record MediaFile(string Name)
{
    private const string Commons = "https://commons.wikimedia.org/wiki/";

    /// <summary>The file name with spaces as underscores, as in URLs.</summary>
    public string UrlName => Name.Replace(' ', '_');

    public string ImageUrl(int width) =>
        $"{Commons}Special:FilePath/{Uri.EscapeDataString(UrlName)}?width={width}";

    public string DescriptionUrl => $"{Commons}File:{Uri.EscapeDataString(UrlName)}";

    public bool IsVideo => Name.EndsWith(".ogv", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".webm", StringComparison.OrdinalIgnoreCase);
}

public enum FigureAlignment
{
    Default,
    Left,
    Right,
    Center,
    None,
}

/// <summary>An image with caption: <c>[[File:x.jpg|thumb|caption]]</c>.</summary>
public sealed record Figure(
    string Anchor, MediaFile File, IReadOnlyList<Inline> Caption, string? Alt, int? Width, FigureAlignment Alignment,
    bool IsThumbnail, bool CaptionRecovered, SourceSpan? Location = null);
