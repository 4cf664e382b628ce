using Site.Testing;
using Site.Wikitext.Parsing;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Tests;

/// <summary>
/// Every node's span (offset, length, line, column) matches the source, and children tile their parent.
/// Nodes compute line and column on demand, so this checks them against the source's own line table.
/// </summary>
public sealed class SpanTests
{
    [Fact]
    public void Seed_spans_match_the_source()
    {
        CheckSpans(File.ReadAllText(TestPaths.SeedPath));
    }

    [Fact]
    public void Corpus_spans_match_the_source()
    {
        var shared = TestPaths.RequireShared();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "corpus", "articles"), "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            CheckSpans(File.ReadAllText(file));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\n\n{{x||}}\n[[a|]]\n{{#if:|}}")]
    [InlineData("{{{{{a}}}}}\n-{zh-hans:x;zh-hant:y}-\n{|\n|-\n| a || b\n|}\n== h ==\n<ref name=x/>")]
    [InlineData("x\r\n<ref>\n''a''</ref>\n{{a|b=}}")]
    public void Small_inputs_have_source_spans(string text)
    {
        CheckSpans(text);
    }

    [Fact]
    public void Nodes_made_with_a_span_keep_its_line_and_column()
    {
        var text = new TextNode(new SourceSpan(5, 3, 7, 2), "abc");
        Assert.Equal(new SourceSpan(5, 3, 7, 2), text.Span);
        var fragment = new Fragment(new SourceSpan(5, 3, 7, 2), [text]);
        Assert.Equal(new SourceSpan(5, 3, 7, 2), fragment.Span);
        Assert.Equal("abc", fragment.ToWikitext());
        Assert.Same(text, Assert.Single(fragment.Children));
    }

    [Fact]
    public void A_plain_text_fragment_gives_the_same_text_node_every_time()
    {
        var document = WikitextParser.Parse("x{{a|b c|d=e}}");
        var template = Assert.IsType<TemplateNode>(document.Children[1]);
        var value = template.Parameters[0].Value;
        Assert.Equal("b c", value.ToWikitext());
        var text = Assert.IsType<TextNode>(Assert.Single(value.Children));
        Assert.Same(text, value.Children[0]);
        Assert.Equal("b c", text.Text);
        Assert.Equal(new SourceSpan(5, 3, 1, 6), text.Span);
        Assert.Equal("d", Assert.IsType<TextNode>(Assert.Single(template.Parameters[1].Name!.Children)).Text);
    }

    [Fact]
    public void Markup_tokens_are_made_once_and_written_before_they_are_made()
    {
        const string text = "{{a|b=c|d}} [[x|y]]z";
        var document = WikitextParser.Parse(text);
        Assert.Equal(text, document.ToWikitext());
        var template = Assert.IsType<TemplateNode>(document.Children[0]);
        var children = template.Children;
        Assert.Equal(["{{", "a", "|", "b=c", "|", "d", "}}"], children.Select(c => c.ToWikitext()));
        Assert.IsType<MarkupToken>(children[0]);
        Assert.Same(children[2], template.Children[2]);
        var link = Assert.IsType<WikiLinkNode>(document.Children[2]);
        Assert.Equal(["[[", "x", "|", "y", "]]", "z"], link.Children.Select(c => c.ToWikitext()));
        Assert.Equal(new SourceSpan(17, 2, 1, 18), link.Children[4].Span);
    }

    private static void CheckSpans(string text)
    {
        var document = WikitextParser.Parse(text);
        var source = document.Source;
        Assert.Equal(source.Span(0, text.Length), document.Span);
        Check(document);

        void Check(WikiNode node)
        {
            var span = node.Span;
            Assert.Equal(source.Span(span.Start, span.Length), span);
            if (node is LeafNode leaf) Assert.Equal(text.Substring(span.Start, span.Length), leaf.Text);
            var at = span.Start;
            foreach (var child in node.Children)
            {
                Assert.Equal(at, child.Span.Start);
                at = child.Span.End;
                Check(child);
            }
            if (node.Children.Count > 0) Assert.Equal(span.End, at);
        }
    }
}
