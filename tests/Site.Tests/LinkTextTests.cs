using Site.Fuzzing;
using Site.Testing;

namespace Site.Tests;

/// <summary>
/// HTML has no link inside a link (a browser splits the outer one): what a link's text holds is written as text, and
/// reference markers, citations and archive links in it come right after the link, so nothing is lost.
/// </summary>
public sealed class LinkTextTests
{
    private static readonly FuzzPipeline Pipeline = new(TestPaths.RepositoryRoot);

    [Theory]
    [InlineData("前[[美国|美国<ref>注释甲</ref>]]后", "美国", "注释甲")]
    [InlineData("前[https://example.org 外部 [[韩国]] 链接]后", "韩国", "外部")]
    [InlineData("前[[美国|见 [https://example.org 外部]]]后", "外部", "美国")]
    [InlineData("前[https://example.org 甲 [https://example.com 乙]]后", "乙", "甲")]
    public void A_link_in_a_link_text_is_written_as_text_and_kept(string wikitext, string kept, string alsoKept)
    {
        var fragments = Pipeline.Fragments(wikitext + "\n\n== 参考 ==\n<references />\n");
        var lead = fragments[1];
        Assert.Null(FuzzPipeline.LinkInLink(lead));
        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + lead).Body!.TextContent;
        Assert.Contains(kept, text);
        Assert.Contains(alsoKept, string.Join("", fragments));
        Assert.Contains("<a ", lead);
    }

    [Fact]
    public void A_reference_in_a_link_text_is_marked_right_after_the_link()
    {
        var lead = Pipeline.Fragments("前[[美国|美国<ref>注释甲</ref>]]后\n\n<references />\n")[1];
        var link = lead.IndexOf("</a>", StringComparison.Ordinal);
        var marker = lead.IndexOf("<sup ", StringComparison.Ordinal);
        Assert.True(link >= 0 && marker > link, lead);
        Assert.True(lead.IndexOf("后", StringComparison.Ordinal) > marker, lead);
    }
}
