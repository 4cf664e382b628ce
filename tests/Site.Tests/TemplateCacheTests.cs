using System.Text.RegularExpressions;
using Site.Cli.Commands;

namespace Site.Tests;

/// <summary>
/// Compiled templates cached on disk under the site's .site-cache/templates: a second build loads them instead of
/// running Roslyn, an edited template recompiles alone, a damaged entry is compiled again, the output never changes.
/// </summary>
public sealed partial class TemplateCacheTests
{
    [Fact]
    public async Task Second_build_loads_every_template_from_the_cache_and_writes_the_same_site()
    {
        using var site = TempSite.CopyOfRepository();
        var cold = await BuildAsync(site, "cold");
        Assert.Equal(0, cold.FromCache);
        Assert.True(cold.Compiled > 0, cold.Stdout);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(site.Root, ".site-cache", "templates")));

        var warm = await BuildAsync(site, "warm");
        Assert.Equal((cold.Compiled, 0), (warm.FromCache, warm.Compiled));

        var uncached = await BuildAsync(site, "uncached", "--no-cache");
        Assert.Equal((0, cold.Compiled), (uncached.FromCache, uncached.Compiled));
        Assert.Contains("(cache off)", uncached.Stdout, StringComparison.Ordinal);

        AssertSameFiles(cold.Output, warm.Output);
        AssertSameFiles(cold.Output, uncached.Output);
    }

    [Fact]
    public async Task Edited_partial_or_layout_recompiles_only_itself()
    {
        using var site = TempSite.CopyOfRepository();
        var cold = await BuildAsync(site, "cold");

        File.AppendAllText(Path.Combine(site.Root, "templates", "partials", "_toc.cshtml"), "\n<!-- toc edited -->\n");
        var partial = await BuildAsync(site, "partial");
        Assert.Equal((cold.Compiled - 1, 1), (partial.FromCache, partial.Compiled));
        Assert.Contains("<!-- toc edited -->", ReadAll(partial.Output), StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(site.Root, "templates", "layouts", "_Layout.cshtml"), "\n<!-- layout edited -->\n");
        var layout = await BuildAsync(site, "layout");
        Assert.Equal((cold.Compiled - 1, 1), (layout.FromCache, layout.Compiled));
        var html = ReadAll(layout.Output);
        Assert.Contains("<!-- layout edited -->", html, StringComparison.Ordinal);
        Assert.Contains("<!-- toc edited -->", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_cache_entries_are_compiled_again_not_a_crash()
    {
        using var site = TempSite.CopyOfRepository();
        var cold = await BuildAsync(site, "cold");
        var entries = Directory.GetFiles(Path.Combine(site.Root, ".site-cache", "templates")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(cold.Compiled, entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);
            switch (i % 4)
            {
                case 0: File.WriteAllBytes(entries[i], bytes[..(bytes.Length / 2)]); break; // truncated
                case 1: bytes[bytes.Length / 2] ^= 0x5A; File.WriteAllBytes(entries[i], bytes); break; // one byte flipped
                case 2: File.WriteAllBytes(entries[i], []); break; // empty
                default: File.WriteAllText(entries[i], "not an assembly"); break;
            }
        }

        var repaired = await BuildAsync(site, "repaired");
        Assert.Equal((0, cold.Compiled), (repaired.FromCache, repaired.Compiled));
        AssertSameFiles(cold.Output, repaired.Output);

        var warm = await BuildAsync(site, "warm");
        Assert.Equal((cold.Compiled, 0), (warm.FromCache, warm.Compiled));
    }

    [Fact]
    public async Task Builds_at_once_share_the_cache_safely()
    {
        using var site = TempSite.CopyOfRepository();
        var builds = await Task.WhenAll(Task.Run(() => BuildAsync(site, "a")), Task.Run(() => BuildAsync(site, "b")));
        AssertSameFiles(builds[0].Output, builds[1].Output);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.Root, ".site-cache", "templates"), "*.tmp"));

        var warm = await BuildAsync(site, "warm");
        Assert.Equal(0, warm.Compiled);
        AssertSameFiles(builds[0].Output, warm.Output);
    }

    private sealed record Build(string Output, string Stdout, int FromCache, int Compiled);

    private static async Task<Build> BuildAsync(TempSite site, string name, params string[] extra)
    {
        var output = Path.Combine(site.Root, "_out-" + name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--verbose", .. extra], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var match = Summary().Match(stdout.ToString());
        Assert.True(match.Success, stdout.ToString());
        return new Build(output, stdout.ToString(), int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private static string ReadAll(string output) =>
        string.Concat(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private static void AssertSameFiles(string first, string second)
    {
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }
    }

    [GeneratedRegex(@"templates: (\d+) from cache, (\d+) compiled")]
    private static partial Regex Summary();
}
