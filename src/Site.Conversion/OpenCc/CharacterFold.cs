namespace Site.Conversion;

/// <summary>
/// A character-level fold of Traditional (and Taiwan/Hong Kong variant) characters to Simplified, for search:
/// text and queries in either script fold to the same string. Built from OpenCC's TSCharacters (first value) with
/// TWVariantsRev and HKVariantsRev in front, so 裡, 裏 and 里 all fold to 里. Only pairs of BMP characters are kept,
/// so folding never changes a string's length and positions in folded text are positions in the original.
/// Not a conversion: 乾隆 folds to 干隆, on both sides, which is all a search needs.
/// </summary>
public static class CharacterFold
{
    private static readonly Lazy<IReadOnlyDictionary<char, char>> Map = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The whole fold of every UTF-16 unit, as a table: the index folds millions of characters, and a lookup in <see cref="Map"/> cost more than the rest of the fold.</summary>
    private static readonly Lazy<char[]> Table = new(BuildTable, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every character that folds to another, and what it folds to (a fixed point: folding twice changes nothing).</summary>
    public static IReadOnlyDictionary<char, char> TraditionalToSimplified => Map.Value;

    /// <summary>The fold of one character: Traditional to Simplified, ASCII and full-width letters to lower-case ASCII.</summary>
    public static char Fold(char c) => Table.Value[c];

    /// <summary>The fold of a string, character by character; the result has the same length.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, Table.Value), static (span, state) =>
        {
            var (source, table) = state;
            for (var i = 0; i < source.Length; i++) span[i] = table[source[i]];
        });
    }

    /// <summary>The fold of one character by the rules alone, with <paramref name="map"/> for the Traditional characters.</summary>
    public static char Fold(IReadOnlyDictionary<char, char> map, char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        if (c is >= 'A' and <= 'Z') return (char)(c + 32);
        return map.TryGetValue(c, out var folded) ? folded : c;
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = Fold(Map.Value, (char)c);
        return table;
    }

    private static Dictionary<char, char> Build()
    {
        var simplified = SingleCharacters("TSCharacters");
        var variants = SingleCharacters("TWVariantsRev");
        foreach (var (key, value) in SingleCharacters("HKVariantsRev")) variants.TryAdd(key, value);

        char Step(char c) =>
            simplified.TryGetValue(c, out var s) ? s
            : variants.TryGetValue(c, out var v) ? (simplified.TryGetValue(v, out var vs) ? vs : v)
            : c;

        var map = new Dictionary<char, char>();
        foreach (var c in simplified.Keys.Concat(variants.Keys).Distinct())
        {
            var folded = c;
            // Follow the chain to a fixed point (a few steps at most); a cycle keeps the character.
            for (var i = 0; i < 4; i++)
            {
                var next = Step(folded);
                if (next == folded) break;
                folded = next;
            }
            if (Step(folded) != folded) folded = c;
            if (folded != c) map[c] = folded;
        }
        return map;
    }

    private static Dictionary<char, char> SingleCharacters(string dictionary)
    {
        var map = new Dictionary<char, char>();
        foreach (var (key, value) in OpenCcDictionaries.Entries(dictionary))
        {
            if (key.Length == 1 && value.Length == 1 && !char.IsSurrogate(key[0]) && !char.IsSurrogate(value[0])) map.TryAdd(key[0], value[0]);
        }
        return map;
    }
}
