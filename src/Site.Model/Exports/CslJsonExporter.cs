using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Model.Exports;

using Site.Model.CitationIndex;

/// <summary>
/// Writes the index as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the input format of
/// citeproc, Zotero and Pandoc: an array of items, one per source, in index order. Only fields of the official
/// <c>csl-data.json</c> schema are written (it allows no others), so the archive copy goes into <c>archive</c>,
/// <c>archive_location</c> and <c>note</c>.
/// </summary>
public static class CslJsonExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Chinese, Korean and the like stay readable; only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The CSL <c>type</c> of each kind.</summary>
    public static string TypeOf(CitationKind kind) => kind switch
    {
        CitationKind.Web => "webpage",
        CitationKind.News => "article-newspaper",
        CitationKind.Book => "book",
        CitationKind.Journal => "article-journal",
        _ => "document",
    };

    public static string Write(CitationIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var source in index.Sources) WriteItem(writer, source);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("id", source.Id);
        writer.WriteString("type", TypeOf(source.Kind));
        String(writer, "title", source.Title);
        if (source.Authors.Count > 0)
        {
            writer.WriteStartArray("author");
            foreach (var person in source.Authors) WriteName(writer, person);
            writer.WriteEndArray();
        }
        // A book's work= is its series; everything else's is the website, newspaper or journal it appeared in.
        String(writer, source.Kind == CitationKind.Book ? "collection-title" : "container-title", source.Work);
        String(writer, "publisher", source.Publisher);
        String(writer, "publisher-place", source.Location);
        WriteDate(writer, "issued", source.Date);
        WriteDate(writer, "accessed", source.AccessDate);
        String(writer, "URL", source.Url ?? source.ArchiveUrl);
        String(writer, "ISBN", source.Isbn);
        String(writer, "DOI", source.Doi);
        String(writer, "volume", source.Volume);
        String(writer, "issue", source.Issue);
        String(writer, "edition", source.Edition);
        String(writer, "page", ExportFields.Pages(source));
        String(writer, "language", source.Language);
        String(writer, "archive", ExportFields.ArchiveName(source));
        String(writer, "archive_location", source.ArchiveUrl);
        String(writer, "note", ExportFields.Note(source));
        writer.WriteEndObject();
    }

    /// <summary>A person with a surname as family/given; a name written whole (most Chinese names, organisations) as literal.</summary>
    private static void WriteName(Utf8JsonWriter writer, Person person)
    {
        writer.WriteStartObject();
        if (person.Last is { } last)
        {
            writer.WriteString("family", last);
            String(writer, "given", person.First);
        }
        else
        {
            writer.WriteString("literal", person.DisplayName);
        }
        writer.WriteEndObject();
    }

    /// <summary><c>{"date-parts": [[y, m, d]]}</c> with numbers; a date that could not be read goes in as <c>{"literal": …}</c>.</summary>
    private static void WriteDate(Utf8JsonWriter writer, string name, CitationDate? date)
    {
        if (date is null) return;
        var parts = ExportFields.DateParts(date);
        writer.WriteStartObject(name);
        if (parts.Length > 0)
        {
            writer.WriteStartArray("date-parts");
            writer.WriteStartArray();
            foreach (var part in parts) writer.WriteNumberValue(part);
            writer.WriteEndArray();
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("literal", date.Text);
        }
        writer.WriteEndObject();
    }

    private static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) writer.WriteString(name, value);
    }
}
