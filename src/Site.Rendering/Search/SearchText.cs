namespace Site.Rendering.Search;

/// <summary>
/// Normalisation shared by the index builder, the C# query and templates/assets/search.js (which must agree):
/// a character fold that keeps lengths (Traditional to Simplified, ASCII and full-width letters to lower case),
/// and bigrams of adjacent letters or decimal digits (Unicode L* and Nd) of the folded text.
/// </summary>
public static class SearchText
{
    public static char Fold(IReadOnlyDictionary<char, char> map, char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        if (c is >= 'A' and <= 'Z') return (char)(c + 32);
        return map.TryGetValue(c, out var folded) ? folded : c;
    }

    public static string Fold(IReadOnlyDictionary<char, char> map, string text) =>
        string.Create(text.Length, (map, text), static (span, state) =>
        {
            for (var i = 0; i < state.text.Length; i++) span[i] = Fold(state.map, state.text[i]);
        });

    /// <summary>A character that bigrams are made of: a letter (any script) or a decimal digit; not a lone surrogate.</summary>
    public static bool IsIndexed(char c) => char.IsLetterOrDigit(c);

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

    /// <summary>The terms of a query: folded, split at white space.</summary>
    public static IReadOnlyList<string> Terms(IReadOnlyDictionary<char, char> map, string query) =>
        Fold(map, query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
