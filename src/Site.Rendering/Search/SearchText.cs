using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>
/// Normalisation shared by the index builder, the C# query and templates/assets/search.js (which must agree):
/// a character fold that keeps lengths (Traditional to Simplified, ASCII and full-width letters to lower case);
/// the grams the index is keyed by — every letter or decimal digit (Unicode L* and Nd) of the folded text, and every
/// pair of adjacent ones — and the hash that puts each gram in its shard file.
/// </summary>
public static class SearchText
{
    /// <summary>The fold of a query with a fold map as an index ships it (the builder folds with <see cref="CharacterFold"/>'s whole table).</summary>
    public static string Fold(IReadOnlyDictionary<char, char> map, string text) =>
        string.Create(text.Length, (map, text), static (span, state) =>
        {
            for (var i = 0; i < state.text.Length; i++) span[i] = CharacterFold.Fold(state.map, state.text[i]);
        });

    /// <summary>
    /// A character that grams are made of: a letter (any script) or a decimal digit; not a lone surrogate. The CJK
    /// Unified Ideographs block, all letters, is tested first: it is most of the text and the category lookup is not free.
    /// </summary>
    public static bool IsIndexed(char c) => c is >= '\u4E00' and <= '\u9FFF' || char.IsLetterOrDigit(c);

    /// <summary>The distinct bigrams of folded text, in order of first occurrence.</summary>
    public static IEnumerable<string> Bigrams(string folded)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < folded.Length; i++)
        {
            if (!IsIndexed(folded[i]) || !IsIndexed(folded[i + 1])) continue;
            var gram = folded.Substring(i, 2);
            if (seen.Add(gram)) yield return gram;
        }
    }

    /// <summary>
    /// The grams a query term is looked up by: its bigrams; a term of one indexed character (or of indexed characters
    /// none of which are adjacent), those characters. A term of punctuation only has none.
    /// </summary>
    public static IReadOnlyList<string> QueryGrams(string term)
    {
        var grams = Bigrams(term).ToList();
        return grams.Count > 0 ? grams : term.Where(IsIndexed).Distinct().Select(c => c.ToString()).ToList();
    }

    /// <summary>The key of a gram while building: a character, or a pair as (first &lt;&lt; 16 | second).</summary>
    public static uint Key(char first) => first;

    public static uint Key(char first, char second) => (uint)first << 16 | second;

    public static string GramOf(uint key) => key > 0xFFFF ? new string([(char)(key >> 16), (char)key]) : ((char)key).ToString();

    public static uint KeyOf(string gram) => gram.Length == 1 ? Key(gram[0]) : Key(gram[0], gram[1]);

    /// <summary>
    /// The shard of a gram (by its key) among <paramref name="shards"/> (a power of two): the low bits of FNV-1a over its
    /// UTF-16 units. The postings writer's buckets are the same function with 256 shards.
    /// </summary>
    public static int ShardOf(uint key, int shards)
    {
        var hash = key > 0xFFFF ? Step(Step(OffsetBasis, (char)(key >> 16)), (char)key) : Step(OffsetBasis, (char)key);
        return (int)(hash & (uint)(shards - 1));
    }

    private const uint OffsetBasis = 2166136261u;

    private static uint Step(uint hash, char unit) => unchecked((hash ^ unit) * 16777619u);

    /// <summary>The terms of a query: folded, split at white space.</summary>
    public static IReadOnlyList<string> Terms(IReadOnlyDictionary<char, char> map, string query) =>
        Fold(map, query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
