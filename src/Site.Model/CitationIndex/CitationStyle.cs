using System.Text;

namespace Site.Model.CitationIndex;

public enum StyledPartKind
{
    /// <summary>Punctuation and spaces between parts: ". ", ", ", ": ".</summary>
    Separator,
    Authors,
    /// <summary>The title; <see cref="StyledPart.Url"/> is the link to follow (the archive copy when the original is dead).</summary>
    Title,
    /// <summary>Website, newspaper, journal or series (<c>work=</c>).</summary>
    Container,
    Volume,
    Issue,
    Place,
    Publisher,
    /// <summary>Publication date as written; <see cref="StyledPart.Value"/> is its ISO form when known.</summary>
    Date,
    /// <summary>A fixed word: <see cref="StyledPart.Value"/> says which ("p", "pp", "isbn", "archived", "accessed", "dead").</summary>
    Label,
    Pages,
    /// <summary>"(en)": <see cref="StyledPart.Value"/> is the language code for a renderer that names languages.</summary>
    Language,
    Isbn,
    /// <summary>Date of the archive copy, linked to it.</summary>
    ArchiveDate,
    AccessDate,
}

/// <summary>
/// A piece of a formatted source. Renderers walk the parts in order; concatenating <see cref="Text"/> gives the plain text.
/// </summary>
/// <param name="Url">Where the part links to, if anywhere.</param>
/// <param name="Value">Machine-readable form: ISO date, language code, ISBN digits, label name.</param>
public sealed record StyledPart(StyledPartKind Kind, string Text, string? Url = null, string? Value = null);

/// <summary>
/// The site's one citation style (documented in README.md). Segments in this order, each closed by ". ":
/// authors; title; container, volume(issue), place: publisher, date; pages; (language); ISBN; archived date; accessed date.
/// </summary>
public static class CitationStyle
{
    public static IReadOnlyList<StyledPart> Format(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var segments = new List<List<StyledPart>>();

        if (source.Authors.Count > 0) segments.Add([new(StyledPartKind.Authors, source.AuthorText)]);
        if (source.Title is { } title) segments.Add([new(StyledPartKind.Title, title, source.PrimaryUrl)]);
        else if (source.PrimaryUrl is { } url) segments.Add([new(StyledPartKind.Title, url, url)]);

        var container = new List<List<StyledPart>>();
        if (source.Work is { } work)
        {
            var part = new List<StyledPart> { new(StyledPartKind.Container, work) };
            if (source.Volume is { } volume) part.AddRange([Separator(" "), new(StyledPartKind.Volume, volume)]);
            if (source.Issue is { } issue) part.Add(new(StyledPartKind.Issue, "(" + issue + ")", null, issue));
            container.Add(part);
        }
        if (source.Location is not null || source.Publisher is not null)
        {
            var part = new List<StyledPart>();
            if (source.Location is { } place) part.Add(new(StyledPartKind.Place, place));
            if (source.Location is not null && source.Publisher is not null) part.Add(Separator(": "));
            if (source.Publisher is { } publisher) part.Add(new(StyledPartKind.Publisher, publisher));
            container.Add(part);
        }
        if (source.Date is { } date) container.Add([new(StyledPartKind.Date, date.Text, null, date.Iso)]);
        if (container.Count > 0) segments.Add(Join(container, ", "));

        var pages = PagesText(source, out var plural);
        if (pages is not null)
        {
            segments.Add([Label(plural ? "pp" : "p", plural ? "pp. " : "p. "), new(StyledPartKind.Pages, pages)]);
        }
        if (source.Language is { } language) segments.Add([new(StyledPartKind.Language, "(" + language + ")", null, language)]);
        if (source.Isbn is { } isbn)
        {
            segments.Add([Label("isbn", "ISBN "), new(StyledPartKind.Isbn, isbn, null, SourceKeys.NormalizeIsbn(isbn))]);
        }
        if (source.ArchiveUrl is { } archive)
        {
            var when = source.ArchiveDate;
            segments.Add(when is null
                ? [new(StyledPartKind.ArchiveDate, "Archived", archive)]
                : [Label("archived", "Archived "), new(StyledPartKind.ArchiveDate, when.Text, archive, when.Iso)]);
        }
        else if (source.IsDead)
        {
            segments.Add([Label("dead", "Dead link")]);
        }
        if (source.AccessDate is { } accessed)
        {
            segments.Add([Label("accessed", "Accessed "), new(StyledPartKind.AccessDate, accessed.Text, null, accessed.Iso)]);
        }

        var parts = new List<StyledPart>();
        foreach (var segment in segments)
        {
            parts.AddRange(segment);
            var last = segment[^1].Text;
            var closed = last.Length > 0 && last[^1] is '.' or '。' or '?' or '？' or '!' or '！';
            parts.Add(Separator(closed ? " " : ". "));
        }
        if (parts.Count > 0) parts[^1] = parts[^1].Text == " " ? parts[^1] with { Text = "" } : Separator(".");
        return parts
            .Select(p => p.Kind is StyledPartKind.Separator or StyledPartKind.Label ? p : p with { Text = Collapse(p.Text).Trim() })
            .Where(p => p.Text.Length > 0)
            .ToList();
    }

    /// <summary>The formatted source as plain text: the parts' text in order.</summary>
    public static string ToPlainText(Source source)
    {
        var builder = new StringBuilder();
        foreach (var part in Format(source)) builder.Append(part.Text);
        return builder.ToString();
    }

    /// <summary>
    /// The pages to show: the pages cited in the articles when any (books cited with <c>{{r|page=}}</c>), else the
    /// citation's own <c>pages=</c>. <paramref name="plural"/> says whether to write "pp." rather than "p.".
    /// </summary>
    public static string? PagesText(Source source, out bool plural)
    {
        if (source.PagesCited.Count > 0)
        {
            plural = source.PagesCited.Count > 1 || source.PagesCited[0].Display.Contains('–');
            return string.Join(", ", source.PagesCited.Select(p => p.Display));
        }
        if (source.Pages is { } pages)
        {
            var displayed = PageLocators.Split(pages).Select(PageLocators.Display).ToList();
            if (displayed.Count == 0)
            {
                plural = false;
                return null;
            }
            plural = displayed.Count > 1 || displayed.Any(d => d.Contains('–'));
            return string.Join(", ", displayed);
        }
        plural = false;
        return null;
    }

    /// <summary>Runs of white space (line breaks of a quoted passage in a bare reference) become one space.</summary>
    private static string Collapse(string text)
    {
        if (!text.Any(c => char.IsWhiteSpace(c) && c != ' ') && !text.Contains("  ", StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length == 0 || builder[^1] != ' ') builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static StyledPart Separator(string text) => new(StyledPartKind.Separator, text);

    private static StyledPart Label(string name, string text) => new(StyledPartKind.Label, text, null, name);

    private static List<StyledPart> Join(List<List<StyledPart>> pieces, string separator)
    {
        var joined = new List<StyledPart>();
        foreach (var piece in pieces)
        {
            if (joined.Count > 0) joined.Add(Separator(separator));
            joined.AddRange(piece);
        }
        return joined;
    }
}
