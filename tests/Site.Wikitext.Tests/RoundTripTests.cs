using System.Text.Json;
using Site.Testing;
using Site.Wikitext.Parsing;

namespace Site.Wikitext.Tests;

/// <summary>Printing the tree gives back the input exactly, for every file we have.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Seed_round_trips()
    {
        var text = File.ReadAllText(TestPaths.SeedPath);
        Assert.Equal(text, WikitextParser.Parse(text).ToWikitext());
    }

    public static TheoryData<string> CorpusArticles()
    {
        var data = new TheoryData<string>();
        var shared = TestPaths.Shared;
        if (shared is null)
        {
            data.Add("(shared corpus absent)");
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "corpus", "articles"), "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(shared, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusArticles))]
    public void Corpus_article_round_trips(string relativePath)
    {
        var shared = TestPaths.RequireShared();
        var text = File.ReadAllText(Path.Combine(shared, relativePath));
        Assert.Equal(text, WikitextParser.Parse(text).ToWikitext());
    }

    [Fact]
    public void Every_parser_test_case_round_trips()
    {
        var shared = TestPaths.RequireShared();
        var failures = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(Path.Combine(shared, "corpus", "parser-tests", "pure-syntax-subset.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var wikitext = json.RootElement.GetProperty("wikitext").GetString()!;
            count++;
            if (WikitextParser.Parse(wikitext).ToWikitext() != wikitext) failures.Add(json.RootElement.GetProperty("name").GetString()!);
        }
        Assert.True(count > 900, $"only {count} cases read");
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_parser_test_file_round_trips_as_a_whole()
    {
        var shared = TestPaths.RequireShared();
        var files = Directory.EnumerateFiles(Path.Combine(shared, "corpus", "parser-tests"), "*.txt", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(WikitextParser.Parse(text).ToWikitext() == text, file);
        }
    }
}
