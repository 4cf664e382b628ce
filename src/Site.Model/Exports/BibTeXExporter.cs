using System.Globalization;
using System.Text;

namespace Site.Model.Exports;

using Site.Model.CitationIndex;

/// <summary>
/// Writes the index as a biblatex <c>.bib</c> file (UTF-8; for biber, or BibTeX with a UTF-8 aware style): one entry per
/// source in index order, keyed by <see cref="Source.Id"/> (unique, ASCII, the same as the anchor on the sources page).
/// Values are in braces with TeX's special characters escaped; URLs are kept verbatim apart from braces and spaces.
/// </summary>
public static class BibTeXExporter
{
    /// <summary>The entry type of each kind.</summary>
    public static string EntryTypeOf(CitationKind kind) => kind switch
    {
        CitationKind.Web => "online",
        CitationKind.News or CitationKind.Journal => "article",
        CitationKind.Book => "book",
        _ => "misc",
    };

    public static string Write(CitationIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var builder = new StringBuilder();
        foreach (var source in index.Sources)
        {
            if (builder.Length > 0) builder.Append('\n');
            WriteEntry(builder, source);
        }
        return builder.ToString();
    }

    private static void WriteEntry(StringBuilder builder, Source source)
    {
        var type = EntryTypeOf(source.Kind);
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string? value, bool verbatim = false)
        {
            if (!string.IsNullOrWhiteSpace(value)) fields.Add((name, verbatim ? EscapeUrl(value) : Escape(value)));
        }

        if (source.Authors.Count > 0) fields.Add(("author", string.Join(" and ", source.Authors.Select(Name))));
        Add("title", source.Title);
        var publisher = source.Publisher;
        if (type == "article")
        {
            // journaltitle is required for @article; a newspaper cited only by its publisher gives that.
            Add("journaltitle", source.Work ?? publisher);
            if (source.Work is null) publisher = null;
        }
        else if (type != "book")
        {
            Add("howpublished", source.Work);
        }
        else
        {
            Add("series", source.Work);
        }
        Add("publisher", publisher);
        Add("location", source.Location);
        var date = ExportFields.DateParts(source.Date);
        if (date.Length > 0)
        {
            fields.Add(("date", source.Date!.Iso!));
            fields.Add(("year", date[0].ToString("D4", CultureInfo.InvariantCulture)));
            if (date.Length > 1) fields.Add(("month", date[1].ToString(CultureInfo.InvariantCulture)));
        }
        Add("volume", source.Volume);
        Add("number", source.Issue);
        Add("edition", source.Edition);
        Add("pages", ExportFields.Pages(source)?.Replace("–", "--", StringComparison.Ordinal));
        Add("isbn", source.Isbn);
        Add("doi", source.Doi);
        Add("url", source.Url ?? source.ArchiveUrl, verbatim: true);
        if (source.AccessDate?.Iso is { Length: 10 } accessed) fields.Add(("urldate", accessed));
        var note = ExportFields.Note(source);
        if (source.Date is { Iso: null } unreadDate) note = Append(note, "Date: " + unreadDate.Text);
        if (source.AccessDate is { } access && access.Iso is not { Length: 10 }) note = Append(note, "Accessed: " + access.Text);
        Add("note", note);

        builder.Append('@').Append(type).Append('{').Append(source.Id).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
        {
            builder.Append("  ").Append(fields[i].Name).Append(" = {").Append(fields[i].Value).Append('}');
            builder.Append(i < fields.Count - 1 ? ",\n" : "\n");
        }
        builder.Append("}\n");
    }

    /// <summary>"Last, First" for a person with a surname; a name written whole is braced so it is never split.</summary>
    private static string Name(Person person) =>
        person.Last is { } last
            ? Escape(person.First is { } first ? last + ", " + first : last)
            : "{" + Escape(person.DisplayName) + "}";

    private static string? Append(string? note, string text) => note is null ? text : note + "; " + text;

    /// <summary>Escapes TeX's special characters; line breaks become spaces.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\textbackslash{}"); break;
                // BibTeX counts every brace, escaped or not, so a lone brace must not be written as one.
                case '{': builder.Append(@"\textbraceleft{}"); break;
                case '}': builder.Append(@"\textbraceright{}"); break;
                case '%' or '&' or '$' or '#' or '_': builder.Append('\\').Append(c); break;
                case '^': builder.Append(@"\^{}"); break;
                case '~': builder.Append(@"\textasciitilde{}"); break;
                case '\r': break;
                case '\n' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>URLs are verbatim in biblatex: only what would unbalance the braces or break the line is percent-encoded.</summary>
    public static string EscapeUrl(string url) =>
        url.Trim().Replace("\\", "%5C", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal)
            .Replace("}", "%7D", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
}
