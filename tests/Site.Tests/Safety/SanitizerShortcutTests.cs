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
            // The renderer writes canonical markup, so its output never needs the tokenizer.
            Assert.True(ContentSanitizer.Default.IsCleanCanonical(html), "canonical scan did not take renderer output: " + html[..Math.Min(html.Length, 400)]);
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
    [InlineData("<span title=\"a&amp;{b}\">x</span>")]
    [InlineData("<a href=\"http://h&amp;&amp;{|\">x</a>")]
    public void Markup_the_full_pass_would_change_is_refused(string html)
    {
        Assert.False(ContentSanitizer.Default.IsClean(html));
        Assert.False(ContentSanitizer.Default.IsCleanByTokenizer(html));
        Assert.NotEqual(true, ContentSanitizer.Default.IsCleanCanonical(html));
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
        Assert.True(ContentSanitizer.Default.IsCleanCanonical(html));
        Assert.Equal(html, ContentSanitizer.Default.Sanitize(html));
    }

    [Theory]
    [InlineData("<P>x</P>")]
    [InlineData("<a href='https://example.org'>x</a>")]
    [InlineData("<a href=https://example.org>x</a>")]
    [InlineData("x<br/>y")]
    [InlineData("<b  class=\"x\">y</b>")]
    [InlineData("<b class=\"x\" >y</b>")]
    [InlineData("a&nbsp;b")]
    [InlineData("a&#x4E00;b")]
    [InlineData("a\rb<b>c</b>")]
    public void Clean_markup_in_another_spelling_is_left_to_the_tokenizer(string html)
    {
        Assert.Null(ContentSanitizer.Default.IsCleanCanonical(html));
        Assert.True(ContentSanitizer.Default.IsClean(html));
    }

    /// <summary>
    /// The two stages of the shortcut agree: wherever the canonical scan decides, the spec tokenizer decides the same,
    /// and whatever the shortcut passes the full pass leaves alone. Inputs: windows of the seed's HTML with markup
    /// characters, references, controls and unsafe words inserted, deleted and replaced (fixed seed).
    /// </summary>
    [Fact]
    public void The_canonical_scan_agrees_with_the_tokenizer_on_mutated_markup()
    {
        var fragments = Pipeline.Fragments(File.ReadAllText(TestPaths.SeedPath)).Where(h => h.Contains('<')).ToList();
        string[] pieces =
        [
            "<", ">", "/", "\"", "'", "=", " ", "&", ";", "#", "-", "!", "\t", "\n", "\r", "\0", "\f", "a", "A", "x", "1",
            "\u0080", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFFFE", "\uFDD0", "javascript:", "data:", " data-x=\"1\"", " onclick=\"x\"",
            "amp;", "&amp;", "&amp;{", "&lt;", "&#39;", "&#x27;", "&quot", "<script>", "</", "<!--", "-->", " style=\"", "<svg>", "<p>", "</a>",
            " href=\"", " href=\"javascript:x\"", " title=\"", " title=\"t\" title=\"u\"", "<br>", "<img src=\"x\">",
        ];
        var random = new Random(20261125);
        var decided = 0;
        var clean = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var source = fragments[random.Next(fragments.Count)];
            var start = random.Next(source.Length);
            var html = new System.Text.StringBuilder(source.Substring(start, Math.Min(source.Length - start, 1 + random.Next(300))));
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(html.Length + 1);
                switch (random.Next(3))
                {
                    case 0: html.Insert(at, pieces[random.Next(pieces.Length)]); break;
                    case 1 when at < html.Length: html.Remove(at, Math.Min(html.Length - at, 1 + random.Next(5))); break;
                    default: if (at < html.Length) html[at] = pieces[random.Next(pieces.Length)][0]; break;
                }
            }
            var text = html.ToString();
            var tokenizer = ContentSanitizer.Default.IsCleanByTokenizer(text);
            if (ContentSanitizer.Default.IsCleanCanonical(text) is { } canonical)
            {
                decided++;
                Assert.True(canonical == tokenizer, $"canonical scan said {canonical}, tokenizer {tokenizer}: {Show(text)}");
            }
            if (ContentSanitizer.Default.IsClean(text))
            {
                clean++;
                Assert.True(ContentSanitizer.Default.SanitizeFully(text) == ContentSanitizer.Default.Reserialize(text), "shortcut passed what the full pass changes: " + Show(text));
            }
        }
        // Both outcomes occur often enough for the property to mean something.
        Assert.InRange(decided, 5_000, 20_000);
        Assert.InRange(clean, 2_000, 18_000);
    }

    private static string Show(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' && c < '\u00A0' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
