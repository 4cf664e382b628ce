using Site.Cli.Building;
using Site.Rendering.Configuration;

namespace Site.Cli.Checking;

public sealed record CheckOptions(string? Root, string? Output, string? BaseUrl, bool Quiet);

/// <summary>
/// <c>site check</c>: checks the links, anchors and assets of a built site. Prints <c>file: href: problem</c>
/// lines, the external hosts linked (not fetched) and a summary. Exit code 0 when clean, 1 on broken
/// references, 2 when there is no site to check.
/// </summary>
public sealed class SiteCheck(CheckOptions options, TextWriter stdout, TextWriter stderr)
{
    public int Run()
    {
        var root = SiteRoot.Resolve(options.Root);
        SiteConfig? config = null;
        if (root is not null && File.Exists(Path.Combine(root, "content", "site.yml")))
        {
            try
            {
                config = SiteConfigLoader.Load(Path.Combine(root, "content", "site.yml"), "content/site.yml");
            }
            catch (ConfigException e)
            {
                stderr.WriteLine(e.Diagnostic.ToString());
                return Commands.CommandLine.UsageError;
            }
        }
        var output = options.Output is not null
            ? Path.GetFullPath(root is null ? options.Output : Path.Combine(root, options.Output))
            : root is not null ? Path.GetFullPath(Path.Combine(root, config?.Output ?? "_site")) : null;
        if (output is null || !Directory.Exists(output))
        {
            stderr.WriteLine(output is null
                ? "error: no site to check: give --out DIR, or run in a site folder (content/site.yml)"
                : $"error: no site to check: {output} does not exist (run 'site build' first)");
            return Commands.CommandLine.UsageError;
        }

        var basePath = options.BaseUrl ?? config?.BaseUrl ?? "/";
        var result = new LinkChecker(output, basePath, config?.SiteUrl).Check();
        foreach (var problem in result.Problems) stdout.WriteLine(problem.ToString());
        if (!options.Quiet && result.ExternalHosts.Count > 0)
        {
            stdout.WriteLine($"External links (not fetched): {result.External} to {result.ExternalHosts.Count} hosts");
            foreach (var (host, count) in result.ExternalHosts.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal))
            {
                stdout.WriteLine($"  {count,6}  {host}");
            }
        }
        stdout.WriteLine(
            $"Checked {result.HtmlFiles} HTML and {result.CssFiles} CSS files under base path {NormalizeBase(basePath)}: " +
            $"{result.Links} internal links, {result.Anchors} anchors, {result.Assets} assets, {result.External} external links, {result.Other} other; " +
            $"{result.Problems.Count} broken.");
        return result.Clean ? Commands.CommandLine.Success : Commands.CommandLine.BuildErrors;
    }

    private static string NormalizeBase(string value)
    {
        var path = value.Trim();
        if (!path.StartsWith('/')) path = "/" + path;
        if (!path.EndsWith('/')) path += "/";
        return path;
    }
}
