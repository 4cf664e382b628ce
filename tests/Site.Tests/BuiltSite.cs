using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Cli.Commands;
using Site.Testing;

namespace Site.Tests;

/// <summary>The seed site, built once per test run by the real CLI into a temporary folder.</summary>
public sealed class BuiltSite
{
    private static readonly Lazy<Task<BuiltSite>> Instance = new(() => BuildAsync(null));

    private BuiltSite(string output, int exitCode, string stdout, string stderr)
    {
        Output = output;
        ExitCode = exitCode;
        Stdout = stdout;
        Stderr = stderr;
    }

    public string Output { get; }

    public int ExitCode { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public static Task<BuiltSite> GetAsync() => Instance.Value;

    public static async Task<BuiltSite> BuildAsync(string? baseUrl)
    {
        var output = Path.Combine(Path.GetTempPath(), "site-test-" + Guid.NewGuid().ToString("N"));
        var args = new List<string> { "build", "--root", TestPaths.RepositoryRoot, "--out", output, "--quiet" };
        if (baseUrl is not null) args.AddRange(["--base-url", baseUrl]);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args.ToArray(), stdout, stderr);
        return new BuiltSite(output, code, stdout.ToString(), stderr.ToString());
    }

    public string PathOf(string relative) => Path.Combine(Output, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public IDocument Document(string relative) => new HtmlParser().ParseDocument(Read(relative));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
}
