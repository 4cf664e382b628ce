namespace Site.Wikitext.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>One kind of problem: a stable code, a severity and a message format, documented in docs/diagnostics.md.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    public Diagnostic Create(SourceSpan span, string path, params object[] args) =>
        new(this, span, path, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args));
}

/// <summary>A located problem, printed like a compiler: <c>file(line,col): warning WT0001: message</c>.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Path, string Message)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public override string ToString() =>
        $"{Path}({Span.Line},{Span.Column}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
