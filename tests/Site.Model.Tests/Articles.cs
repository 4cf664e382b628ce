using Site.Model.Building;
using Site.Testing;

namespace Site.Model.Tests;

/// <summary>Builds articles for the tests: the seed once, and small ones from wikitext.</summary>
internal static class Articles
{
    private static readonly Lazy<Article> LazySeed = new(() =>
        ArticleBuilder.CreateDefault().Build(new ArticleSource("韩美关系", "韩美关系", TestPaths.SeedPath, File.ReadAllText(TestPaths.SeedPath))));

    public static Article Seed => LazySeed.Value;

    public static Article FromText(string slug, string text) =>
        ArticleBuilder.CreateDefault().Build(new ArticleSource(slug, slug, slug + ".wikitext", text));
}
