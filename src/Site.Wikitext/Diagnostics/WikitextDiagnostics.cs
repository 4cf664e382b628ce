namespace Site.Wikitext.Diagnostics;

/// <summary>Every diagnostic the parser can report. Codes WT0001–WT0099 belong to the parser.</summary>
public static class WikitextDiagnostics
{
    public static readonly DiagnosticDescriptor UnclosedTemplate = new(
        "WT0001", DiagnosticSeverity.Warning, "Unclosed template",
        "'{0}' is never closed; it is kept as text");

    public static readonly DiagnosticDescriptor UnclosedLink = new(
        "WT0002", DiagnosticSeverity.Warning, "Unclosed link",
        "'[[' is never closed; it is kept as text");

    public static readonly DiagnosticDescriptor StrayLinkClose = new(
        "WT0003", DiagnosticSeverity.Warning, "Stray ']]'",
        "']]' closes no link; it is kept as text");

    public static readonly DiagnosticDescriptor StrayTemplateClose = new(
        "WT0004", DiagnosticSeverity.Warning, "Stray '}}'",
        "'}}' closes no template; it is kept as text");

    public static readonly DiagnosticDescriptor UnclosedExternalLink = new(
        "WT0005", DiagnosticSeverity.Info, "Unclosed external link",
        "'[' before a URL is not closed on its line; it is kept as text");

    public static readonly DiagnosticDescriptor UnclosedLanguageConversion = new(
        "WT0006", DiagnosticSeverity.Warning, "Unclosed language conversion",
        "'-{{' is never closed; it is kept as text");

    public static readonly DiagnosticDescriptor UnclosedComment = new(
        "WT0007", DiagnosticSeverity.Warning, "Unclosed comment",
        "'<!--' is never closed; the rest of the text is a comment");

    public static readonly DiagnosticDescriptor UnclosedExtensionTag = new(
        "WT0008", DiagnosticSeverity.Warning, "Unclosed extension tag",
        "<{0}> has no </{0}>; it is kept as text");

    public static readonly DiagnosticDescriptor UnclosedTable = new(
        "WT0009", DiagnosticSeverity.Warning, "Unclosed table",
        "'{{|' is never closed with '|}}'; the table ends at the end of its container");

    public static readonly DiagnosticDescriptor BrokenByCloser = new(
        "WT0010", DiagnosticSeverity.Warning, "Construct cut short",
        "'{0}' is cut short by '{1}' at line {2}, column {3}; it is kept as text");

    public static readonly DiagnosticDescriptor InvalidHeading = new(
        "WT0011", DiagnosticSeverity.Info, "Unbalanced heading",
        "heading line does not end with '='; it is kept as text");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "WT0012", DiagnosticSeverity.Warning, "Nesting too deep",
        "constructs are nested deeper than {0} levels; the rest is kept as text");

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
    [
        UnclosedTemplate, UnclosedLink, StrayLinkClose, StrayTemplateClose, UnclosedExternalLink,
        UnclosedLanguageConversion, UnclosedComment, UnclosedExtensionTag, UnclosedTable, BrokenByCloser,
        InvalidHeading, NestingTooDeep,
    ];
}
