using Site.Wikitext.Diagnostics;

namespace Site.Conversion.Articles;

/// <summary>Diagnostics of the conversion stage: codes WC2001–WC2099.</summary>
public static class ConversionDiagnostics
{
    public static readonly DiagnosticDescriptor MissingGroup = new(
        "WC2001", DiagnosticSeverity.Warning, "Conversion group missing",
        "{{noteTA}} names conversion group '{0}', which has no file content/conversion/groups/{1}.yml; its names are not converted");

    public static readonly DiagnosticDescriptor IgnoredNoteTaParameter = new(
        "WC2002", DiagnosticSeverity.Info, "noteTA parameter ignored", "{{noteTA}} parameter '{0}' is beyond 30 or unknown and is ignored");

    public static readonly IReadOnlyList<DiagnosticDescriptor> All = [MissingGroup, IgnoredNoteTaParameter];
}
