using System.Text.RegularExpressions;

namespace Site.Timeline.Tests.Seed;

/// <summary>The seed article 韩美关系, cut into ProseSegments by <see cref="CrudeWikitext"/>.</summary>
internal static partial class SeedArticle
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(RepoRoot(), "content", "articles", "韩美关系.wikitext")));

    public static string Text => Source.Value;

    /// <summary>All prose segments of the article, in order; the lead has the section path ["(lead)"].</summary>
    public static IReadOnlyList<ProseSegment> Segments()
    {
        var source = Text;
        var segments = new List<ProseSegment>();
        var path = new List<string> { "(lead)" };
        var lineStart = 0;
        while (lineStart < source.Length)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = source.Length;
            }

            var line = source[lineStart..lineEnd].TrimEnd('\r');
            var heading = HeadingPattern().Match(line);
            if (heading.Success)
            {
                var level = heading.Groups[1].Value.Length;
                path = [.. path.Take(Math.Max(0, level - 2)), heading.Groups[2].Value.Trim()];
            }
            else if (line.Trim().Length > 0)
            {
                var segment = Segment(source, lineStart, lineStart + line.Length, path);
                if (segment is not null)
                {
                    segments.Add(segment);
                }
            }

            lineStart = lineEnd + 1;
        }

        return segments;
    }

    /// <summary>The segments of the section whose heading is <paramref name="heading"/>.</summary>
    public static IReadOnlyList<ProseSegment> Section(string heading) =>
        Segments().Where(s => s.SectionPath[^1] == heading).ToList();

    private static ProseSegment? Segment(string source, int start, int end, List<string> path)
    {
        var kind = ProseKind.Paragraph;
        if (source.AsSpan(start).StartsWith("[[File:"))
        {
            // The seed's captions sit after a closed [[File:…|thumb]] and end with a stray "]]".
            kind = ProseKind.Caption;
            start = source.IndexOf("]]", start, StringComparison.Ordinal) + 2;
            var trimmedEnd = source[..end].TrimEnd().Length;
            if (source.AsSpan(start, trimmedEnd - start).EndsWith("]]"))
            {
                end = trimmedEnd - 2;
            }
        }
        else if (source[start] == '*')
        {
            kind = ProseKind.ListItem;
            start++;
        }

        var (text, map) = CrudeWikitext.Strip(source, start, end);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var lead = text.Length - text.TrimStart().Length;
        var trimmedMap = map.Skip(lead).Take(trimmed.Length).ToList();
        return new ProseSegment(trimmed, path.ToList(), path[^1], trimmedMap[0], kind, trimmedMap);
    }

    /// <summary>Walks up from the test binaries to the directory holding Site.sln.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^(={2,6})\s*(.+?)\s*\1\s*$")]
    private static partial Regex HeadingPattern();
}
