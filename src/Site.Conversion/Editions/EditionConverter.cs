namespace Site.Conversion;

/// <summary>
/// Converts plain text segments for one variant (one edition of the site): page rules and overrides first,
/// as one PHP-strtr table (longest key wins, replaced text is not rescanned, a page rule beats an override
/// with the same key); every stretch no key matched goes through the variant's OpenCC config.
/// Immutable and thread-safe.
/// </summary>
public sealed class EditionConverter
{
    private readonly PrefixDictionary _pairs;
    private readonly OpenCcConverter? _dictionary;

    public EditionConverter(ZhVariant variant, PageRuleTable? pageRules = null, ConversionOverrides? overrides = null)
    {
        Variant = variant;
        PageRules = pageRules ?? PageRuleTable.Empty;
        Overrides = overrides ?? ConversionOverrides.Empty;
        _pairs = new PrefixDictionary(Overrides.For(variant).Concat(PageRules.For(variant)));
        _dictionary = DictionaryConfigFor(variant) is { } config ? OpenCcConverter.Get(config) : null;
        var dictionary = _dictionary;
        _throughDictionary = dictionary is null ? null : (untouched, o) => dictionary.Convert(untouched, o);
    }

    /// <summary>Made once: a lambda written at the call would be a new delegate for every text converted.</summary>
    private readonly Strtr.UntouchedHandler? _throughDictionary;

    public ZhVariant Variant { get; }

    public PageRuleTable PageRules { get; }

    public ConversionOverrides Overrides { get; }

    /// <summary>
    /// The OpenCC config used for <paramref name="variant"/>: t2s for the Simplified variants, s2t for zh-hant,
    /// s2tw for zh-tw (not s2twp, whose vocabulary rewrites are too eager), s2hk for zh-hk and zh-mo, none for zh.
    /// </summary>
    public static OpenCcConfig? DictionaryConfigFor(ZhVariant variant) => variant switch
    {
        ZhVariant.Zh => null,
        ZhVariant.ZhHant => OpenCcConfig.S2T,
        ZhVariant.ZhTW => OpenCcConfig.S2TW,
        ZhVariant.ZhHK or ZhVariant.ZhMO => OpenCcConfig.S2HK,
        _ => OpenCcConfig.T2S,
    };

    /// <summary>The same variant and overrides with other page rules (e.g. after an A/H block changed them).</summary>
    public EditionConverter WithPageRules(PageRuleTable pageRules) => new(Variant, pageRules, Overrides);

    /// <summary>Converts one plain text segment (no wikitext, no HTML).</summary>
    public string Convert(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.Length == 0 || (_dictionary is null && _pairs.Count == 0) || !MayChange(segment))
        {
            return segment;
        }

        using var output = new CharBuffer(segment.Length + (segment.Length / 8));
        if (_pairs.Count == 0)
        {
            _dictionary!.Convert(segment, output);
        }
        else if (_dictionary is null)
        {
            Strtr.Replace(segment, _pairs, output, static (untouched, o) => o.Append(untouched));
        }
        else
        {
            Strtr.Replace(segment, _pairs, output, _throughDictionary!);
        }

        return output.ToString(segment);
    }

    /// <summary>Whether a rule or the dictionary can start at some character (most segments of Latin text, numbers and URLs: none).</summary>
    private bool MayChange(string segment)
    {
        if (_dictionary is not null && _dictionary.MayChange(segment)) return true;
        if (_pairs.Count == 0) return false;
        foreach (var c in segment)
        {
            if (_pairs.CanStart(c)) return true;
        }
        return false;
    }
}
