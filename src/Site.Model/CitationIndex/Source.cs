namespace Site.Model.CitationIndex;

/// <summary>
/// One distinct work cited somewhere on the site, with every place that cites it.
/// Fields come from the first citation met (articles in the order given, references by number) and are
/// filled in from the others where that one left them empty.
/// </summary>
/// <param name="Id">Stable anchor and export key (<c>src-</c> + a short hash of the merge key), e.g. <c>src-3f9a0c1b</c>.</param>
/// <param name="Language">Normalised language code (<c>zh</c>, <c>en</c>, <c>ko</c> …), or null when not stated.</param>
/// <param name="LanguageAsWritten">The language parameter as written in the source (<c>中文</c>, <c>en</c>).</param>
/// <param name="Url">The original URL (an archive.org wrapper given as <c>url=</c> is unwrapped).</param>
/// <param name="Host">Host of <see cref="Url"/> without <c>www.</c>, for display.</param>
/// <param name="Pages">Pages given in the citation itself (<c>{{cite journal|pages=…}}</c>), as written.</param>
/// <param name="Citations">Every place the source is cited: article order, then reference group and number, then use order.</param>
/// <param name="PagesCited">Page locators of all uses (<c>{{r|x|page=…}}</c>, <c>{{rp}}</c>), de-duplicated, sorted naturally.</param>
/// <param name="Articles">Slugs of the articles citing the source, in the order the articles were given.</param>
public sealed record Source(
    string Id,
    CitationKind Kind,
    IReadOnlyList<Person> Authors,
    string? Title,
    string? Work,
    string? Publisher,
    string? Location,
    CitationDate? Date,
    string? Language,
    string? LanguageAsWritten,
    string? Isbn,
    CitationDate? AccessDate,
    string? Url,
    string? ArchiveUrl,
    CitationDate? ArchiveDate,
    bool IsDead,
    string? Host,
    string? Pages,
    string? Volume,
    string? Issue,
    string? Doi,
    string? Edition,
    string? Chapter,
    IReadOnlyList<CitationLocation> Citations,
    IReadOnlyList<PageLocator> PagesCited,
    IReadOnlyList<string> Articles)
{
    /// <summary>How many times the source is cited (every marker, named reuses included).</summary>
    public int CiteCount => Citations.Count;

    /// <summary>The authors as one line: display names joined with "; ".</summary>
    public string AuthorText => string.Join("; ", Authors.Select(a => a.DisplayName));

    public bool HasArchive => ArchiveUrl is not null;

    /// <summary>The link a reader should follow: the archive copy when the original is dead.</summary>
    public string? PrimaryUrl => IsDead && ArchiveUrl is not null ? ArchiveUrl : Url ?? ArchiveUrl;
}

/// <summary>One marker in an article that cites a source: where it is, and the anchors to link both ways.</summary>
/// <param name="ParagraphAnchor">The paragraph, figure or list that holds the marker.</param>
/// <param name="SectionAnchor">The section that holds it; empty for the lead.</param>
/// <param name="BacklinkId">Anchor of the marker in the text (<c>cite_ref-…</c>).</param>
/// <param name="NoteId">Anchor of the entry in the reference list (<c>cite_note-…</c>).</param>
/// <param name="Label">What the marker shows ("12", "a").</param>
/// <param name="Pages">Page locator of this use as written, or null.</param>
public sealed record CitationLocation(
    string ArticleSlug,
    string ArticleTitle,
    string ParagraphAnchor,
    string SectionAnchor,
    string SectionTitle,
    string BacklinkId,
    string NoteId,
    string Group,
    string Label,
    string? Pages);

/// <summary>A page or page range cited: <see cref="Display"/> with an en dash for ranges, <see cref="Raw"/> as first written.</summary>
/// <param name="Count">How many uses cite exactly these pages.</param>
public sealed record PageLocator(string Display, string Raw, int Count);
