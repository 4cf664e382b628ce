namespace Site.Rendering.Search;

/// <summary>
/// The search index of one edition: its documents in the edition's script, the character fold the browser
/// applies to queries and documents (only pairs whose Simplified side occurs in the documents), and the
/// postings of every character bigram of the folded titles and texts (document numbers, ascending).
/// </summary>
public sealed record SearchIndex(
    string Edition, string Lang, IReadOnlyList<SearchDocument> Documents, IReadOnlyDictionary<char, char> Fold,
    IReadOnlyDictionary<string, int[]> Grams)
{
    public const string Schema = "site-search";

    public const int Version = 1;
}
