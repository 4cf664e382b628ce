namespace Site.Rendering.Search;

/// <summary>One result: the document, whether a term is in its title, how often the terms occur, and the snippet.</summary>
public sealed record SearchHit(int Document, bool InTitle, int Count, Snippet Snippet);

/// <summary>A piece of the document's own text around the first match; <see cref="Marks"/> are (start, length) of every match in it.</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int Length)> Marks);

/// <summary>
/// The query logic of templates/assets/search.js in C#, for tests: fold the query, split it into terms, intersect
/// the postings of the terms' bigrams (terms of one character are checked on every document), verify every term
/// as a substring of the folded title or text (this edition's or another's), rank (title hits first, then
/// occurrences, then document order), and cut a snippet of the own-script text with the matches marked.
/// </summary>
public static class SearchQuery
{
    public const int SnippetRadius = 40;

    public static List<SearchHit> Run(SearchIndex index, string query, int limit = 50)
    {
        var terms = SearchText.Terms(index.Fold, query);
        if (terms.Count == 0) return [];
        IEnumerable<int>? candidates = null;
        foreach (var gram in terms.SelectMany(SearchText.Bigrams))
        {
            if (!index.Grams.TryGetValue(gram, out var postings)) return [];
            candidates = candidates is null ? postings : candidates.Intersect(postings);
        }
        var hits = new List<SearchHit>();
        foreach (var i in candidates?.ToList() ?? Enumerable.Range(0, index.Documents.Count).ToList())
        {
            var document = index.Documents[i];
            var title = SearchText.Fold(index.Fold, document.Title);
            var text = SearchText.Fold(index.Fold, document.Text);
            var variants = index.Variants[i];
            var inTitle = false;
            var count = 0;
            var ok = true;
            foreach (var term in terms)
            {
                var inThis = title.Contains(term, StringComparison.Ordinal) || variants.Any(v => v.Title?.Contains(term, StringComparison.Ordinal) == true);
                var n = Occurrences(text, term);
                if (n == 0) n = variants.Select(v => Occurrences(TextHunks.Apply(text, v.Hunks), term)).DefaultIfEmpty(0).Max();
                if (!inThis && n == 0) { ok = false; break; }
                inTitle |= inThis;
                count += n;
            }
            if (ok) hits.Add(new SearchHit(i, inTitle, count, Cut(document.Text, text, variants, terms)));
        }
        return hits.OrderByDescending(h => h.InTitle).ThenByDescending(h => h.Count).ThenBy(h => h.Document).Take(limit).ToList();
    }

    private static int Occurrences(string text, string term)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal)) count++;
        return count;
    }

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
