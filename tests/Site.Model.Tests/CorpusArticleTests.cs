using System.Text;
using Site.Model;
using Site.Model.Building;
using Site.Model.Templates;
using Site.Testing;
using Site.Wikitext.Parsing;
using Site.Wikitext.Syntax;

namespace Site.Model.Tests;

/// <summary>Every corpus article builds; unknown templates are reported where they are; prose text is not lost.</summary>
public sealed class CorpusArticleTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        var shared = TestPaths.Shared;
        if (shared is null)
        {
            data.Add("(shared corpus absent)");
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "corpus", "articles"), "*.wikitext", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(shared, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Builds_reports_unknown_templates_and_keeps_the_text(string relative)
    {
        var shared = TestPaths.RequireShared();
        var text = File.ReadAllText(Path.Combine(shared, relative));
        var builder = ArticleBuilder.CreateDefault();
        var article = builder.Build(new ArticleSource("x", "x", relative, text));

        // Each template without a handler is reported at its own line.
        var document = WikitextParser.Parse(text, relative, ParserOptions.Default with { AsciiLinkTrail = false });
        var registry = TemplateRegistry.CreateDefault();
        var unknownLines = document.Descendants<TemplateNode>()
            .Where(t => registry.Find(t.NameText) is null && !IsMagic(t.NameText) && !InsideNavboxes(t, document))
            .Select(t => t.Span.Line).ToHashSet();
        var reported = article.Diagnostics.Where(d => d.Code == "WM1001").Select(d => d.Span.Line).ToHashSet();
        Assert.Subset(reported, unknownLines);

        // No prose lost: every top-level run of text reaches the article's visible text.
        var visible = Visible(article);
        var missing = document.Children.OfType<TextNode>()
            .SelectMany(t => t.Text.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length >= 4 && line.Any(char.IsLetter) && !line.StartsWith('|') && !line.StartsWith('!') && !line.StartsWith("{|", StringComparison.Ordinal))
            .Select(line => line.Replace("'''", "").Replace("''", "").Trim())
            .Where(line => !visible.Contains(line, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "text not in the article: " + string.Join(" | ", missing.Take(5)));
    }

    /// <summary>Templates listed inside {{Navboxes}} become related topics, not text.</summary>
    private static bool InsideNavboxes(TemplateNode template, WikiDocument document) =>
        document.Descendants<TemplateNode>().Any(t => t.NameText.StartsWith("Navboxes", StringComparison.OrdinalIgnoreCase) &&
            t.Span.Start < template.Span.Start && template.Span.End <= t.Span.End);

    private static bool IsMagic(string name) => name.Trim() is "!" or "=" || name.Trim().All(c => char.IsUpper(c) || c == ' ');

    /// <summary>All text a reader can see, flattened (paragraphs, lists, tables, captions, notes, infobox).</summary>
    private static string Visible(Article article)
    {
        var builder = new StringBuilder();
        foreach (var block in article.Lead.Concat(article.AllSections().SelectMany(s => s.Content)).SelectMany(BlockWalker.Descendants))
        {
            switch (block)
            {
                case Paragraph p: builder.Append(InlineText.Flatten(p.Content)).Append('\n'); break;
                case ListBlock l: foreach (var item in l.Items) builder.Append(InlineText.Flatten(item.Content)).Append('\n'); break;
                case FigureBlock f: builder.Append(InlineText.Flatten(f.Figure.Caption)).Append('\n'); break;
                case TableBlock t when t.Caption is not null: builder.Append(InlineText.Flatten(t.Caption)).Append('\n'); break;
                case UnknownBlock u: builder.Append(InlineText.Flatten(u.Content)).Append('\n'); break;
                case Preformatted pre: builder.Append(pre.Text).Append('\n'); break;
            }
        }
        foreach (var reference in article.ReferenceGroups.SelectMany(g => g.References)) builder.Append(InlineText.Flatten(reference.Content)).Append('\n');
        foreach (var hatnote in article.Hatnotes) builder.Append(InlineText.Flatten(hatnote.Content)).Append('\n');
        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "\n" + builder;
    }
}
