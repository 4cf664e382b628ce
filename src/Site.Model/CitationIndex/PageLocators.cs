using System.Text.RegularExpressions;

namespace Site.Model.CitationIndex;

/// <summary>Page locators: split, normalised for display (ranges with an en dash) and sorted naturally.</summary>
public static partial class PageLocators
{
    /// <summary>The single locators of one page text: <c>"52-53, 55"</c> → <c>["52-53", "55"]</c> (trimmed, as written).</summary>
    public static IReadOnlyList<string> Split(string? pages) =>
        string.IsNullOrWhiteSpace(pages)
            ? []
            : pages.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// One locator for display: <c>p.</c>/<c>pp.</c>/<c>第…页</c> dropped, and a range of two page numbers written with
    /// any dash, tilde or 至 becomes <c>a–b</c> (en dash). Anything else is kept as written.
    /// </summary>
    public static string Display(string raw)
    {
        var value = raw.Trim();
        var m = Wrapped().Match(value);
        if (m.Success) value = m.Groups["inner"].Value.Trim();
        m = Range().Match(value);
        return m.Success ? m.Groups["a"].Value + "–" + m.Groups["b"].Value : value;
    }

    /// <summary>Aggregates the page texts of several uses: one entry per display form, sorted with <see cref="NaturalComparer"/>.</summary>
    public static IReadOnlyList<PageLocator> Aggregate(IEnumerable<string?> pageTexts)
    {
        var byDisplay = new Dictionary<string, (string Raw, int Count)>(StringComparer.Ordinal);
        foreach (var raw in pageTexts.SelectMany(Split))
        {
            var display = Display(raw);
            if (display.Length == 0) continue;
            byDisplay[display] = byDisplay.TryGetValue(display, out var seen) ? (seen.Raw, seen.Count + 1) : (raw, 1);
        }
        return byDisplay
            .Select(p => new PageLocator(p.Key, p.Value.Raw, p.Value.Count))
            .OrderBy(p => p.Display, NaturalComparer.Instance)
            .ToList();
    }

    /// <summary>
    /// Compares digit runs by value and everything else ordinally: 9 &lt; 52 &lt; 52–53 &lt; 53 &lt; 140; xii and A1 sort as text.
    /// A string that is a prefix of another sorts first. Ties are broken ordinally so the order is total.
    /// </summary>
    public sealed class NaturalComparer : IComparer<string>
    {
        public static NaturalComparer Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var si = i;
                    var sj = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                    while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                    var a = x[si..i].TrimStart('0');
                    var b = y[sj..j].TrimStart('0');
                    if (a.Length != b.Length) return a.Length.CompareTo(b.Length);
                    var digits = string.CompareOrdinal(a, b);
                    if (digits != 0) return digits;
                    continue;
                }
                if (x[i] != y[j]) return x[i].CompareTo(y[j]);
                i++;
                j++;
            }
            var remaining = (x.Length - i).CompareTo(y.Length - j);
            return remaining != 0 ? remaining : string.CompareOrdinal(x, y);
        }
    }

    [GeneratedRegex(@"^(?:(?:pp?|pages?|at)(?:\.\s*|\s+|(?=\d))(?<inner>.+)|第\s*(?<inner>.+?)\s*[页頁]|(?<inner>.+?)\s*[页頁])$", RegexOptions.IgnoreCase)]
    private static partial Regex Wrapped();

    [GeneratedRegex(@"^(?<a>[0-9]+|[ivxlcdm]+|[A-Z]?[0-9]+)\s*[-‐‑‒–—―~～－至到]\s*(?<b>[0-9]+|[ivxlcdm]+|[A-Z]?[0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
