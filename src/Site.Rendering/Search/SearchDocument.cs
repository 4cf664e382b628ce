namespace Site.Rendering.Search;

/// <summary>What a search document is: a part of an article, a cited source, a timeline event or a Markdown page.</summary>
public enum SearchDocumentKind
{
    Section,
    Source,
    Event,
    Page,
}

/// <summary>
/// One unit of search results, in the edition's own script: <see cref="Title"/> (section heading, source label,
/// event date or page title), <see cref="Context"/> (where it is: article title, citation kind, period),
/// <see cref="Url"/> relative to the index file, and the plain <see cref="Text"/> readers see there.
/// </summary>
public sealed record SearchDocument(SearchDocumentKind Kind, string Title, string Context, string Url, string Text);
