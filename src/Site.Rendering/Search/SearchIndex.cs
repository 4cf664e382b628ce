namespace Site.Rendering.Search;

/// <summary>
/// The search index of one edition, as read back whole (tests and the C# query; the browser fetches only the parts
/// a query needs): its documents in the edition's script; for each document, how the other editions' folded texts
/// differ from its own (<see cref="SearchVariant"/>, empty where they do not); the character fold the browser applies
/// to queries and documents (only pairs whose Simplified side occurs in the index); and the postings of every gram
/// (character and character bigram) of the folded titles and texts, the other editions' included.
/// </summary>
public sealed record SearchIndex(
    string Edition, string Lang, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IReadOnlyList<SearchVariant>> Variants,
    IReadOnlyDictionary<char, char> Fold, IReadOnlyDictionary<string, IReadOnlyList<Posting>> Postings)
{
    public const string Schema = "site-search";

    public const int Version = 2;
}

/// <summary>
/// A document holding a gram: how often the gram occurs in its folded text (the most of this edition's and the other
/// editions' wordings) and whether it is in its folded title (any wording). Ranks documents before their text is fetched.
/// </summary>
public readonly record struct Posting(int Document, int Count, bool InTitle);

/// <summary>
/// A document as another edition words it, relative to this one's folded text: its folded title where that differs
/// (null where not) and the hunks where its folded text differs. Lets 韓戰 find 朝鲜战争 and 雷根 find 里根.
/// </summary>
public sealed record SearchVariant(string? Title, IReadOnlyList<TextHunk> Hunks);
