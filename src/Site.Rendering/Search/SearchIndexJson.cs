using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Site.Rendering.Search;

/// <summary>
/// The compact JSON of a <see cref="SearchIndex"/> (docs/data-formats.md, "Search index"): documents as arrays
/// <c>[kind, title, context, url, text]</c> (and <c>[[title|null, [[start, length, other], …]], …]</c> where other editions
/// word it differently), the fold as one string of (Traditional, Simplified) character pairs,
/// postings as arrays of document numbers.
/// </summary>
public static class SearchIndexJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] Kinds = Enum.GetValues<SearchDocumentKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();

    public static string Write(SearchIndex index)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", SearchIndex.Schema);
            json.WriteNumber("version", SearchIndex.Version);
            json.WriteString("edition", index.Edition);
            json.WriteString("lang", index.Lang);
            json.WriteStartArray("kinds");
            foreach (var kind in Kinds) json.WriteStringValue(kind);
            json.WriteEndArray();
            var fold = new StringBuilder(index.Fold.Count * 2);
            foreach (var (from, to) in index.Fold.OrderBy(p => p.Key)) fold.Append(from).Append(to);
            json.WriteString("fold", fold.ToString());
            json.WriteStartArray("docs");
            for (var i = 0; i < index.Documents.Count; i++)
            {
                var d = index.Documents[i];
                json.WriteStartArray();
                json.WriteNumberValue((int)d.Kind);
                json.WriteStringValue(d.Title);
                json.WriteStringValue(d.Context);
                json.WriteStringValue(d.Url);
                json.WriteStringValue(d.Text);
                if (index.Variants[i].Count > 0)
                {
                    json.WriteStartArray();
                    foreach (var variant in index.Variants[i])
                    {
                        json.WriteStartArray();
                        if (variant.Title is null) json.WriteNullValue(); else json.WriteStringValue(variant.Title);
                        json.WriteStartArray();
                        foreach (var hunk in variant.Hunks)
                        {
                            json.WriteStartArray();
                            json.WriteNumberValue(hunk.Start);
                            json.WriteNumberValue(hunk.Length);
                            json.WriteStringValue(hunk.Other);
                            json.WriteEndArray();
                        }
                        json.WriteEndArray();
                        json.WriteEndArray();
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartObject("grams");
            foreach (var (gram, postings) in index.Grams.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(gram);
                foreach (var posting in postings) json.WriteNumberValue(posting);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static SearchIndex Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.GetProperty("schema").GetString() != SearchIndex.Schema) throw new FormatException("Not a site-search index.");
        var docs = root.GetProperty("docs").EnumerateArray().ToList();
        var documents = docs.Select(d => new SearchDocument(
            (SearchDocumentKind)d[0].GetInt32(), d[1].GetString()!, d[2].GetString()!, d[3].GetString()!, d[4].GetString()!)).ToList();
        var variants = docs.Select(d => (IReadOnlyList<SearchVariant>)(d.GetArrayLength() > 5
            ? d[5].EnumerateArray().Select(v => new SearchVariant(v[0].GetString(),
                v[1].EnumerateArray().Select(h => new TextHunk(h[0].GetInt32(), h[1].GetInt32(), h[2].GetString()!)).ToList())).ToList()
            : [])).ToList();
        var foldText = root.GetProperty("fold").GetString()!;
        var fold = new Dictionary<char, char>();
        for (var i = 0; i + 1 < foldText.Length; i += 2) fold[foldText[i]] = foldText[i + 1];
        var grams = root.GetProperty("grams").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray(), StringComparer.Ordinal);
        return new SearchIndex(root.GetProperty("edition").GetString()!, root.GetProperty("lang").GetString()!, documents, variants, fold, grams);
    }
}
