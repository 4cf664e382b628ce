using System.Globalization;

namespace Site.Model.Exports;

using Site.Model.CitationIndex;

/// <summary>Values both exporters derive the same way from a <see cref="Source"/>.</summary>
internal static class ExportFields
{
    /// <summary>
    /// Pages for the <c>page</c>/<c>pages</c> field: the citation's own <c>pages=</c> (the extent of an article) when given,
    /// else the pages cited in the articles, joined with ", " (display form, en dash ranges).
    /// </summary>
    public static string? Pages(Source source)
    {
        if (source.Pages is { } own)
        {
            var displayed = PageLocators.Split(own).Select(PageLocators.Display).ToList();
            if (displayed.Count > 0) return string.Join(", ", displayed);
        }
        return source.PagesCited.Count > 0 ? string.Join(", ", source.PagesCited.Select(p => p.Display)) : null;
    }

    /// <summary>Year, month and day of an ISO date (yyyy, yyyy-MM, yyyy-MM-dd); empty if it has none.</summary>
    public static int[] DateParts(CitationDate? date)
    {
        if (date?.Iso is not { } iso) return [];
        var parts = new List<int>();
        foreach (var piece in iso.Split('-'))
        {
            if (!int.TryParse(piece, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return [];
            parts.Add(n);
        }
        return parts.Count is >= 1 and <= 3 ? [.. parts] : [];
    }

    /// <summary>Name of the archive holding the copy: "Internet Archive", "archive.today", or its host.</summary>
    public static string? ArchiveName(Source source)
    {
        if (SourceKeys.HostOf(source.ArchiveUrl) is not { } host) return null;
        if (host == "archive.org" || host.EndsWith(".archive.org", StringComparison.Ordinal)) return "Internet Archive";
        return host.StartsWith("archive.", StringComparison.Ordinal) ? "archive.today" : host;
    }

    /// <summary>A short note on the archive copy and a dead original, in English; null when there is nothing to say.</summary>
    public static string? Note(Source source)
    {
        var notes = new List<string>();
        if (source.ArchiveUrl is { } archive)
        {
            var when = source.ArchiveDate is { } date ? " (" + (date.Iso ?? date.Text) + ")" : "";
            notes.Add("Archived copy: " + archive + when);
        }
        if (source.IsDead) notes.Add("original URL dead");
        return notes.Count == 0 ? null : string.Join("; ", notes);
    }
}
