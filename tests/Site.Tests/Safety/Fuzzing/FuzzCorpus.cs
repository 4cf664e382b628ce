using System.Text.Json;

namespace Site.Fuzzing;

/// <summary>The texts mutations start from: the site's articles, the shared article corpus and the parser-test wikitext.</summary>
public sealed class FuzzCorpus(IReadOnlyList<string> texts)
{
    public IReadOnlyList<string> Texts { get; } = texts;

    /// <summary>content/articles/*.wikitext, ../shared/corpus/articles/** and the pure-syntax parser tests, when present.</summary>
    public static FuzzCorpus Load(string repositoryRoot)
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repositoryRoot, "content", "articles"), "*.wikitext").Order(StringComparer.Ordinal))
        {
            texts.Add(File.ReadAllText(file));
        }
        var shared = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus"));
        var articles = Path.Combine(shared, "articles");
        if (Directory.Exists(articles))
        {
            foreach (var file in Directory.EnumerateFiles(articles, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".wikitext", StringComparison.Ordinal) || file.EndsWith(".txt", StringComparison.Ordinal)) texts.Add(File.ReadAllText(file));
            }
        }
        var tests = Path.Combine(shared, "parser-tests", "pure-syntax-subset.jsonl");
        if (File.Exists(tests))
        {
            foreach (var line in File.ReadLines(tests))
            {
                if (line.Length == 0) continue;
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("wikitext", out var wikitext) && wikitext.GetString() is { Length: > 0 } text) texts.Add(text);
            }
        }
        return new FuzzCorpus(texts);
    }
}
