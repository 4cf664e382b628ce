using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>The grams of one document, in every edition's wording, with their weights (count × 2 + in title), in no particular order.</summary>
public sealed record DocumentGrams(uint[] Grams, int[] Weights);

/// <summary>
/// A batch of documents ready for the index: per edition, each document's JSON (for its chunks); per document
/// position, the grams all editions share (for the postings).
/// </summary>
public sealed record PreparedBatch(IReadOnlyList<IReadOnlyList<byte[]>> Documents, IReadOnlyList<DocumentGrams> Grams);

/// <summary>
/// Prepares documents for the index, pure and on the thread that made them (an article's documents while the
/// article renders): checks that the editions list the same documents (by kind, URL and order: they are made from
/// one structure, only the wording differs), diffs each document's folded text against the other editions' into
/// <see cref="SearchVariant"/>s, and counts the grams of the folded titles and texts of all wordings once.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The documents of one batch (an article, or the site-wide rest), per edition.</summary>
    public static PreparedBatch Prepare(IReadOnlyList<IReadOnlyList<SearchDocument>> editions)
    {
        var keys = Keys(editions[0]);
        for (var e = 1; e < editions.Count; e++)
        {
            if (!Keys(editions[e]).SequenceEqual(keys)) throw new InvalidOperationException("The editions' search documents differ in kind, URL or order.");
        }
        var folded = editions.Select(documents => documents.Select(d => (Title: CharacterFold.Fold(d.Title), Text: CharacterFold.Fold(d.Text))).ToList()).ToList();
        var json = editions.Select(e => new List<byte[]>(e.Count)).ToList();
        var grams = new List<DocumentGrams>(keys.Count);
        var counter = new GramCounter();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var e = 0; e < editions.Count; e++)
            {
                var (title, text) = folded[e][i];
                var variants = new List<SearchVariant>();
                for (var o = 0; o < editions.Count; o++)
                {
                    if (o == e) continue;
                    var (otherTitle, otherText) = folded[o][i];
                    if (otherTitle == title && otherText == text) continue;
                    variants.Add(new SearchVariant(otherTitle == title ? null : otherTitle, TextHunks.Diff(text, otherText)));
                }
                json[e].Add(SearchIndexJson.DocumentBytes(counter.Json, editions[e][i], variants));
            }
            grams.Add(counter.Count(folded.Select(f => f[i]).Distinct().ToList()));
        }
        return new PreparedBatch(json, grams);
    }

    /// <summary>Counts of one document's grams; one per batch, cleared between documents (thousands of documents, one set of tables).</summary>
    private sealed class GramCounter
    {
        private readonly GramTable _counts = new();
        private readonly GramTable _other = new();
        /// <summary>The grams of the titles (the counts unused: one walk over a text's grams serves titles and texts).</summary>
        private readonly GramTable _title = new();
        public readonly System.Buffers.ArrayBufferWriter<byte> Json = new(4096);

        /// <summary>The grams of a document's wordings (folded title and text of each edition, duplicates removed).</summary>
        public DocumentGrams Count(IReadOnlyList<(string Title, string Text)> wordings)
        {
            _counts.Clear();
            _title.Clear();
            Count(wordings[0].Text, _counts);
            foreach (var (title, text) in wordings)
            {
                Count(title, _title);
                if (text == wordings[0].Text) continue;
                // Another wording's own counts; a document holds a gram as often as its richest wording does.
                _other.Clear();
                Count(text, _other);
                for (var i = 0; i < _other.Count; i++)
                {
                    var (gram, n) = _other.At(i);
                    ref var count = ref _counts.GetOrAdd(gram);
                    count = Math.Max(count, n);
                }
            }
            for (var i = 0; i < _title.Count; i++) _counts.GetOrAdd(_title.At(i).Gram);
            var grams = new uint[_counts.Count];
            var weights = new int[_counts.Count];
            for (var i = 0; i < grams.Length; i++)
            {
                (grams[i], var count) = _counts.At(i);
                weights[i] = count << 1 | (_title.Contains(grams[i]) ? 1 : 0);
            }
            return new DocumentGrams(grams, weights);
        }

        /// <summary>How often each gram occurs in folded text (a bigram at each position, overlaps counted).</summary>
        private static void Count(string folded, GramTable counts)
        {
            var afterIndexed = false;
            for (var i = 0; i < folded.Length; i++)
            {
                var indexed = SearchText.IsIndexed(folded[i]);
                if (indexed)
                {
                    counts.GetOrAdd(SearchText.Key(folded[i]))++;
                    if (afterIndexed) counts.GetOrAdd(SearchText.Key(folded[i - 1], folded[i]))++;
                }
                afterIndexed = indexed;
            }
        }
    }

    /// <summary>
    /// Counts by gram key in an open-addressing table cleared in place: a Dictionary per wording and document was a
    /// third of the index's time. Key 0 marks a free slot (U+0000 is not a letter, so no gram has that key); the
    /// grams are listed in the order they were added.
    /// </summary>
    private sealed class GramTable
    {
        private uint[] _keys = new uint[1024];
        private int[] _values = new int[1024];
        private int[] _slots = new int[512];

        public int Count { get; private set; }

        public (uint Gram, int Value) At(int i) => (_keys[_slots[i]], _values[_slots[i]]);

        public bool Contains(uint gram) => _keys[Find(_keys, gram)] == gram;

        /// <summary>The count of a gram, added as 0 if absent.</summary>
        public ref int GetOrAdd(uint gram)
        {
            var slot = Find(_keys, gram);
            if (_keys[slot] != gram)
            {
                if (Count == _slots.Length)
                {
                    Grow();
                    slot = Find(_keys, gram);
                }
                _keys[slot] = gram;
                _slots[Count++] = slot;
            }
            return ref _values[slot];
        }

        public void Clear()
        {
            for (var i = 0; i < Count; i++)
            {
                _keys[_slots[i]] = 0;
                _values[_slots[i]] = 0;
            }
            Count = 0;
        }

        /// <summary>The gram's slot, or the free slot where it would go (the table is never more than half full).</summary>
        private static int Find(uint[] keys, uint gram)
        {
            var mask = keys.Length - 1;
            // Fibonacci hashing: the product's high half depends on every bit of the gram (both characters of a pair).
            var slot = (int)((gram * 0x9E3779B97F4A7C15UL) >> 32) & mask;
            while (keys[slot] != gram && keys[slot] != 0) slot = (slot + 1) & mask;
            return slot;
        }

        private void Grow()
        {
            var (keys, values, slots) = (_keys, _values, _slots);
            _keys = new uint[keys.Length * 2];
            _values = new int[keys.Length * 2];
            _slots = new int[slots.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                var slot = Find(_keys, keys[slots[i]]);
                _keys[slot] = keys[slots[i]];
                _values[slot] = values[slots[i]];
                _slots[i] = slot;
            }
        }
    }

    private static List<(SearchDocumentKind, string, int)> Keys(IReadOnlyList<SearchDocument> documents)
    {
        var counts = new Dictionary<(SearchDocumentKind, string), int>();
        var keys = new List<(SearchDocumentKind, string, int)>(documents.Count);
        foreach (var d in documents)
        {
            var n = counts.GetValueOrDefault((d.Kind, d.Url));
            counts[(d.Kind, d.Url)] = n + 1;
            keys.Add((d.Kind, d.Url, n));
        }
        return keys;
    }
}
