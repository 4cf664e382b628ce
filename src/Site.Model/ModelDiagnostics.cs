using Site.Wikitext.Diagnostics;

namespace Site.Model;

/// <summary>Diagnostics of the model stage: codes WM1001–WM1099.</summary>
public static class ModelDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownTemplate = new(
        "WM1001", DiagnosticSeverity.Warning, "Unknown template", "template '{0}' has no handler; it is shown as written");

    public static readonly DiagnosticDescriptor RecoveredCaption = new(
        "WM1002", DiagnosticSeverity.Warning, "Caption outside the file link",
        "the caption of '{0}' follows ']]' and ends with a stray ']]'; it was recovered as the caption");

    public static readonly DiagnosticDescriptor UndefinedReference = new(
        "WM1003", DiagnosticSeverity.Warning, "Reference never defined", "reference '{0}' is used but never given a text");

    public static readonly DiagnosticDescriptor ConflictingReference = new(
        "WM1004", DiagnosticSeverity.Warning, "Reference defined twice",
        "reference '{0}' is defined more than once with different content; the first text is kept");

    public static readonly DiagnosticDescriptor UnusedListDefinedReference = new(
        "WM1005", DiagnosticSeverity.Warning, "Unused list-defined reference", "list-defined reference '{0}' is not used in the text");

    public static readonly DiagnosticDescriptor UnknownExtensionTag = new(
        "WM1006", DiagnosticSeverity.Info, "Extension tag shown as code", "<{0}> is not rendered by this tool; its content is shown as code");

    public static readonly DiagnosticDescriptor ParserFunction = new(
        "WM1007", DiagnosticSeverity.Warning, "Parser function not evaluated", "parser function '{0}' is not evaluated; its text is kept");

    public static readonly DiagnosticDescriptor BogusSortKey = new(
        "WM1008", DiagnosticSeverity.Info, "Category sort key repeats the category",
        "sort key of category '{0}' is the category name itself; it was dropped");

    public static readonly DiagnosticDescriptor NumericReferenceName = new(
        "WM1009", DiagnosticSeverity.Warning, "Numeric reference name", "reference name '{0}' is a plain number, which Cite does not allow");

    public static readonly DiagnosticDescriptor UnlistedGroup = new(
        "WM1010", DiagnosticSeverity.Warning, "References without a list",
        "references of group '{0}' are used but no list shows them; a list was added at the end");

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
    [
        UnknownTemplate, RecoveredCaption, UndefinedReference, ConflictingReference, UnusedListDefinedReference,
        UnknownExtensionTag, ParserFunction, BogusSortKey, NumericReferenceName, UnlistedGroup,
    ];
}
