using Site.Wikitext.Rendering;

namespace Site.Wikitext.Tests.ParserTests;

/// <summary>
/// Which pages exist while a parser-test file runs, as MediaWiki's ParserTestRunner sets them up: the file's
/// <c>!! article</c> blocks (added before the file's tests and removed after them), the images the runner
/// uploads, and the core special pages. Links to anything else are red links.
/// </summary>
public static class ParserTestPages
{
    /// <summary>The files ParserTestRunner::setupUploads creates.</summary>
    private static readonly string[] Uploads =
    [
        "Foobar.jpg", "Foobar.svg", "Thumb.png", "Bad.jpg", "LoremIpsum.djvu", "Video.ogv", "Transcode.webm", "Audio.oga",
        "Hi-ho.jpg",
    ];

    /// <summary>Core special pages the tests link to (any registered special page is a blue link).</summary>
    private static readonly string[] SpecialPages =
    [
        "BookSources", "Version", "RecentChanges", "Search", "Random", "SpecialPages", "AllPages", "Categories", "Upload",
        "Preferences", "Watchlist", "Contributions", "WhatLinksHere", "Log", "Userlogin", "Blankpage", "Redirect",
    ];

    private static readonly Dictionary<string, IReadOnlyList<string>> ArticlesByFile = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>The titles of the <c>!! article</c> blocks in a parser-test file (relative to the parser-tests folder).</summary>
    public static IReadOnlyList<string> Articles(string parserTestsFolder, string file)
    {
        lock (Gate)
        {
            if (ArticlesByFile.TryGetValue(file, out var cached)) return cached;
            var titles = new List<string>();
            var path = Path.Combine(parserTestsFolder, file);
            if (File.Exists(path))
            {
                var lines = File.ReadAllLines(path);
                for (var i = 0; i + 1 < lines.Length; i++)
                {
                    if (lines[i].StartsWith("!!", StringComparison.Ordinal) && lines[i][2..].Trim() == "article") titles.Add(lines[i + 1].Trim());
                }
            }
            ArticlesByFile[file] = titles;
            return titles;
        }
    }

    /// <summary>A page-existence test for the renderer: the file's articles, the uploads and the special pages.</summary>
    public static Func<string, bool> Exists(IEnumerable<string> articles, HtmlRenderOptions options)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in articles.Concat(Uploads.Select(u => "File:" + u)).Concat(SpecialPages.Select(s => "Special:" + s)))
        {
            var parsed = PageTitle.Parse(title, options);
            if (parsed is not null) existing.Add(parsed.FullText);
        }
        // A special page exists whatever follows its name ("Special:BookSources/0978739256").
        return title => existing.Contains(title.StartsWith("Special:", StringComparison.Ordinal) && title.IndexOf('/') is var slash and > 0 ? title[..slash] : title);
    }
}
