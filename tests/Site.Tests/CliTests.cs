using Site.Cli.Building;
using Site.Cli.Commands;
using Site.Testing;

namespace Site.Tests;

/// <summary>The command line: exit codes, config errors located like a compiler, finding the site root.</summary>
public sealed class CliTests
{
    [Fact]
    public void Site_root_is_found_from_a_nested_folder()
    {
        Assert.Equal(TestPaths.RepositoryRoot, SiteRoot.Find(Path.Combine(TestPaths.RepositoryRoot, "src", "Site")));
    }

    [Fact]
    public void A_relative_root_is_made_absolute_from_the_working_folder()
    {
        // RazorLight's file provider refuses relative paths: `site build --root site` crashed before.
        var resolved = SiteRoot.Resolve(Path.Combine("some", "site"));
        Assert.True(Path.IsPathFullyQualified(resolved));
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "some", "site"), resolved);
    }

    [Fact]
    public void Buffered_output_is_written_out_before_an_error_and_with_the_summary()
    {
        // The console's standard output is buffered; what it holds must still come out in order with standard error.
        var console = new System.Text.StringBuilder();
        var reporter = new Reporter(new HeldWriter(console), new StringWriter(console), quiet: false, verbose: false);
        var warning = new Site.Wikitext.Diagnostics.DiagnosticDescriptor("WT9999", Site.Wikitext.Diagnostics.DiagnosticSeverity.Warning, "test", "{0}")
            .Create(new Site.Wikitext.SourceSpan(0, 1, 2, 3), "content/a.wikitext", "held");
        reporter.Diagnostic(warning);
        Assert.Equal("", console.ToString());
        reporter.Error("cannot write the site");
        reporter.Diagnostic(warning);
        reporter.Summary("0 error(s), 2 warning(s).");
        var nl = Environment.NewLine;
        Assert.Equal($"content/a.wikitext(2,3): warning WT9999: held{nl}error: cannot write the site{nl}"
            + $"content/a.wikitext(2,3): warning WT9999: held{nl}0 error(s), 2 warning(s).{nl}", console.ToString());
    }

    /// <summary>A writer that keeps what it is given until it is flushed, like a buffered console.</summary>
    private sealed class HeldWriter(System.Text.StringBuilder target) : StringWriter
    {
        public override void Flush()
        {
            target.Append(GetStringBuilder());
            GetStringBuilder().Clear();
        }
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, await CommandLine.RunAsync(["build", "--no-such-option"], new StringWriter(), stderr));
        Assert.Contains("--no-such-option", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_and_succeeds()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["--version"], stdout, new StringWriter()));
        Assert.Matches(@"\d+\.\d+\.\d+", stdout.ToString());
    }

    [Fact]
    public async Task Config_typo_is_reported_with_file_line_and_column()
    {
        using var site = TempSite.CopyOfRepository();
        var config = File.ReadAllText(site.ConfigPath).Replace("default_edition:", "default_editon:", StringComparison.Ordinal);
        File.WriteAllText(site.ConfigPath, config);
        var line = config.Split('\n').ToList().FindIndex(l => l.StartsWith("default_editon:", StringComparison.Ordinal)) + 1;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--root", site.Root, "--out", Path.Combine(site.Root, "_out")], stdout, stderr);
        Assert.Equal(2, code);
        Assert.Contains($"content/site.yml({line},1): error WS9001:", stdout.ToString() + stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_article_file_is_an_error_not_a_crash()
    {
        using var site = TempSite.CopyOfRepository();
        File.WriteAllText(site.ConfigPath, File.ReadAllText(site.ConfigPath).Replace("articles/韩美关系.wikitext", "articles/missing.wikitext", StringComparison.Ordinal));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--root", site.Root, "--out", Path.Combine(site.Root, "_out")], stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("missing.wikitext", stdout.ToString() + stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_turns_warnings_into_errors()
    {
        var output = Path.Combine(Path.GetTempPath(), "site-strict-" + Guid.NewGuid().ToString("N"));
        var code = await CommandLine.RunAsync(["build", "--root", TestPaths.RepositoryRoot, "--out", output, "--strict", "--quiet"], new StringWriter(), new StringWriter());
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task Site_url_option_sets_canonical_urls_and_the_sitemap()
    {
        var output = Path.Combine(Path.GetTempPath(), "site-origin-" + Guid.NewGuid().ToString("N"));
        var code = await CommandLine.RunAsync(["build", "--root", TestPaths.RepositoryRoot, "--out", output, "--quiet",
            "--base-url", "/korea/", "--site-url", "https://someone.github.io/"], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("<loc>https://someone.github.io/korea/zh-hant/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://someone.github.io/korea/zh-hans/\">", File.ReadAllText(Path.Combine(output, "zh-hans", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_are_byte_identical()
    {
        var first = await BuiltSite.BuildAsync(null);
        var second = await BuiltSite.BuildAsync(null);
        var files = Directory.EnumerateFiles(first.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Output, f)).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, file))), file);
        }
    }

    [Fact]
    public async Task Models_let_go_and_built_again_give_the_same_site()
    {
        // A large build keeps no model in memory: it takes what it needs while loading and builds each model again to
        // render it. A limit of 0 bytes does that for the seed; the output must not change by a byte.
        var kept = await BuiltSite.GetAsync();
        var output = Path.Combine(Path.GetTempPath(), "site-test-" + Guid.NewGuid().ToString("N"));
        var options = new BuildOptions(TestPaths.RepositoryRoot, output, null, false, true, false, KeptModelsLimit: 0);
        var log = new StringWriter();
        Assert.Equal(0, await new SiteBuild(options, new Reporter(log, log, quiet: true, verbose: false)).RunAsync(TestContext.Current.CancellationToken));
        var files = Directory.EnumerateFiles(kept.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(kept.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(kept.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))), file);
        }
    }

    [Fact]
    public async Task Broken_template_names_the_file_and_the_Razor_error()
    {
        using var site = TempSite.CopyOfRepository();
        var timeline = Path.Combine(site.Root, "templates", "timeline.cshtml");
        File.WriteAllText(timeline, File.ReadAllText(timeline) + "\n@Model.NoSuchProperty\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--root", site.Root, "--out", Path.Combine(site.Root, "_out"), "--quiet"], stdout, stderr);
        Assert.Equal(1, code);
        var message = stderr.ToString();
        Assert.Contains("timeline.cshtml", message, StringComparison.Ordinal);
        Assert.Contains("NoSuchProperty", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_out")));
    }

    [Fact]
    public async Task Failed_build_leaves_the_previous_site_untouched()
    {
        using var site = TempSite.CopyOfRepository();
        var output = Path.Combine(site.Root, "_out");
        Assert.Equal(0, await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], new StringWriter(), new StringWriter()));
        var before = File.ReadAllBytes(Path.Combine(output, "zh-hans", "index.html"));
        var article = Path.Combine(site.Root, "templates", "article.cshtml");
        File.WriteAllText(article, "@model ArticlePageModel\n@{ throw new System.InvalidOperationException(\"boom\"); }\n");
        Assert.Equal(1, await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], new StringWriter(), new StringWriter()));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "zh-hans", "index.html")));
    }

    [Fact]
    public async Task Rebuild_replaces_the_previous_site_and_never_follows_its_links()
    {
        using var site = TempSite.CopyOfRepository();
        var output = Path.Combine(site.Root, "_out");
        Assert.Equal(0, await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], new StringWriter(), new StringWriter()));
        Directory.CreateDirectory(Path.Combine(output, "zh-hans", "stale"));
        File.WriteAllText(Path.Combine(output, "zh-hans", "stale", "index.html"), "stale");
        File.WriteAllText(Path.Combine(output, "stale.txt"), "stale");
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
        Directory.CreateSymbolicLink(Path.Combine(output, "zh-hans", "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), outside);

        Assert.Equal(0, await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], new StringWriter(), new StringWriter()));
        Assert.True(File.Exists(Path.Combine(output, "zh-hans", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "zh-hans", "stale")));
        Assert.False(File.Exists(Path.Combine(output, "stale.txt")));
        Assert.False(Path.Exists(Path.Combine(output, "zh-hans", "linked")));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(outside, "keep.txt")));
        // Neither the staging folder nor the previous site is left beside the output.
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, "._out.*"));
    }

    [Fact]
    public async Task Output_path_that_is_a_file_is_a_clear_error()
    {
        using var site = TempSite.CopyOfRepository();
        var output = Path.Combine(site.Root, "not-a-folder");
        File.WriteAllText(output, "x");
        var stderr = new StringWriter();
        Assert.Equal(1, await CommandLine.RunAsync(["build", "--root", site.Root, "--out", output, "--quiet"], new StringWriter(), stderr));
        Assert.Contains("cannot write the site", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_replace_a_folder_it_did_not_make()
    {
        var output = Path.Combine(Path.GetTempPath(), "site-foreign-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "precious.txt"), "keep me");
        var code = await CommandLine.RunAsync(["build", "--root", TestPaths.RepositoryRoot, "--out", output, "--quiet"], new StringWriter(), new StringWriter());
        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(output, "precious.txt")));
    }
}

/// <summary>A throwaway copy of the site sources (content and templates) to break on purpose.</summary>
internal sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "content", "site.yml");

    /// <summary>
    /// Copies a corpus article into content/articles and lists it in site.yml after the seed, with the YAML of its
    /// entry after <c>- file:</c> (slug, title …).
    /// </summary>
    public void AddArticle(string corpusFile, string fileName, string entry)
    {
        File.Copy(corpusFile, Path.Combine(Root, "content", "articles", fileName));
        AddToConfig($"  - file: articles/{fileName}\n{entry}");
    }

    /// <summary>Adds YAML to site.yml just before the <c>pages:</c> line, the first key after the list of articles.</summary>
    public void AddToConfig(string yaml) =>
        File.WriteAllText(ConfigPath, File.ReadAllText(ConfigPath).Replace("pages: pages", yaml + "pages: pages", StringComparison.Ordinal));

    public static TempSite CopyOfRepository()
    {
        var root = Path.Combine(Path.GetTempPath(), "site-copy-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(TestPaths.RepositoryRoot, "content"), Path.Combine(root, "content"));
        Copy(Path.Combine(TestPaths.RepositoryRoot, "templates"), Path.Combine(root, "templates"));
        return new TempSite(root);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
