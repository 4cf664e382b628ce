using Site.Rendering.Markdown;

namespace Site.Tests;

/// <summary>Markdown pages: front matter, and links limited to safe schemes.</summary>
public sealed class MarkdownPageTests
{
    [Fact]
    public void Script_and_data_links_are_neutralised_and_safe_links_kept()
    {
        var path = Path.Combine(Path.GetTempPath(), "md-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(path, """
            ---
            title: 测试
            ---
            [甲](javascript:alert(1)) [乙]( JaVaScRiPt:alert(2)) ![丙](data:image/svg+xml;base64,PHN2Zz4=) <javascript:alert(3)>
            [丁](https://example.org/) [戊](../zh-hans/index.html) [己](#part) <https://example.com>
            <script>alert(4)</script>
            """);
        var page = MarkdownPages.Load(path, "content/pages/x.md");
        Assert.Equal("测试", page.Meta.Title);
        Assert.DoesNotContain("javascript:", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:image", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"../zh-hans/index.html\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#part\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com\"", page.Html, StringComparison.Ordinal);
    }
}
