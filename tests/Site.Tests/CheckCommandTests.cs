using Site.Cli.Checking;
using Site.Cli.Commands;
using Site.Testing;

namespace Site.Tests;

/// <summary><c>site check</c>: internal links, #fragments and assets of the built site resolve; external links are only counted.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task Seed_site_is_clean()
    {
        var site = await BuiltSite.GetAsync();
        Assert.Equal(0, site.ExitCode);
        var (code, stdout, stderr) = await RunCheckAsync(site.Output);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("0 broken.", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Checked \d+ HTML and \d+ CSS files", stdout);
        Assert.Contains("zh.wikipedia.org", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_site_under_a_sub_path_is_clean()
    {
        var site = await BuiltSite.BuildAsync("/sub/path/");
        Assert.Equal(0, site.ExitCode);
        var (code, stdout, stderr) = await RunCheckAsync(site.Output, "--base-url", "/sub/path/");
        Assert.True(code == 0, stdout + stderr);
        // Root-relative URLs of the 404 page are checked against the base path.
        var (wrongBase, wrongOut, _) = await RunCheckAsync(site.Output, "--base-url", "/other/");
        Assert.Equal(1, wrongBase);
        Assert.Contains("404.html: /sub/path/assets/site.css: outside the base path /other/", wrongOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_link_and_missing_anchor_planted_in_a_copy_are_reported()
    {
        var site = await BuiltSite.GetAsync();
        using var copy = new TempFolder();
        CopyFolder(site.Output, copy.Path);
        var page = Path.Combine(copy.Path, "zh-hans", "index.html");
        var html = File.ReadAllText(page);
        html = html.Replace("</main>",
            "<p><a href=\"no-such-page/index.html\">x</a> <a href=\"timeline/index.html#no-such-anchor\">y</a> " +
            "<a href=\"#%E4%B8%8D%E5%AD%98%E5%9C%A8\">z</a> <img src=\"../assets/missing.png\" alt=\"\"></p></main>",
            StringComparison.Ordinal);
        File.WriteAllText(page, html);

        var (code, stdout, _) = await RunCheckAsync(copy.Path);
        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("zh-hans/index.html: no-such-page/index.html: missing file zh-hans/no-such-page/index.html", lines);
        Assert.Contains("zh-hans/index.html: timeline/index.html#no-such-anchor: no element with id \"no-such-anchor\" in zh-hans/timeline/index.html", lines);
        Assert.Contains("zh-hans/index.html: #%E4%B8%8D%E5%AD%98%E5%9C%A8: no element with id \"不存在\" in this page", lines);
        Assert.Contains("zh-hans/index.html: ../assets/missing.png: missing file assets/missing.png", lines);
        Assert.Contains("4 broken.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_resolves_folders_srcset_css_urls_encoded_paths_and_site_url()
    {
        using var site = new TempFolder();
        site.Write("index.html", """
            <!DOCTYPE html><html><head><link rel="stylesheet" href="a/style.css">
            <link rel="canonical" href="https://example.org/base/a/">
            <link rel="alternate" href="https://example.org/base/missing/"></head>
            <body id="top"><a href="a/">folder</a> <a href="b/">folder without index</a>
            <a href="%E4%B8%AD%E6%96%87.html#%E7%AB%A0">encoded</a> <a href="中文.html#节">missing id</a>
            <img srcset="a/one.png 1x, a/two.png 2x" alt=""> <a href="../outside.html">up</a>
            <a href="/base/a/index.html#x">root-relative</a> <a href="mailto:a@b.c">mail</a>
            <a href="https://other.example/p">ext</a> <a href="//other.example/q">ext2</a> <a href="#">top</a></body></html>
            """);
        site.Write("a/index.html", "<!DOCTYPE html><p id=\"x\">x</p>");
        site.Write("a/style.css", "/* url(commented.png) */ body { background: url('one.png') } i { background: url(gone.svg) }");
        site.Write("a/one.png", "");
        site.Write("b/other.html", "");
        site.Write("中文.html", "<!DOCTYPE html><h2 id=\"章\">章</h2>");

        var result = new LinkChecker(site.Path, "/base/", "https://example.org").Check();
        var problems = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Equal(
            [
                "index.html: b/: folder b/ has no index.html",
                "index.html: 中文.html#节: no element with id \"节\" in 中文.html",
                "index.html: ../outside.html: points outside the site folder",
                "index.html: https://example.org/base/missing/: folder missing/ has no index.html",
                "index.html: a/two.png: missing file a/two.png",
                "a/style.css: gone.svg: missing file a/gone.svg",
            ],
            problems);
        Assert.Equal(2, result.ExternalHosts["other.example"]);
        Assert.False(result.ExternalHosts.ContainsKey("example.org"));
        Assert.Equal(1, result.Other);
        Assert.Equal(4, result.HtmlFiles);
        Assert.Equal(1, result.CssFiles);
    }

    [Fact]
    public async Task Missing_site_folder_is_a_usage_error()
    {
        var (code, _, stderr) = await RunCheckAsync(Path.Combine(Path.GetTempPath(), "site-check-none-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunCheckAsync(string output, params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["check", "--root", TestPaths.RepositoryRoot, "--out", output, .. extra], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "site-check-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Write(string relative, string text)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
