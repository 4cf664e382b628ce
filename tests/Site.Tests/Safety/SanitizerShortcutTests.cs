using Site.Fuzzing;
using Site.Rendering.Html.Safety;
using Site.Testing;

namespace Site.Tests.Safety;

/// <summary>
/// The sanitiser's shortcut (<see cref="ContentSanitizer.IsClean"/>) skips HtmlSanitizer's full pass only where that pass
/// would change nothing: it must take the renderer's real output, and turn down every kind of markup the full pass removes.
/// </summary>
public sealed class SanitizerShortcutTests
{
    private static readonly FuzzPipeline Pipeline = new(TestPaths.RepositoryRoot);

    [Fact]
    public void The_seed_content_takes_the_shortcut_and_the_full_pass_agrees() => AssertShortcutAgrees(File.ReadAllText(TestPaths.SeedPath));

    [Fact]
    public void Corpus_articles_take_the_shortcut_and_the_full_pass_agrees()
    {
        var folder = Path.Combine(TestPaths.RequireShared(), "corpus", "articles", "zh");
        var files = Directory.GetFiles(folder, "*.wikitext").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files) AssertShortcutAgrees(File.ReadAllText(file));
    }

    private static void AssertShortcutAgrees(string wikitext)
    {
        var fragments = Pipeline.Fragments(wikitext).Where(h => h.Contains('<')).ToList();
        Assert.True(fragments.Count > 5, $"{fragments.Count} fragments with markup");
        foreach (var html in fragments)
        {
            Assert.True(ContentSanitizer.Default.IsClean(html), "shortcut refused renderer output: " + html[..Math.Min(html.Length, 400)]);
            Assert.Equal(html, ContentSanitizer.Default.SanitizeFully(html));
        }
    }

    [Theory]
    [InlineData("<b onclick=\"alert(1)\">x</b>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"\">")]
    [InlineData("<img src=\"x.png\" srcset=\"x.png 1x, javascript:alert(1) 2x\" alt=\"\">")]
    [InlineData("<span style=\"background:url(javascript:alert(1))\">x</span>")]
    [InlineData("<svg><p><style><img src=x onerror=alert(1)></style></p></svg>")]
    [InlineData("<math><mi><style><img src=x onerror=alert(1)>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [InlineData("<textarea><img src=x onerror=alert(1)></textarea>")]
    [InlineData("<!-- <img src=x onerror=alert(1)> -->x")]
    [InlineData("<![CDATA[<img src=x onerror=alert(1)>]]>")]
    [InlineData("<p title=\"a\" title=\"b\">x</p>")]
    [InlineData("<p title=\"a\"onmouseover=\"alert(1)\">x</p>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\">x</a>")]
    [InlineData("<form action=\"https://example.org\"><button>x</button></form>")]
    [InlineData("<blockquote cite=\"vbscript:msgbox(1)\">x</blockquote>")]
    [InlineData("<!DOCTYPE html><p>x</p>")]
    public void Markup_the_full_pass_would_change_is_refused(string html)
    {
        Assert.False(ContentSanitizer.Default.IsClean(html));
        Assert.NotEqual(html, ContentSanitizer.Default.Sanitize(html));
    }

    [Theory]
    [InlineData("<p>韩美<b>关系</b></p>")]
    [InlineData("<a class=\"external\" rel=\"nofollow noopener\" href=\"https://example.org/?a=1&amp;b=2\">x</a>")]
    [InlineData("<img src=\"https://upload.wikimedia.org/a.png\" srcset=\"https://upload.wikimedia.org/b.png 2x\" alt=\"图\" loading=\"lazy\">")]
    [InlineData("<a href=\"../citations/index.html#src-1\" data-source=\"1\">引</a>")]
    public void Safe_markup_is_taken_as_it_is(string html)
    {
        Assert.True(ContentSanitizer.Default.IsClean(html));
        Assert.Equal(html, ContentSanitizer.Default.Sanitize(html));
    }
}
