using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>Builds an edition's <see cref="SearchIndex"/> from its documents and the other editions' (pure: same documents, same index).</summary>
public static class SearchIndexBuilder
{
    /// <param name="others">The documents of the other editions; a document is matched to this edition's by kind, URL and order.</param>
    public static SearchIndex Build(string edition, string lang, IReadOnlyList<SearchDocument> documents, IReadOnlyList<IReadOnlyList<SearchDocument>> others)
    {
        var full = CharacterFold.TraditionalToSimplified;
        var aligned = others.Select(Keyed).ToList();
        var ownKeys = Keys(documents);
        var grams = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var folded = new HashSet<char>();
        var variants = new List<IReadOnlyList<SearchVariant>>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var title = SearchText.Fold(full, document.Title);
            var text = SearchText.Fold(full, document.Text);
            var searchable = new List<string> { title, text };
            var docVariants = new List<SearchVariant>();
            foreach (var other in aligned)
            {
                if (!other.TryGetValue(ownKeys[i], out var twin)) continue;
                var otherTitle = SearchText.Fold(full, twin.Title);
                var otherText = SearchText.Fold(full, twin.Text);
                if (otherTitle == title && otherText == text) continue;
                var variant = new SearchVariant(otherTitle == title ? null : otherTitle, TextHunks.Diff(text, otherText));
                docVariants.Add(variant);
                if (variant.Title is not null) searchable.Add(variant.Title);
                if (variant.Hunks.Count > 0) searchable.Add(TextHunks.Apply(text, variant.Hunks));
            }
            variants.Add(docVariants);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var normal in searchable)
            {
                foreach (var c in normal) folded.Add(c);
                foreach (var gram in SearchText.Bigrams(normal))
                {
                    if (!seen.Add(gram)) continue;
                    if (!grams.TryGetValue(gram, out var list)) grams[gram] = list = [];
                    list.Add(i);
                }
            }
        }
        // The browser needs only the pairs that can meet the index: a query character folding to a character it holds.
        var fold = new SortedDictionary<char, char>(full.Where(p => folded.Contains(p.Value)).ToDictionary(p => p.Key, p => p.Value));
        return new SearchIndex(edition, lang, documents, variants, fold, grams.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal));
    }

    private static List<(SearchDocumentKind, string, int)> Keys(IReadOnlyList<SearchDocument> documents)
    {
        var counts = new Dictionary<(SearchDocumentKind, string), int>();
        var keys = new List<(SearchDocumentKind, string, int)>();
        foreach (var d in documents)
        {
            var n = counts.GetValueOrDefault((d.Kind, d.Url));
            counts[(d.Kind, d.Url)] = n + 1;
            keys.Add((d.Kind, d.Url, n));
        }
        return keys;
    }

    private static Dictionary<(SearchDocumentKind, string, int), SearchDocument> Keyed(IReadOnlyList<SearchDocument> documents) =>
        Keys(documents).Zip(documents).ToDictionary(p => p.First, p => p.Second);
}
