namespace Site.Conversion;

/// <summary>
/// PHP <c>strtr($text, $pairs)</c> semantics, as used by MediaWiki's ReplacementArray: one left-to-right pass,
/// the longest key wins at each position, replaced text is never scanned again.
/// </summary>
public static class Strtr
{
    public static string Replace(string text, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var dictionary = new PrefixDictionary(pairs);
        using var output = new CharBuffer(text.Length);
        Replace(text, dictionary, output, static (untouched, o) => o.Append(untouched));
        return output.ToString(text);
    }

    /// <summary>Runs strtr, handing every stretch no key matched to <paramref name="untouched"/>.</summary>
    internal static void Replace(ReadOnlySpan<char> text, PrefixDictionary pairs, CharBuffer output, UntouchedHandler untouched)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (pairs.CanStart(text[i]) && pairs.TryMatchPrefix(text[i..], out var length, out var value))
            {
                if (i > start)
                {
                    untouched(text[start..i], output);
                }

                output.Append(value);
                i += length;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (text.Length > start)
        {
            untouched(text[start..], output);
        }
    }

    internal delegate void UntouchedHandler(ReadOnlySpan<char> untouched, CharBuffer output);
}
