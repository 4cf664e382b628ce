namespace Site.Model.Tests;

using Site.Model.CitationIndex;

public sealed class SourceKeysTests
{
    [Theory]
    [InlineData("http://www.Example.com/a/b/", "example.com/a/b")]
    [InlineData("https://example.com/a/b", "example.com/a/b")]
    [InlineData("//example.com/a/b#", "example.com/a/b")]
    [InlineData("http://example.com:8080/A?x=1#frag", "example.com:8080/A?x=1#frag")]
    [InlineData("http://example.com", "example.com")]
    [InlineData("ftp://example.com/a", null)]
    [InlineData("not a url", null)]
    public void Normalizes_urls(string url, string? expected) => Assert.Equal(expected, SourceKeys.NormalizeUrl(url));

    [Theory]
    [InlineData("https://web.archive.org/web/20150929190722/http://news.xinhuanet.com/a.htm", "http://news.xinhuanet.com/a.htm")]
    [InlineData("http://archive.org/web/20100527224418id_/https://x.example/", "https://x.example/")]
    [InlineData("https://web.archive.org/web/2015/x.example/a", "http://x.example/a")]
    [InlineData("https://web.archive.org/web/20150929190722/http:/x.example/a", "http://x.example/a")]
    [InlineData("https://archive.ph/20200101000000/https://x.example/", "https://x.example/")]
    [InlineData("https://x.example/web/2015/y", "https://x.example/web/2015/y")]
    public void Unwraps_archive_urls(string url, string expected) => Assert.Equal(expected, SourceKeys.OriginalUrl(url));

    [Theory]
    [InlineData("978-7-5326-3500-9", "9787532635009")]
    [InlineData("0-306-40615-2", "9780306406157")]
    [InlineData("ISBN ９７８７５０９７０７３２６", "9787509707326")]
    [InlineData("080442957X", "9780804429573")]
    [InlineData("12345", null)]
    [InlineData("", null)]
    public void Normalizes_isbns(string isbn, string? expected) => Assert.Equal(expected, SourceKeys.NormalizeIsbn(isbn));

    [Fact]
    public void Folds_text_for_comparison()
    {
        Assert.Equal("韩国", SourceKeys.Fold("《韩国》"));
        Assert.Equal("a b", SourceKeys.Fold("  Ａ\n  B "));
        Assert.Null(SourceKeys.Fold(" 《》 "));
    }

    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("中文", "zh")]
    [InlineData("zh-tw", "zh")]
    [InlineData("zh-Hant", "zh")]
    [InlineData("English", "en")]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en")]
    [InlineData("ko", "ko")]
    [InlineData("韩文", "ko")]
    [InlineData("韓語", "ko")]
    [InlineData("日本語", "ja")]
    [InlineData("fr", "fr")]
    [InlineData(" ", null)]
    public void Normalizes_languages(string language, string? expected) => Assert.Equal(expected, Languages.Normalize(language));
}
