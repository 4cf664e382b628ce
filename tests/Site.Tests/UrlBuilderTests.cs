using Site.Rendering.Pages;

namespace Site.Tests;

/// <summary>Relative links between the site's files, as every page writes them.</summary>
public sealed class UrlBuilderTests
{
    [Theory]
    [InlineData("zh-hans/a1/index.html", "zh-hans/a2/index.html", null, "../a2/index.html")]
    [InlineData("zh-hans/a1/index.html", "zh-hans/a10/index.html", null, "../a10/index.html")]
    [InlineData("zh-hans/a1/index.html", "zh-hans/a1/index.html", "cite_note-1", "#cite_note-1")]
    [InlineData("zh-hans/a1/index.html", "zh-hans/a1/index.html", null, "index.html")]
    [InlineData("zh-hans/index.html", "zh-hans/citations/3/index.html", "s-abc", "citations/3/index.html#s-abc")]
    [InlineData("zh-hans/citations/3/index.html", "assets/site.css", null, "../../../assets/site.css")]
    [InlineData("zh-hans/timeline/index.html", "zh-hans/timeline/2/index.html", null, "2/index.html")]
    [InlineData("index.html", "zh-hant/index.html", null, "zh-hant/index.html")]
    [InlineData("404.html", "404.html", "top", "#top")]
    [InlineData("zh-hans/a1/index.html", "zh-hans/index.html", "历史/战争 1", "../index.html#%E5%8E%86%E5%8F%B2/%E6%88%98%E4%BA%89%201")]
    [InlineData("zh-hans/a1/index.html", "zh-hant/a1/index.html", "p-3", "../../zh-hant/a1/index.html#p-3")]
    public void Link_is_relative_to_the_page_folder(string from, string to, string? fragment, string expected)
    {
        var urls = new UrlBuilder("/", null);
        Assert.Equal(expected, urls.Link(new PagePath(from), new PagePath(to), fragment));
    }
}
