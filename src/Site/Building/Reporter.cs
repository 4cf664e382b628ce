using Site.Wikitext.Diagnostics;

namespace Site.Cli.Building;

/// <summary>
/// Everything the CLI prints: progress, diagnostics in compiler format, and the summary. Standard output may be
/// buffered (a large site prints hundreds of thousands of warnings, and a console writer makes a system call for
/// each line): it is flushed after every phase, with each summary line, and before anything goes to standard error.
/// </summary>
public sealed class Reporter(TextWriter stdout, TextWriter stderr, bool quiet, bool verbose)
{
    public void Progress(string message)
    {
        if (!quiet) stdout.WriteLine(message);
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Info && !verbose) return;
        if (diagnostic.Severity == DiagnosticSeverity.Error) Error(diagnostic.ToString(), prefix: "");
        else stdout.WriteLine(diagnostic.ToString());
    }

    public void Error(string message) => Error(message, "error: ");

    private void Error(string message, string prefix)
    {
        stdout.Flush();
        stderr.WriteLine(prefix + message);
    }

    public void Summary(string message)
    {
        if (!quiet) stdout.WriteLine(message);
        stdout.Flush();
    }

    /// <summary>Writes out what standard output holds (the end of a phase).</summary>
    public void Flush() => stdout.Flush();

    public bool Verbose => verbose;
}
