using System.Text.Json;
using Site.Model.Exports;
using Site.Model.Tests.Validation;

namespace Site.Model.Tests;

using Site.Model.CitationIndex;

public sealed class CslJsonExporterTests
{
    private static readonly JsonSchemaValidator Schema = JsonSchemaValidator.FromResource("csl-data.subset.json");

    private static CitationIndex SeedIndex => CitationIndexBuilder.Build([Articles.Seed]);

    [Fact]
    public void Seed_export_is_valid_against_the_csl_data_schema()
    {
        using var json = JsonDocument.Parse(CslJsonExporter.Write(SeedIndex));
        Assert.Empty(Schema.Validate(json.RootElement));
        Assert.Equal(38, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void The_validator_rejects_wrong_names_and_types()
    {
        using var bad = JsonDocument.Parse("""
            [{"id": "a", "type": "web", "archive_url": "x", "issued": {"date-parts": [[2010, 1, 2, 3]]},
              "author": [{"name": "x"}], "title": 5}, {"type": "book"}]
            """);
        var errors = Schema.Validate(bad.RootElement);
        Assert.Contains(errors, e => e.StartsWith("$[0].type:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$[0].archive_url:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$[0].issued:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$[0].author[0]:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$[0].title:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "$[1]: required property 'id' is missing");
    }

    [Fact]
    public void Writes_types_names_and_dates_with_the_right_json_types()
    {
        using var json = JsonDocument.Parse(CslJsonExporter.Write(SeedIndex));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(
            ["article-newspaper", "book", "document", "webpage"],
            items.Select(i => i.GetProperty("type").GetString()!).Distinct().Order(StringComparer.Ordinal));
        foreach (var item in items)
        {
            // Stricter than the schema, which lets a name or a date be anything that is not an object.
            if (item.TryGetProperty("author", out var authors))
            {
                Assert.All(authors.EnumerateArray(), a =>
                {
                    Assert.Equal(JsonValueKind.Object, a.ValueKind);
                    Assert.True(a.TryGetProperty("literal", out _) || a.TryGetProperty("family", out _));
                });
            }
            foreach (var name in new[] { "issued", "accessed" })
            {
                if (!item.TryGetProperty(name, out var date)) continue;
                Assert.Equal(JsonValueKind.Object, date.ValueKind);
                if (date.TryGetProperty("date-parts", out var parts))
                {
                    Assert.All(parts[0].EnumerateArray(), p => Assert.Equal(JsonValueKind.Number, p.ValueKind));
                }
            }
        }
    }

    [Fact]
    public void Writes_a_book_with_pages_cited()
    {
        using var json = JsonDocument.Parse(CslJsonExporter.Write(SeedIndex));
        var dong = json.RootElement.EnumerateArray().Single(i => i.GetProperty("title").GetString() == "《韩国》");
        Assert.Equal("book", dong.GetProperty("type").GetString());
        Assert.Equal("董向荣", dong.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("社会科学文献出版社", dong.GetProperty("publisher").GetString());
        Assert.Equal("北京", dong.GetProperty("publisher-place").GetString());
        Assert.Equal("9787509707326", dong.GetProperty("ISBN").GetString());
        Assert.Equal("256, 257, 260, 260–261, 261, 262, 263, 264", dong.GetProperty("page").GetString());
        Assert.Equal("[[2009,5]]", dong.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public void Writes_web_page_with_person_access_date_and_archive()
    {
        using var json = JsonDocument.Parse(CslJsonExporter.Write(SeedIndex));
        var items = json.RootElement.EnumerateArray().ToList();
        var cnn = items.Single(i => i.GetProperty("title").GetString() == "Congress passes trade deals");
        Assert.Equal("article-newspaper", cnn.GetProperty("type").GetString());
        Assert.Equal("Liberto", cnn.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Jennifer", cnn.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("CNN", cnn.GetProperty("container-title").GetString());

        var xinhua = items.Single(i => i.GetProperty("title").GetString() == "韩国概况");
        Assert.Equal("webpage", xinhua.GetProperty("type").GetString());
        Assert.Equal("http://news.xinhuanet.com/ziliao/2002-06/13/content_438328_3.htm", xinhua.GetProperty("URL").GetString());
        Assert.Equal("Internet Archive", xinhua.GetProperty("archive").GetString());
        Assert.StartsWith("https://web.archive.org/web/20150929190722/", xinhua.GetProperty("archive_location").GetString());
        Assert.Equal(2015, xinhua.GetProperty("accessed").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Contains("original URL dead", xinhua.GetProperty("note").GetString());

        var en = items.Single(i => i.GetProperty("title").GetString() == "Eighth United States Army (EUSA)");
        Assert.Equal("en", en.GetProperty("language").GetString());
    }

    [Fact]
    public void Output_is_deterministic_utf8_with_unix_newlines()
    {
        var first = CslJsonExporter.Write(SeedIndex);
        Assert.Equal(first, CslJsonExporter.Write(SeedIndex));
        Assert.DoesNotContain("\r", first);
        Assert.Contains("董向荣", first);
        Assert.DoesNotContain("\\u", first);
        Assert.EndsWith("]\n", first);
    }

    [Fact]
    public void Unreadable_dates_are_literal()
    {
        var article = Articles.FromText("t", "A<ref>{{cite web|url=http://a.example/|title=T|date=Spring of 1990}}</ref>\n{{reflist}}");
        using var json = JsonDocument.Parse(CslJsonExporter.Write(CitationIndexBuilder.Build([article])));
        Assert.Empty(Schema.Validate(json.RootElement));
        Assert.Equal("Spring of 1990", json.RootElement[0].GetProperty("issued").GetProperty("literal").GetString());
    }
}
