using System.CommandLine;
using Site.Cli.Building;
using Site.Cli.Checking;

namespace Site.Cli.Commands;

/// <summary>The command line: <c>site build [--out DIR] [--base-url PATH] [--strict] [--quiet] [--verbose] [--no-cache]</c> and
/// <c>site check [--out DIR] [--base-url PATH] [--quiet]</c>, <c>site serve [--port N] [--out DIR]</c>.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int BuildErrors = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        // The console's writer makes a system call per line; the Reporter flushes this one after every phase.
        var console = stdout is null ? new StreamWriter(Console.OpenStandardOutput(), ConsoleEncoding(), 1 << 16) { AutoFlush = false } : null;
        try
        {
            return await RunCommandAsync(args, console ?? stdout!, stderr ?? Console.Error);
        }
        finally
        {
            if (console is not null) await console.DisposeAsync();
        }
    }

    /// <summary>The console's encoding, without the byte-order mark a redirected file would otherwise start with.</summary>
    private static System.Text.Encoding ConsoleEncoding() =>
        Console.OutputEncoding is System.Text.UTF8Encoding ? new System.Text.UTF8Encoding(false) : Console.OutputEncoding;

    private static async Task<int> RunCommandAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: 'output' in site.yml, else _site)" };
        var baseUrl = new Option<string?>("--base-url", "--base-path") { Description = "Path the site is served under, e.g. /repo/ for a GitHub project site" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (exit code 1)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every diagnostic, including notes, and timings per phase" };
        var root = new Option<string?>("--root") { Description = "Site folder (default: the nearest folder above holding content/site.yml)" };

        var siteUrl = new Option<string?>("--site-url") { Description = "Public origin for canonical URLs and the sitemap, e.g. https://user.github.io (overrides site_url)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Compile every template instead of loading compiled ones from .site-cache/ (or $SITE_CACHE_DIR)" };
        var build = new Command("build", "Build the static site from content/ and templates/") { output, baseUrl, siteUrl, strict, quiet, verbose, root, noCache };
        build.SetAction(async (result, cancellation) =>
        {
            var options = new BuildOptions(
                result.GetValue(root), result.GetValue(output), result.GetValue(baseUrl),
                result.GetValue(strict), result.GetValue(quiet), result.GetValue(verbose), result.GetValue(siteUrl), result.GetValue(noCache));
            return await new SiteBuild(options, new Reporter(stdout, stderr, options.Quiet, options.Verbose)).RunAsync(cancellation);
        });

        var checkOutput = new Option<string?>("--out", "-o") { Description = "Built site folder to check (default: 'output' in site.yml, else _site)" };
        var checkBase = new Option<string?>("--base-url", "--base-path") { Description = "Path the site was built for (default: base_url in site.yml, else /)" };
        var checkQuiet = new Option<bool>("--quiet", "-q") { Description = "Print only broken references and the summary" };
        var checkRoot = new Option<string?>("--root") { Description = "Site folder (default: the nearest folder above holding content/site.yml)" };
        var check = new Command("check", "Check that every internal link, anchor and asset of the built site resolves; list external hosts") { checkOutput, checkBase, checkQuiet, checkRoot };
        check.SetAction(result => new SiteCheck(
            new CheckOptions(result.GetValue(checkRoot), result.GetValue(checkOutput), result.GetValue(checkBase), result.GetValue(checkQuiet)),
            stdout, stderr).Run());

        var servePort = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (default 8080)", DefaultValueFactory = _ => 8080 };
        var serveOutput = new Option<string?>("--out", "-o") { Description = "Output folder (default: 'output' in site.yml, else _site)" };
        var serveRoot = new Option<string?>("--root") { Description = "Site folder (default: the nearest folder above holding content/site.yml)" };
        var serve = new Command("serve", "Build, serve on 127.0.0.1, rebuild when content/ or templates/ change, and reload the browser") { servePort, serveOutput, serveRoot };
        serve.SetAction(async (result, cancellation) =>
        {
            var options = new BuildOptions(result.GetValue(serveRoot), result.GetValue(serveOutput), null, false, true, false);
            return await new Serving.ServeLoop(options, new Reporter(stdout, stderr, quiet: false, verbose: false), result.GetValue(servePort)).RunAsync(cancellation);
        });

        var command = new RootCommand("Site: builds a bilingual (Simplified/Traditional Chinese) static site from Wikipedia wikitext.") { build, check, serve };
        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await stderr.WriteLineAsync("error: " + error.Message);
            await stderr.WriteLineAsync("Run 'site --help' for usage.");
            return UsageError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
