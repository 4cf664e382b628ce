using Site.Wikitext.Diagnostics;

namespace Site.Cli.Building;

/// <summary>Everything the CLI prints: progress, diagnostics in compiler format, and the summary.</summary>
public sealed class Reporter(TextWriter stdout, TextWriter stderr, bool quiet, bool verbose)
{
    public void Progress(string message)
    {
        if (!quiet) stdout.WriteLine(message);
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Info && !verbose) return;
        (diagnostic.Severity == DiagnosticSeverity.Error ? stderr : stdout).WriteLine(diagnostic.ToString());
    }

    public void Error(string message) => stderr.WriteLine("error: " + message);

    public void Summary(string message)
    {
        if (!quiet) stdout.WriteLine(message);
    }

    public bool Verbose => verbose;
}
