using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Cli.Checking;

/// <summary>What a reference points at, for the counts of the summary.</summary>
public enum ReferenceKind
{
    /// <summary>a/area href to another page or file of the site.</summary>
    Link,

    /// <summary>A link with a #fragment (in the same page or another page of the site).</summary>
    Anchor,

    /// <summary>Stylesheets, scripts, images, media, icons, CSS url().</summary>
    Asset,
}

/// <summary>One broken reference: the file it is written in (relative to the site folder), the URL as written, the problem.</summary>
public sealed record LinkProblem(string File, string Href, string Problem)
{
    public override string ToString() => $"{File}: {Href}: {Problem}";
}

/// <summary>The outcome of checking a built site.</summary>
public sealed class LinkCheckResult
{
    public int HtmlFiles { get; internal set; }

    public int CssFiles { get; internal set; }

    public int Links { get; internal set; }

    public int Anchors { get; internal set; }

    public int Assets { get; internal set; }

    public List<LinkProblem> Problems { get; } = [];

    /// <summary>External links (http, https, protocol-relative) per host; not fetched.</summary>
    public SortedDictionary<string, int> ExternalHosts { get; } = new(StringComparer.Ordinal);

    public int External => ExternalHosts.Values.Sum();

    /// <summary>mailto:, tel:, data:, javascript: and other non-HTTP schemes (not checked).</summary>
    public int Other { get; internal set; }

    public bool Clean => Problems.Count == 0;
}

/// <summary>
/// Checks that every internal link, #fragment and asset of a built site resolves to a written file and, for
/// fragments, to an element id (or a named anchor) in the target page. Relative URLs are resolved against the
/// page; root-relative URLs must start with the base path; absolute URLs under <c>site_url</c> + base path
/// (canonical, hreflang, Open Graph) are checked like internal ones; other absolute URLs are only counted per host.
/// </summary>
public sealed partial class LinkChecker
{
    private static readonly (string Selector, string Attribute, ReferenceKind Kind)[] References =
    [
        ("a[href]", "href", ReferenceKind.Link),
        ("area[href]", "href", ReferenceKind.Link),
        ("link[href]", "href", ReferenceKind.Asset),
        ("script[src]", "src", ReferenceKind.Asset),
        ("img[src]", "src", ReferenceKind.Asset),
        ("img[srcset]", "srcset", ReferenceKind.Asset),
        ("source[src]", "src", ReferenceKind.Asset),
        ("source[srcset]", "srcset", ReferenceKind.Asset),
        ("video[src]", "src", ReferenceKind.Asset),
        ("video[poster]", "poster", ReferenceKind.Asset),
        ("audio[src]", "src", ReferenceKind.Asset),
        ("track[src]", "src", ReferenceKind.Asset),
        ("iframe[src]", "src", ReferenceKind.Link),
        ("embed[src]", "src", ReferenceKind.Asset),
        ("object[data]", "data", ReferenceKind.Asset),
        ("form[action]", "action", ReferenceKind.Link),
        ("use[href]", "href", ReferenceKind.Anchor),
        ("image[href]", "href", ReferenceKind.Asset),
    ];

    private readonly string _root;
    private readonly string _basePath;
    private readonly Uri? _siteUrl;
    private readonly Dictionary<string, HashSet<string>?> _ids = new(StringComparer.Ordinal);
    private readonly HtmlParser _parser = new();

    /// <param name="root">The built site folder.</param>
    /// <param name="basePath">The path the site is served under (<c>/</c>, <c>/repo/</c>).</param>
    /// <param name="siteUrl">The site's absolute origin, when configured; absolute URLs under it and the base path are internal.</param>
    public LinkChecker(string root, string basePath = "/", string? siteUrl = null)
    {
        _root = Path.GetFullPath(root);
        basePath = string.IsNullOrWhiteSpace(basePath) ? "/" : basePath.Trim();
        if (!basePath.StartsWith('/')) basePath = "/" + basePath;
        if (!basePath.EndsWith('/')) basePath += "/";
        _basePath = basePath;
        if (!string.IsNullOrWhiteSpace(siteUrl) && Uri.TryCreate(siteUrl.TrimEnd('/') + basePath, UriKind.Absolute, out var uri)) _siteUrl = uri;
    }

