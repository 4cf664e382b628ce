using Site.Wikitext.Rendering.Cite;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Rendering;

/// <summary>Everything one render of one document accumulates: markers, footnotes, counters, heading ids.</summary>
internal sealed class RenderState
{
    private readonly bool[]? _eaten;

    public RenderState(WikiDocument document, HtmlRenderOptions options)
    {
        Options = options;
        Source = document.Source.Text;
        _eaten = CommentLines.Find(document);
        Cite = new CiteRenderer(options);
    }

    public HtmlRenderOptions Options { get; }

    public string Source { get; }

    public StripState Strip { get; } = new();

    public CiteRenderer Cite { get; }

    public int ExternalLinkNumber { get; set; }

    public int SectionNumber { get; set; }

    public HashSet<string> HeadingIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(int Level, string Id, string Html)> Headings { get; } = [];

    public HashSet<string> Switches { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the source character at <paramref name="offset"/> belongs to a line that only held comments.</summary>
    public bool IsEaten(int offset) => _eaten is not null && offset < _eaten.Length && _eaten[offset];

    public bool HasEaten => _eaten is not null;
}

/// <summary>
/// MediaWiki removes a line that holds nothing but comments and spaces, newline included;
/// other comments vanish without touching the text around them.
/// </summary>
internal static class CommentLines
{
    public static bool[]? Find(WikiDocument document)
    {
        var text = document.Source.Text;
        bool[]? eaten = null;
        foreach (var comment in document.Descendants<CommentNode>())
        {
            var start = comment.Span.Start;
            var end = comment.Span.End;
            var wsStart = start;
            while (wsStart > 0 && text[wsStart - 1] is ' ' or '\t') wsStart--;
            var wsEnd = end;
            while (true)
            {
                while (wsEnd < text.Length && text[wsEnd] is ' ' or '\t') wsEnd++;
                if (string.CompareOrdinal(text, wsEnd, "<!--", 0, 4) != 0) break;
                var close = text.IndexOf("-->", wsEnd + 4, StringComparison.Ordinal);
                if (close < 0) break;
                wsEnd = close + 3;
            }
            if (wsStart > 0 && text[wsStart - 1] == '\n' && wsEnd < text.Length && text[wsEnd] == '\n')
            {
                eaten ??= new bool[text.Length];
                for (var i = wsStart; i <= wsEnd; i++) eaten[i] = true;
            }
        }
        return eaten;
    }
}
