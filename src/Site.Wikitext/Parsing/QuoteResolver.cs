using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// MediaWiki's doQuotes: decides per line which apostrophe runs are bold, italic or text.
/// Runs of four are one apostrophe then bold; runs over five keep the extra as text; when bold and
/// italic counts are both odd, one bold is read as an apostrophe plus italic.
/// </summary>
internal static class QuoteResolver
{
    public static void Resolve(string source, ReadOnlySpan<WikiNode> nodes) => Resolve(source, nodes, 0, source.Length);

    /// <summary>
    /// Resolves <paramref name="nodes"/>, which may hold empty slots for runs of text: the text between the neighbours
    /// of the slot (or <paramref name="start"/> and <paramref name="end"/>, the ends of their container).
    /// </summary>
    public static void Resolve(string source, ReadOnlySpan<WikiNode> nodes, int start, int end)
    {
        List<ApostrophesNode>? line = null;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node is ApostrophesNode run)
            {
                (line ??= []).Add(run);
            }
            else if (line is { Count: > 0 } && BreaksLine(source, nodes, i, start, end))
            {
                ResolveLine(source, line);
                line.Clear();
            }
        }
        if (line is not null) ResolveLine(source, line);
    }

    private static bool BreaksLine(string source, ReadOnlySpan<WikiNode> nodes, int index, int start, int end)
    {
        if (nodes[index] is TextNode text) return text.AsSpan().Contains('\n');
        if (nodes[index] is not null) return false;
        var from = index == 0 ? start : nodes[index - 1].End;
        var to = index + 1 == nodes.Length ? end : nodes[index + 1].Start;
        return source.AsSpan(from, to - from).Contains('\n');
    }

    private static void ResolveLine(string source, List<ApostrophesNode> runs)
    {
        if (runs.Count == 0) return;
        int italics = 0, bolds = 0;
        foreach (var run in runs)
        {
            var effective = run.Count switch
            {
                4 => 3,
                > 5 => 5,
                _ => run.Count,
            };
            run.LiteralCount = run.Count - effective;
            run.Kind = effective switch
            {
                2 => QuoteKind.Italic,
                3 => QuoteKind.Bold,
                _ => QuoteKind.BoldItalic,
            };
            if (effective == 2) italics++;
            else if (effective == 3) bolds++;
            else
            {
                italics++;
                bolds++;
            }
        }
        if (italics % 2 == 1 && bolds % 2 == 1) DemoteOneBold(source, runs);
    }

    private static void DemoteOneBold(string source, List<ApostrophesNode> runs)
    {
        ApostrophesNode? singleLetter = null, multiLetter = null, space = null;
        foreach (var run in runs)
        {
            if (run.Kind != QuoteKind.Bold || run.Count - run.LiteralCount != 3) continue;
            var at = run.Start + run.LiteralCount;
            var x1 = at >= 1 ? source[at - 1] : ' ';
            var x2 = at >= 2 ? source[at - 2] : ' ';
            if (x1 == ' ')
            {
                space ??= run;
            }
            else if (x2 == ' ')
            {
                singleLetter = run;
                break;
            }
            else
            {
                multiLetter ??= run;
            }
        }
        var chosen = singleLetter ?? multiLetter ?? space;
        if (chosen is null) return;
        chosen.LiteralCount += 1;
        chosen.Kind = QuoteKind.Italic;
    }
}
