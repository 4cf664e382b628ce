namespace Site.Rendering.Search;

/// <summary>
/// The search index of one edition: its documents in the edition's script; for each document, how the other
/// editions' folded texts differ from its own (<see cref="SearchVariant"/>, empty where they do not); the character
/// fold the browser applies to queries and documents (only pairs whose Simplified side occurs in the index); and the
/// postings of every character bigram of the folded titles and texts, the other editions' included (document
/// numbers, ascending).
/// </summary>
public sealed record SearchIndex(
    string Edition, string Lang, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IReadOnlyList<SearchVariant>> Variants,
    IReadOnlyDictionary<char, char> Fold, IReadOnlyDictionary<string, int[]> Grams)
{
    public const string Schema = "site-search";

    public const int Version = 1;
}

/// <summary>
/// A document as another edition words it, relative to this one's folded text: its folded title where that differs
/// (null where not) and the hunks where its folded text differs. Lets 韓戰 find 朝鲜战争 and 雷根 find 里根.
/// </summary>
public sealed record SearchVariant(string? Title, IReadOnlyList<TextHunk> Hunks);
