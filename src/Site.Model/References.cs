namespace Site.Model;

/// <summary>One place in the text where a reference or note is cited.</summary>
/// <param name="Group">The Cite group ("" for references, "note" for <c>{{efn}}</c> notes).</param>
/// <param name="Number">Number within the group, by first use.</param>
/// <param name="Label">What the marker shows: "1", "a", "参 1".</param>
/// <param name="NoteId">Anchor of the entry in the reference list (<c>cite_note-…</c>).</param>
/// <param name="BacklinkId">Anchor of this marker in the text (<c>cite_ref-…</c>).</param>
/// <param name="Pages">Page locator shown after the marker (<c>{{r|x|page=52}}</c>, <c>{{rp|52}}</c>).</param>
/// <param name="ParagraphAnchor">The paragraph (or figure, list, note) that holds the marker.</param>
/// <param name="SectionAnchor">The section that holds it; empty for the lead.</param>
/// <param name="SectionTitle">The section heading as plain source text.</param>
public sealed record ReferenceUse(
    string Group, int Number, string Label, string NoteId, string BacklinkId, string? Pages,
    string ParagraphAnchor, string SectionAnchor, string SectionTitle);

/// <summary>An entry of a reference or notes list, with every use of it.</summary>
public sealed record Reference(
    string Group, int Number, string Label, string NoteId, string? Name, IReadOnlyList<Inline> Content,
    IReadOnlyList<Citation> Citations, IReadOnlyList<ReferenceUse> Uses);

public sealed record ReferenceGroup(string Group, IReadOnlyList<Reference> References);

public enum CitationKind
{
    Web,
    News,
    Book,
    Journal,
    Other,
}

/// <summary>A date as written in the source, and as an ISO date (yyyy, yyyy-MM or yyyy-MM-dd) where it could be read.</summary>
public sealed record CitationDate(string Text, string? Iso);

public sealed record Person(string? Last, string? First, string DisplayName, string? Link = null);

/// <summary>A structured citation from a <c>{{cite …}}</c> template or a bare reference.</summary>
public sealed record Citation(
    CitationKind Kind,
    string Template,
    IReadOnlyList<Person> Authors,
    string? Title,
    string? Work,
    string? Publisher,
    CitationDate? Date,
    string? Url,
    string? ArchiveUrl,
    CitationDate? ArchiveDate,
    bool IsDead,
    CitationDate? AccessDate,
    string? Language,
    string? Isbn,
    string? Pages,
    string? Quote,
    string? Location,
    string? Volume = null,
    string? Issue = null,
    string? Doi = null,
    string? Edition = null,
    string? Chapter = null)
{
    /// <summary>The link a reader should follow: the archive when the original is dead.</summary>
    public string? PrimaryUrl => IsDead && ArchiveUrl is not null ? ArchiveUrl : Url ?? ArchiveUrl;

    public string? Host => Url is not null && Uri.TryCreate(Url.StartsWith("//", StringComparison.Ordinal) ? "https:" + Url : Url, UriKind.Absolute, out var uri)
        ? uri.Host
        : null;
}
