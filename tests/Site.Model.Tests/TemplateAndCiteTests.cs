using Site.Model;
using Site.Model.Building;
using Site.Model.Citations;
using Site.Model.Templates;

namespace Site.Model.Tests;

/// <summary>Template name matching, Cite diagnostics and citation dates, on small hand-written articles.</summary>
public sealed class TemplateAndCiteTests
{
    private static Article Build(string wikitext) =>
        ArticleBuilder.CreateDefault().Build(new ArticleSource("t", "t", "t.wikitext", wikitext));

    [Theory]
    [InlineData("cite web")]
    [InlineData("Cite web")]
    [InlineData("Cite_web")]
    [InlineData("  cite   web ")]
    [InlineData("Template:Cite web")]
    [InlineData("webcite")]
    public void Template_names_match_the_MediaWiki_way(string name)
    {
        Assert.IsType<CiteTemplates>(TemplateRegistry.CreateDefault().Find(name));
    }

    [Fact]
    public void Only_the_first_letter_is_case_insensitive()
    {
        var registry = TemplateRegistry.CreateDefault();
        Assert.NotNull(registry.Find("reflist"));
        Assert.Null(registry.Find("REFLIST"));
    }

    [Fact]
    public void Unknown_template_stays_visible_with_a_diagnostic()
    {
        var article = Build("前文{{Mystery box|甲|key=乙}}后文");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Lead));
        var unknown = Assert.Single(paragraph.Content.OfType<UnknownTemplateInline>());
        Assert.Equal("Mystery box", unknown.Name);
        Assert.Contains("甲", InlineText.Flatten(unknown.Arguments), StringComparison.Ordinal);
        Assert.Contains("乙", InlineText.Flatten(unknown.Arguments), StringComparison.Ordinal);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Code == "WM1001");
        Assert.Equal((1, 3), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Undefined_reference_is_reported_and_still_numbered()
    {
        var article = Build("甲<ref name=\"x\"/>乙<ref>正文</ref>\n{{reflist}}");
        Assert.Contains(article.Diagnostics, d => d.Code == "WM1003" && d.Message.Contains("'x'", StringComparison.Ordinal));
        Assert.Equal(2, article.References("").Count);
    }

    [Fact]
    public void Unused_list_defined_reference_is_reported()
    {
        var article = Build("甲<ref name=\"a\"/>\n{{Reflist|refs=<ref name=\"a\">A</ref><ref name=\"b\">B</ref>}}");
        Assert.Contains(article.Diagnostics, d => d.Code == "WM1005" && d.Message.Contains("'b'", StringComparison.Ordinal));
        Assert.Equal("A", InlineText.Flatten(Assert.Single(article.References("")).Content));
    }

    [Fact]
    public void Duplicate_definition_with_other_content_keeps_the_first()
    {
        var article = Build("甲<ref name=\"a\">一</ref>乙<ref name=\"a\">二</ref>丙<ref name=\"a\">一</ref>");
        Assert.Single(article.Diagnostics, d => d.Code == "WM1004");
        var reference = Assert.Single(article.References(""));
        Assert.Equal("一", InlineText.Flatten(reference.Content));
        Assert.Equal(3, reference.Uses.Count);
    }

    [Fact]
    public void Groups_number_separately_and_get_a_list_when_none_is_written()
    {
        var article = Build("甲<ref group=\"注\">x</ref>乙<ref>y</ref>丙<ref group=\"注\">z</ref>");
        Assert.Equal(["注 1", "注 2"], article.References("注").Select(r => r.Label));
        Assert.Equal(["1"], article.References("").Select(r => r.Label));
        Assert.Contains(article.Diagnostics, d => d.Code == "WM1010");
    }

    [Fact]
    public void Rp_adds_pages_to_the_marker_before_it()
    {
        var article = Build("甲<ref name=\"b\">书</ref>{{rp|119}}乙<ref name=\"b\"/>{{rp|52–53}}");
        Assert.Equal(["119", "52–53"], Assert.Single(article.References("")).Uses.Select(u => u.Pages));
    }

    [Theory]
    [InlineData("2015年5月9日", "2015-05-09")]
    [InlineData("2013-05-08", "2013-05-08")]
    [InlineData("7 May 2013", "2013-05-07")]
    [InlineData("May 7, 2013", "2013-05-07")]
    [InlineData("五月 28, 2010", "2010-05-28")]
    [InlineData("2012年3月", "2012-03")]
    [InlineData("September 1991", "1991-09")]
    [InlineData("2009", "2009")]
    [InlineData("２０１５年５月９日", "2015-05-09")]
    public void Citation_dates_become_ISO(string text, string iso)
    {
        Assert.Equal(iso, CitationDateParser.Parse(text)!.Iso);
    }

    [Fact]
    public void Unreadable_dates_are_kept_as_written()
    {
        var date = CitationDateParser.Parse("Spring, around 1990s")!;
        Assert.Null(date.Iso);
        Assert.Equal("Spring, around 1990s", date.Text);
    }

    [Fact]
    public void Old_and_new_parameter_names_both_work()
    {
        var article = Build("甲<ref>{{cite news|title=T|url=http://a.example/x|archive-url=https://web.archive.org/web/1/http://a.example/x|url-status=dead|access-date=2020-01-02|newspaper=N}}</ref>" +
            "乙<ref>{{cite web|title=U|url=http://b.example/|archiveurl=https://web.archive.org/web/2/http://b.example/|deadurl=yes|accessdate=2020-01-03|website=W}}</ref>");
        var citations = article.References("").SelectMany(r => r.Citations).ToList();
        Assert.All(citations, c => Assert.True(c.IsDead));
        Assert.All(citations, c => Assert.StartsWith("https://web.archive.org/", c.PrimaryUrl, StringComparison.Ordinal));
        Assert.Equal(["2020-01-02", "2020-01-03"], citations.Select(c => c.AccessDate!.Iso));
        Assert.Equal(["N", "W"], citations.Select(c => c.Work));
    }

    [Fact]
    public void Link_en_lang_and_external_links_keep_their_meaning()
    {
        var article = Build("{{link-en|主要非北约盟国|Major non-NATO ally}}、{{lang|en|Korea}}、[https://example.org 例子]");
        var content = Assert.IsType<Paragraph>(Assert.Single(article.Lead)).Content;
        var ill = Assert.Single(content.OfType<InterlanguageLinkInline>());
        Assert.Equal(("主要非北约盟国", "en", "Major non-NATO ally"), (ill.Target, ill.Language, ill.ForeignTitle));
        Assert.Equal("en", Assert.Single(content.OfType<LanguageInline>()).Language);
        Assert.Equal("https://example.org", Assert.Single(content.OfType<ExternalLinkInline>()).Url);
    }
}
