namespace Site.Model.Templates;

/// <summary>
/// Layout-only templates: column layouts become plain flow (their lists read as plain lists on any
/// screen) and clears do nothing in a responsive page.
/// </summary>
public sealed class LayoutTemplates : ITemplateHandler
{
    public IEnumerable<string> Names =>
    [
        "Col-begin", "Col-break", "Col-end", "Col-2", "Col-3", "Col-4", "Col-1-of-2", "Col-2-of-2", "Div col", "Div col end",
        "Colbegin", "Colend", "Multicol", "Multicol-break", "Multicol-end", "-", "Clear", "Clr", "Clear left", "Clear right",
        "Clearleft", "Clearright", "Reflist-end", "Toc", "TOC", "TOC right", "TOC left", "Notice", "Pp", "Pp-semi", "Pp-vandalism",
        "Featured article", "Good article", "Short description", "Use dmy dates", "Use mdy dates", "DEFAULTSORT",
    ];

    public IReadOnlyList<Inline> Expand(TemplateCall call) => [];
}
