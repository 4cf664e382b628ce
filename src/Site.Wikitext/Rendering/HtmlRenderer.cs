using Site.Wikitext.Syntax;

namespace Site.Wikitext.Rendering;

/// <summary>
/// Renders a syntax tree to HTML the way MediaWiki's legacy parser does, without template expansion:
/// inline markup first, then bold/italics per line, then paragraphs, lists and pre blocks, then tidy's paragraph wrapping.
/// </summary>
public static class HtmlRenderer
{
    private const string EmptyUnclosedTable = "<table><tr><td></td></tr>\n</table>\n";

    public static string Render(WikiDocument document, HtmlRenderOptions? options = null)
    {
        var state = new RenderState(document, options ?? HtmlRenderOptions.Default);
        var writer = new InlineWriter(state);
        var text = writer.Write(document.Children);
        // MediaWiki's handleTables: "special case: don't return empty table" (a page that is only an unclosed "{|").
        if (text == EmptyUnclosedTable) text = "";
        var remaining = state.Cite.Remaining(writer);
        if (remaining.Length > 0) text = text.TrimEnd('\n') + "\n" + state.Strip.Add("references", remaining);
        text = QuotePass.Apply(text);
        text = BlockLevelPass.Run(text);
        text = FrenchSpacing.Apply(text);
        return TableOfContents.Insert(ParagraphWrapPass.Run(state.Strip.Unstrip(text)), state);
    }
}
