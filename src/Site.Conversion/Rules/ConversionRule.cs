namespace Site.Conversion;

/// <summary>A one-way pair of a rule: <c>From=&gt;variant:To</c>.</summary>
public sealed record UnidirectionalPair(ZhVariant Variant, string From, string To);

/// <summary>
/// The parsed rules of one <c>-{…}-</c> block or noteTA item (ConverterRule's bidtable and unidtable), in the
/// order they were written. Immutable. Build with <see cref="RuleParser.Parse"/>.
/// </summary>
public sealed class ConversionRule
{
    public static ConversionRule Empty { get; } = new([], []);

    internal ConversionRule(IReadOnlyList<KeyValuePair<ZhVariant, string>> bidirectional, IReadOnlyList<UnidirectionalPair> unidirectional)
    {
        Bidirectional = bidirectional;
        Unidirectional = unidirectional;
    }

    /// <summary>Bidirectional texts per variant (<c>zh-cn:X;</c>), one per variant, in first-written order.</summary>
    public IReadOnlyList<KeyValuePair<ZhVariant, string>> Bidirectional { get; }

    /// <summary>Unidirectional pairs (<c>X=&gt;zh-cn:Y;</c>) grouped by variant in first-written order.</summary>
    public IReadOnlyList<UnidirectionalPair> Unidirectional { get; }

    public bool IsEmpty => Bidirectional.Count == 0 && Unidirectional.Count == 0;

    /// <summary>A rule giving every variant the same text (MediaWiki's treatment of <c>-{A|text}-</c> without rules).</summary>
    public static ConversionRule SameForAllVariants(string text) =>
        text.Length == 0 ? Empty : new(ZhVariants.All.Select(v => KeyValuePair.Create(v, text)).ToArray(), []);

    /// <summary>The bidirectional text given for exactly <paramref name="variant"/>, or null.</summary>
    public string? TextFor(ZhVariant variant)
    {
        foreach (var (v, text) in Bidirectional)
        {
            if (v == variant)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// What the S flag shows for <paramref name="variant"/> (getRuleConvertedStr): the variant's own text, else
    /// the first fallback's, else the variant's first unidirectional target, else (only for <c>zh</c>) the first
    /// entry. Null when nothing applies, which MediaWiki shows as a rule error.
    /// </summary>
    public string? DisplayFor(ZhVariant variant)
    {
        var text = TextFor(variant) ?? FirstPresent(variant.Fallbacks());
        if (text is not null)
        {
            return text;
        }

        foreach (var pair in Unidirectional)
        {
            if (pair.Variant == variant)
            {
                return pair.To;
            }
        }

        if (variant.ManualLevel() == ManualConversionLevel.Disable)
        {
            return Bidirectional.Count > 0 ? Bidirectional[0].Value : Unidirectional.Count > 0 ? Unidirectional[0].To : null;
        }

        return null;
    }

    /// <summary>
    /// The page-title text for the T flag (getRuleConvertedTitle): for <c>zh</c> only an explicit zh entry counts
    /// (null means "keep the page name"); otherwise as <see cref="DisplayFor"/>.
    /// </summary>
    public string? TitleFor(ZhVariant variant)
    {
        if (variant != ZhVariant.Zh)
        {
            return DisplayFor(variant);
        }

        var text = TextFor(variant);
        if (IsTruthy(text))
        {
            return text;
        }

        return Unidirectional.FirstOrDefault(p => p.Variant == variant)?.To;
    }

    /// <summary>
    /// The description shown by the D flag (getRulesDesc), e.g. <c>大陆：X；臺灣：Y；</c> and <c>A⇒大陆：B；</c>.
    /// </summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder();
        foreach (var (v, t) in Bidirectional)
        {
            text.Append(v.DisplayName()).Append('：').Append(t).Append('；');
        }

        foreach (var p in Unidirectional)
        {
            text.Append(p.From).Append('⇒').Append(p.Variant.DisplayName()).Append('：').Append(p.To).Append('；');
        }

        return text.ToString();
    }

    /// <summary>
    /// The page-wide replacement pairs this rule contributes per variant (ConverterRule::generateConvTable):
    /// missing bidirectional entries are filled from fallbacks, every spelling maps to each bidirectional-level
    /// variant's spelling, and unidirectional pairs go to bidirectional and unidirectional variants, beating
    /// bidirectional pairs with the same key. Variants without pairs are absent.
    /// </summary>
    /// <remarks>
    /// Made once per rule: the rules of a conversion group are shared by every article that names the group.
    /// (Two threads may both make it; they make the same tables, and nobody changes them.)
    /// </remarks>
    public IReadOnlyDictionary<ZhVariant, IReadOnlyDictionary<string, string>> ConversionTables() => _tables ??= MakeConversionTables();

    private IReadOnlyDictionary<ZhVariant, IReadOnlyDictionary<string, string>>? _tables;

    private IReadOnlyDictionary<ZhVariant, IReadOnlyDictionary<string, string>> MakeConversionTables()
    {
        var result = new Dictionary<ZhVariant, Dictionary<string, string>>();
        if (IsEmpty)
        {
            return new Dictionary<ZhVariant, IReadOnlyDictionary<string, string>>();
        }

        var bid = Bidirectional.ToDictionary(p => p.Key, p => p.Value);
        var marked = new List<ZhVariant>();
        foreach (var v in ZhVariants.All)
        {
            if (!bid.ContainsKey(v))
            {
                foreach (var f in v.Fallbacks())
                {
                    if (bid.TryGetValue(f, out var fallbackText))
                    {
                        // PHP: `if ($vf)` — the first fallback present decides, and "0"/"" count as absent.
                        if (IsTruthy(fallbackText))
                        {
                            bid[v] = fallbackText;
                        }

                        break;
                    }
                }
            }

            if (bid.TryGetValue(v, out var text))
            {
                foreach (var vo in marked)
                {
                    if (v.ManualLevel() == ManualConversionLevel.Bidirectional)
                    {
                        Table(result, v)[bid[vo]] = text;
                    }

                    if (vo.ManualLevel() == ManualConversionLevel.Bidirectional)
                    {
                        Table(result, vo)[text] = bid[vo];
                    }
                }

                marked.Add(v);
            }

            if (v.ManualLevel() is ManualConversionLevel.Bidirectional or ManualConversionLevel.Unidirectional)
            {
                foreach (var pair in Unidirectional)
                {
                    if (pair.Variant == v)
                    {
                        Table(result, v)[pair.From] = pair.To;
                    }
                }
            }
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value);
    }

    private static Dictionary<string, string> Table(Dictionary<ZhVariant, Dictionary<string, string>> tables, ZhVariant v)
    {
        if (!tables.TryGetValue(v, out var table))
        {
            tables[v] = table = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return table;
    }

    // getTextInBidtable(fallbacks): the first fallback that has an entry.
    private string? FirstPresent(IReadOnlyList<ZhVariant> variants)
    {
        foreach (var v in variants)
        {
            if (TextFor(v) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static bool IsTruthy(string? s) => !string.IsNullOrEmpty(s) && s != "0";

    public override string ToString() =>
        string.Concat(Bidirectional.Select(p => $"{p.Key.Code()}:{p.Value};")) +
        string.Concat(Unidirectional.Select(p => $"{p.From}=>{p.Variant.Code()}:{p.To};"));
}