    public LinkCheckResult Check()
    {
        var result = new LinkCheckResult();
        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        {
            result.HtmlFiles++;
            var document = _parser.ParseDocument(File.ReadAllText(Path.Combine(_root, file)));
            _ids.TryAdd(file, CollectIds(document));
            foreach (var (selector, attribute, kind) in References)
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    var value = element.GetAttribute(attribute);
                    if (value is null) continue;
                    foreach (var url in attribute == "srcset" ? SrcsetUrls(value) : [value])
                    {
                        CheckReference(result, file, url, kind);
                    }
                }
            }
            // SVG 1.1 xlink:href (use, image, a) is not matched by the selectors above.
            foreach (var element in document.All.Where(e => e.HasAttribute("xlink:href")))
            {
                CheckReference(result, file, element.GetAttribute("xlink:href")!, ReferenceKind.Anchor);
            }
        }
        foreach (var file in files.Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
        {
            result.CssFiles++;
            var css = CssComment().Replace(File.ReadAllText(Path.Combine(_root, file)), "");
            foreach (Match match in CssUrl().Matches(css))
            {
                CheckReference(result, file, match.Groups["url"].Value, ReferenceKind.Asset);
            }
        }
        return result;
    }

    private void CheckReference(LinkCheckResult result, string file, string raw, ReferenceKind kind)
    {
        var href = raw.Trim();
        if (href.Length == 0)
        {
            result.Problems.Add(new LinkProblem(file, raw, "empty URL"));
            return;
        }
        var scheme = SchemeOf(href);
        if (scheme is not null || href.StartsWith("//", StringComparison.Ordinal))
        {
            if (scheme is not null && scheme is not ("http" or "https"))
            {
                result.Other++;
                return;
            }
            if (!Uri.TryCreate(scheme is null ? "https:" + href : href, UriKind.Absolute, out var absolute))
            {
                result.Problems.Add(new LinkProblem(file, raw, "malformed URL"));
                return;
            }
            if (_siteUrl is not null && IsUnderSiteUrl(absolute))
            {
                Resolve(result, file, raw, absolute.AbsolutePath[(_siteUrl.AbsolutePath.Length - 1)..] + absolute.Query + absolute.Fragment, kind, rootRelative: true);
                return;
            }
            result.ExternalHosts[absolute.Host] = result.ExternalHosts.GetValueOrDefault(absolute.Host) + 1;
            return;
        }
        if (href.StartsWith('/'))
        {
            if (!href.StartsWith(_basePath, StringComparison.Ordinal) && href.TrimEnd('/') + "/" != _basePath)
            {
                Count(result, kind, href);
                result.Problems.Add(new LinkProblem(file, raw, $"outside the base path {_basePath}"));
                return;
            }
            Resolve(result, file, raw, href.Length >= _basePath.Length ? "/" + href[_basePath.Length..] : "/", kind, rootRelative: true);
            return;
        }
        Resolve(result, file, raw, href, kind, rootRelative: false);
    }

    private bool IsUnderSiteUrl(Uri absolute) =>
        string.Equals(absolute.Host, _siteUrl!.Host, StringComparison.OrdinalIgnoreCase)
        && absolute.Port == _siteUrl.Port
        && (absolute.AbsolutePath.StartsWith(_siteUrl.AbsolutePath, StringComparison.Ordinal)
            || absolute.AbsolutePath + "/" == _siteUrl.AbsolutePath);

    /// <summary>Resolves a relative (to the page) or root-relative (to the site folder, base path removed) URL.</summary>
    private void Resolve(LinkCheckResult result, string file, string raw, string href, ReferenceKind kind, bool rootRelative)
    {
        string? fragment = null;
        var hash = href.IndexOf('#');
        if (hash >= 0)
        {
            fragment = href[(hash + 1)..];
            href = href[..hash];
        }
        var query = href.IndexOf('?');
        if (query >= 0) href = href[..query];
        Count(result, kind, fragment is null ? href : "#");

        string target;
        if (href.Length == 0 && !rootRelative)
        {
            target = file;
        }
        else
        {
            var path = Decode(href);
            var directory = rootRelative ? "" : Path.GetDirectoryName(file)!.Replace(Path.DirectorySeparatorChar, '/');
            var combined = rootRelative ? path.TrimStart('/') : (directory.Length == 0 ? path : directory + "/" + path);
            var normalized = Normalize(combined);
            if (normalized is null)
            {
                result.Problems.Add(new LinkProblem(file, raw, "points outside the site folder"));
                return;
            }
            var full = Path.Combine(_root, normalized.Replace('/', Path.DirectorySeparatorChar));
            if (normalized.Length == 0 || normalized.EndsWith('/') || Directory.Exists(full))
            {
                var index = (normalized.Length == 0 || normalized.EndsWith('/') ? normalized : normalized + "/") + "index.html";
                if (!File.Exists(Path.Combine(_root, index.Replace('/', Path.DirectorySeparatorChar))))
                {
                    result.Problems.Add(new LinkProblem(file, raw, $"folder {(normalized.Length == 0 ? "/" : normalized)} has no index.html"));
                    return;
                }
                target = index;
            }
            else if (File.Exists(full))
            {
                target = normalized;
            }
            else
            {
                result.Problems.Add(new LinkProblem(file, raw, $"missing file {normalized}"));
                return;
            }
        }

        if (string.IsNullOrEmpty(fragment) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) && !HasId(target, fragment)) return;
        if (!target.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !target.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) && !target.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) return;
        if (!HasId(target, fragment) && !HasId(target, Decode(fragment)))
        {
            result.Problems.Add(new LinkProblem(file, raw, target == file ? $"no element with id \"{Decode(fragment)}\" in this page" : $"no element with id \"{Decode(fragment)}\" in {target}"));
        }
    }

    private static void Count(LinkCheckResult result, ReferenceKind kind, string href)
    {
        if (href == "#" || kind == ReferenceKind.Anchor) result.Anchors++;
        else if (kind == ReferenceKind.Link) result.Links++;
        else result.Assets++;
    }

    private bool HasId(string target, string id)
    {
        if (!_ids.TryGetValue(target, out var ids))
        {
            var full = Path.Combine(_root, target.Replace('/', Path.DirectorySeparatorChar));
            ids = File.Exists(full) ? CollectIds(_parser.ParseDocument(File.ReadAllText(full))) : null;
            _ids[target] = ids;
        }
        return ids is not null && ids.Contains(id);
    }

    private static HashSet<string> CollectIds(IDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            var id = element.GetAttribute("id");
            if (!string.IsNullOrEmpty(id)) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
        }
        return ids;
    }

    /// <summary>Collapses "." and ".." segments; null when the path climbs above the site folder.</summary>
    private static string? Normalize(string path)
    {
        var trailing = path.EndsWith('/') && path.Length > 0;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        var joined = string.Join('/', parts);
        return trailing && joined.Length > 0 ? joined + "/" : joined;
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    private static string? SchemeOf(string href)
    {
        var match = Scheme().Match(href);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>The URLs of a srcset: comma-separated candidates, each a URL and an optional descriptor.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split([' ', '\t', '\n'], 2)[0])
            .Where(url => url.Length > 0);

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"url\(\s*(?<q>['""]?)(?<url>[^'"")]+)\k<q>\s*\)")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();
}
