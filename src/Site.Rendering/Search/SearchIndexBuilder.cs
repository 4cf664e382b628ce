using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>Builds an edition's <see cref="SearchIndex"/> from its documents (pure: same documents, same index).</summary>
public static class SearchIndexBuilder
{
    public static SearchIndex Build(string edition, string lang, IReadOnlyList<SearchDocument> documents)
    {
        var full = CharacterFold.TraditionalToSimplified;
        var grams = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var folded = new HashSet<char>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in new[] { document.Title, document.Text })
            {
                var normal = SearchText.Fold(full, text);
                foreach (var c in normal) folded.Add(c);
                foreach (var gram in SearchText.Bigrams(normal))
                {
                    if (!seen.Add(gram)) continue;
                    if (!grams.TryGetValue(gram, out var list)) grams[gram] = list = [];
                    list.Add(i);
                }
            }
        }
        // The browser needs only the pairs that can meet the documents: a query character folding to a character they hold.
        var fold = new SortedDictionary<char, char>(full.Where(p => folded.Contains(p.Value)).ToDictionary(p => p.Key, p => p.Value));
        return new SearchIndex(edition, lang, documents, fold, grams.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal));
    }
}
