namespace Site.Rendering.Search;

/// <summary>
/// One result: the document, the ranking the postings gave it (a term in its title; occurrences) and the snippet.
/// <see cref="InTitle"/> and <see cref="Count"/> come from the postings, before the text is fetched: exact for terms of
/// one or two characters, an upper bound for longer ones (the least count of their bigrams).
/// </summary>
public sealed record SearchHit(int Document, bool InTitle, int Count, Snippet Snippet);

/// <summary>A piece of the document's own text around the first match; <see cref="Marks"/> are (start, length) of every match in it.</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int Length)> Marks);

/// <summary>
/// The query logic of templates/assets/search.js in C#, for tests: fold the query and split it into terms; look up
/// the grams of each term (its bigrams, or a lone character) and intersect their postings; rank the candidates from
/// the postings alone (a term whose grams are all in the title first, then the summed least counts, then document
/// order); then, in that order, confirm every term as a substring of the folded title or text (this edition's or
/// another's wording) — the browser fetches the document chunks only for the candidates it confirms — and cut a
/// snippet of the own-script text with the matches marked.
/// </summary>
public static class SearchQuery
{
    public const int SnippetRadius = 40;

    /// <summary>The candidates of a query, ranked; empty where a term has a gram the index lacks or no term has any.</summary>
    public static List<(int Document, bool InTitle, int Count)> Candidates(SearchIndex index, IReadOnlyList<string> terms)
    {
        var looked = terms.Select(SearchText.QueryGrams).Where(g => g.Count > 0).ToList();
        if (looked.Count == 0) return [];
        var lists = new Dictionary<string, Dictionary<int, Posting>>(StringComparer.Ordinal);
        foreach (var gram in looked.SelectMany(g => g))
        {
            if (!index.Postings.TryGetValue(gram, out var postings)) return [];
            lists.TryAdd(gram, postings.ToDictionary(p => p.Document));
        }
        var smallest = lists.Values.MinBy(l => l.Count)!;
        var candidates = new List<(int Document, bool InTitle, int Count)>();
        foreach (var document in smallest.Keys.Order())
        {
            if (!lists.Values.All(l => l.ContainsKey(document))) continue;
            var inTitle = looked.Any(grams => grams.All(g => lists[g][document].InTitle));
            var count = looked.Sum(grams => grams.Min(g => lists[g][document].Count));
            candidates.Add((document, inTitle, count));
        }
        return candidates.OrderByDescending(c => c.InTitle).ThenByDescending(c => c.Count).ThenBy(c => c.Document).ToList();
    }

    public static List<SearchHit> Run(SearchIndex index, string query, int limit = 50)
    {
        var terms = SearchText.Terms(index.Fold, query);
        var hits = new List<SearchHit>();
        foreach (var (i, inTitle, count) in Candidates(index, terms))
        {
            if (hits.Count == limit) break;
            var document = index.Documents[i];
            var title = SearchText.Fold(index.Fold, document.Title);
            var text = SearchText.Fold(index.Fold, document.Text);
            if (terms.All(term => Holds(title, text, index.Variants[i], term))) hits.Add(new SearchHit(i, inTitle, count, Cut(document.Text, text, index.Variants[i], terms)));
        }
        return hits;
    }

    /// <summary>Whether a term is in the folded title or text, in this edition's wording or another's.</summary>
    private static bool Holds(string title, string text, IReadOnlyList<SearchVariant> variants, string term) =>
        title.Contains(term, StringComparison.Ordinal) || text.Contains(term, StringComparison.Ordinal)
        || variants.Any(v => v.Title?.Contains(term, StringComparison.Ordinal) == true
            || (v.Hunks.Count > 0 && TextHunks.Apply(text, v.Hunks).Contains(term, StringComparison.Ordinal)));

    /// <summary>Every match of the terms in the folded text, and in the other editions' texts mapped back to this one's positions.</summary>
    public static List<(int Start, int End)> Matches(string folded, IReadOnlyList<SearchVariant> variants, IReadOnlyList<string> terms)
    {
        var matches = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                matches.Add((at, at + term.Length));
            }
            foreach (var variant in variants.Where(v => v.Hunks.Count > 0))
            {
                var other = TextHunks.Apply(folded, variant.Hunks);
                for (var at = other.IndexOf(term, StringComparison.Ordinal); at >= 0; at = other.IndexOf(term, at + term.Length, StringComparison.Ordinal))
                {
                    matches.Add((TextHunks.ToOwn(variant.Hunks, at, false), TextHunks.ToOwn(variant.Hunks, at + term.Length, true)));
                }
            }
        }
        return matches.Distinct().OrderBy(m => m.Start).ToList();
    }

    /// <summary>The own-script text around the first match; folded and own text have the same length.</summary>
    public static Snippet Cut(string own, string folded, IReadOnlyList<SearchVariant> variants, IReadOnlyList<string> terms)
    {
        var matches = Matches(folded, variants, terms);
        var first = matches.Count > 0 ? matches[0].Start : 0;
        var start = Math.Max(0, first - SnippetRadius);
        var end = Math.Min(own.Length, first + SnippetRadius * 2);
        var marks = matches.Where(m => m.Start >= start && m.End <= end).Select(m => (m.Start - start, m.End - m.Start)).ToList();
        return new Snippet(own[start..end], marks);
    }
}
