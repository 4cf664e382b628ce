using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// Parses wikitext into a lossless syntax tree. Never throws on malformed input: what cannot be read
/// as a construct stays text, with a diagnostic. Runs in time linear in the input.
/// </summary>
public static class WikitextParser
{
    public static WikiDocument Parse(string text, string path = "", ParserOptions? options = null) =>
        Parse(new SourceText(text, path), options);

    public static WikiDocument Parse(SourceText source, ParserOptions? options = null)
    {
        var shared = new ParseShared(source, options ?? ParserOptions.Default);
        // The top level leaves its runs of text as gaps: the document makes them when its children are first read.
        var nodes = Scanner.Run(shared, 0, source.Length, depth: 0, textAsGaps: true, static (run, nodes) =>
        {
            var array = nodes.ToArray();
            QuoteResolver.Resolve(run.Text, array, 0, run.End);
            return array;
        });
        var diagnostics = shared.Diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        return WikiDocument.Parsed(source, nodes, diagnostics);
    }
}
