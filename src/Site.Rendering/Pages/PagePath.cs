namespace Site.Rendering.Pages;

/// <summary>A file of the site, relative to the output folder, with '/' separators: "zh-hans/index.html".</summary>
public readonly record struct PagePath(string Value)
{
    public override string ToString() => Value;

    public string Directory => Value.Contains('/') ? Value[..Value.LastIndexOf('/')] : "";
}

/// <summary>
/// The one URL builder. Pages link to each other with relative URLs that name index.html, so the site
/// works from disk, on GitHub Pages and under any base path; the 404 page, served at any depth, uses
/// absolute URLs with the base path; canonical URLs use the site URL and clean directory form.
/// </summary>
public sealed class UrlBuilder(string basePath, string? siteUrl)
{
    public string BasePath { get; } = basePath;

    public static PagePath Home(string edition) => new($"{edition}/index.html");

    public static PagePath Article(string edition, string slug, bool isMain) => isMain ? Home(edition) : new($"{edition}/{slug}/index.html");

    /// <summary>Page <paramref name="number"/> of the citation index: citations/, then citations/2/, citations/3/ …</summary>
    public static PagePath Citations(string edition, int number = 1) => Numbered($"{edition}/citations", number);

    /// <summary>Page <paramref name="number"/> of the timeline: timeline/, then timeline/2/ …</summary>
    public static PagePath Timeline(string edition, int number = 1) => Numbered($"{edition}/timeline", number);

    /// <summary>The list of all articles, linked from the header when there are too many to name there.</summary>
    public static PagePath Articles(string edition) => new($"{edition}/articles/index.html");

    private static PagePath Numbered(string folder, int number) =>
        new(number <= 1 ? $"{folder}/index.html" : $"{folder}/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/index.html");

    public static PagePath Page(string edition, string slug) => new($"{edition}/{slug}/index.html");

    /// <summary>The search page of an edition (the form without JavaScript, all results with it).</summary>
    public static PagePath Search(string edition) => new($"{edition}/search/index.html");

    /// <summary>The search index of an edition, loaded by templates/assets/search.js.</summary>
    public static PagePath SearchIndex(string edition) => new($"{edition}/search/index.json");

    public static PagePath Asset(string name) => new($"assets/{name}");

    public static PagePath Data(string name) => new($"data/{name}");

    /// <summary>A relative URL from one page to another (or to a fragment of it).</summary>
    /// <remarks>
    /// Called for every link of every page (each reference marker and backlink is one), so it walks the two paths'
    /// folders in place instead of splitting and joining them.
    /// </remarks>
    public string Link(PagePath from, PagePath to, string? fragment = null)
    {
        var source = from.Value.AsSpan(0, Math.Max(from.Value.LastIndexOf('/'), 0));
        var target = to.Value.AsSpan();
        // Leading folders the two share; the target's file name is never one of them.
        var ups = source.IsEmpty ? 0 : source.Count('/') + 1;
        while (ups > 0)
        {
            var folderEnd = source.IndexOf('/');
            var folder = folderEnd < 0 ? source : source[..folderEnd];
            var targetEnd = target.IndexOf('/');
            if (targetEnd < 0 || !target[..targetEnd].SequenceEqual(folder)) break;
            source = folderEnd < 0 ? [] : source[(folderEnd + 1)..];
            target = target[(targetEnd + 1)..];
            ups--;
        }
        var escaped = fragment is null ? null : Uri.EscapeDataString(fragment).Replace("%2F", "/");
        if (escaped is not null && ups == 0 && !target.Contains('/') && from == to) return "#" + escaped;
        var length = ups * 3 + target.Length + (escaped is null ? 0 : escaped.Length + 1);
        var url = length <= 512 ? stackalloc char[length] : new char[length];
        for (var i = 0; i < ups; i++) "../".CopyTo(url[(i * 3)..]);
        target.CopyTo(url[(ups * 3)..]);
        if (escaped is not null)
        {
            url[ups * 3 + target.Length] = '#';
            escaped.CopyTo(url[(ups * 3 + target.Length + 1)..]);
        }
        return new string(url);
    }

    /// <summary>An absolute path with the base path, for pages served at unknown depth (404).</summary>
    public string Absolute(PagePath to) => BasePath + to.Value;

    /// <summary>The public URL of a page in clean form (…/zh-hans/), for canonical links and the sitemap.</summary>
    public string Canonical(PagePath page)
    {
        var path = page.Value.EndsWith("index.html", StringComparison.Ordinal) ? page.Value[..^"index.html".Length] : page.Value;
        return (siteUrl?.TrimEnd('/') ?? "") + BasePath + path;
    }

    /// <summary>zh.wikipedia in the edition's variant: /zh-cn/Title, /zh-tw/Title.</summary>
    public static string Wikipedia(string variant, string title, string? fragment = null)
    {
        var url = $"https://zh.wikipedia.org/{variant}/{Uri.EscapeDataString(title.Replace(' ', '_'))}";
        return fragment is null ? url : url + "#" + Uri.EscapeDataString(fragment.Replace(' ', '_'));
    }

    public static string ForeignWikipedia(string language, string title) =>
        $"https://{language}.wikipedia.org/wiki/{Uri.EscapeDataString(title.Replace(' ', '_'))}";
}
