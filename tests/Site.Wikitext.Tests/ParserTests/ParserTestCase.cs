using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Wikitext.Tests.ParserTests;

/// <summary>One case of <c>pure-syntax-subset.jsonl</c>: MediaWiki, Cite and Parsoid parser tests that need no templates.</summary>
public sealed record ParserTestCase(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics,
    [property: JsonPropertyName("options")] string? Options,
    [property: JsonPropertyName("config")] string? Config,
    [property: JsonPropertyName("wikitext")] string Wikitext,
    [property: JsonPropertyName("html_legacy")] string? HtmlLegacy,
    [property: JsonPropertyName("html_parsoid")] string? HtmlParsoid)
{
    /// <summary>
    /// The expected HTML: the legacy parser's (<c>html/php</c> or shared <c>html</c>) where the case has it,
    /// since our renderer follows the legacy parser; Parsoid's only for a Parsoid-only case. An empty
    /// <c>html/php</c> section is an expectation too (categories and language links leave no HTML), as in
    /// MediaWiki's Test.php, which falls back only when the section is absent.
    /// </summary>
    public string Expected => HtmlLegacy ?? HtmlParsoid ?? "";

    public bool ExpectsParsoid => HtmlLegacy is null;

    public static IReadOnlyList<ParserTestCase> Load(string path) =>
        System.IO.File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<ParserTestCase>(line)!)
            .ToList();

    /// <summary>The page title the case is rendered as: <c>title=[[X]]</c> in the options, else MediaWiki's default.</summary>
    public string PageTitle
    {
        get
        {
            var options = Options ?? "";
            var at = options.IndexOf("title=[[", StringComparison.Ordinal);
            if (at < 0) return "Parser test";
            var end = options.IndexOf("]]", at, StringComparison.Ordinal);
            return end < 0 ? "Parser test" : options[(at + 8)..end];
        }
    }
}
