using System.Text.Json;
using Site.Model.Exports;
using Site.Model.Tests.Validation;
using Site.Testing;

namespace Site.Model.Tests;

using Site.Model.CitationIndex;

/// <summary>The index over the seed and the zh articles of ../shared/corpus (skipped when the corpus is absent).</summary>
public sealed class CorpusCitationIndexTests
{
    private static IReadOnlyList<Article> LoadAll()
    {
        var folder = Path.Combine(TestPaths.RequireShared(), "corpus", "articles", "zh");
        var articles = new List<Article> { Articles.Seed };
        foreach (var path in Directory.GetFiles(folder, "*.wikitext").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            articles.Add(Articles.FromText(slug, File.ReadAllText(path)));
        }
        return articles;
    }

    [Fact]
    public void Covers_every_article_and_filters_by_article()
    {
        var articles = LoadAll();
        Assert.True(articles.Count > 1);
        var index = CitationIndexBuilder.Build(articles);
        Assert.Equal(articles.Select(a => a.Slug), index.Articles.Select(a => a.Slug));
        foreach (var article in articles)
        {
            // Every citation marker of the article whose reference holds a source is in the index, and nothing else.
            var expected = article.ReferenceGroups
                .SelectMany(g => g.References.Where(r => r.Citations.Any(c => g.Group.Length == 0 || c.Template.Length > 0 || c.Url is not null)))
                .SelectMany(r => r.Uses).Select(u => u.BacklinkId).ToHashSet(StringComparer.Ordinal);
            var filtered = index.ForArticle(article.Slug);
            var found = filtered.Sources.SelectMany(s => s.Citations).Select(c => c.BacklinkId).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
            Assert.All(filtered.Sources, s => Assert.Equal([article.Slug], s.Articles));
            Assert.All(filtered.Sources, s => Assert.All(s.Citations, c => Assert.Equal(article.Slug, c.ArticleSlug)));
            Assert.Equal(filtered.Sources.Count, index.Articles.Single(a => a.Slug == article.Slug).SourceCount);
        }
        Assert.True(index.Articles.Count(a => a.SourceCount > 0) > 1, "more than one article cites sources");
        // An article's sources are a subset of the whole index, and each source belongs to the articles it lists.
        Assert.Equal(
            index.Sources.Sum(s => s.Articles.Count),
            articles.Sum(a => index.ForArticle(a.Slug).Sources.Count));
    }

    [Fact]
    public void Citation_locations_point_at_anchors_of_their_article()
    {
        var articles = LoadAll();
        var index = CitationIndexBuilder.Build(articles);
        var missing = new List<string>();
        foreach (var article in articles)
        {
            var anchors = SeedCitationIndexTests.AnchorsOf(article);
            var sections = article.AllSections().Select(s => s.Anchor).Append("").ToHashSet(StringComparer.Ordinal);
            foreach (var location in index.ForArticle(article.Slug).Sources.SelectMany(s => s.Citations))
            {
                Assert.Contains(location.SectionAnchor, sections);
                if (!anchors.Contains(location.ParagraphAnchor)) missing.Add($"{article.Slug}#{location.ParagraphAnchor} ({location.BacklinkId})");
            }
        }
        Assert.True(missing.Count == 0, $"{missing.Count} citation(s) point at anchors no block carries, e.g. " + string.Join(", ", missing.Distinct().Take(4)));
    }

    [Fact]
    public void Whole_corpus_exports_are_valid()
    {
        var index = CitationIndexBuilder.Build(LoadAll());
        using var json = JsonDocument.Parse(CslJsonExporter.Write(index));
        Assert.Empty(JsonSchemaValidator.FromResource("csl-data.subset.json").Validate(json.RootElement));
        Assert.Equal(index.Sources.Count, json.RootElement.GetArrayLength());
        Assert.Equal(index.Sources.Count, BibTeXParser.Parse(BibTeXExporter.Write(index)).Count);
        Assert.Equal(index.Sources.Count, index.Sources.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Order_of_articles_does_not_change_ids_or_sort_order()
    {
        var articles = LoadAll();
        var forward = CitationIndexBuilder.Build(articles);
        var backward = CitationIndexBuilder.Build(articles.Reverse().ToList());
        Assert.Equal(forward.Sources.Select(s => s.Id).Order(StringComparer.Ordinal), backward.Sources.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(forward.Summary.SourceCount, backward.Summary.SourceCount);
        Assert.Equal(forward.Summary.CitationCount, backward.Summary.CitationCount);
    }
}
