namespace Site.Conversion;

/// <summary>
/// The Chinese variants of MediaWiki's ZhConverter. The declaration order is MediaWiki's
/// <c>getVariants()</c> order, which <see cref="ConversionRule.ConversionTables"/> depends on.
/// </summary>
public enum ZhVariant
{
    Zh,
    ZhHans,
    ZhHant,
    ZhCN,
    ZhHK,
    ZhMO,
    ZhMY,
    ZhSG,
    ZhTW,
}

/// <summary>How manual rules (<c>-{A|…}-</c>, noteTA) may change a variant's page-wide table (ZhConverter::$manualLevel).</summary>
public enum ManualConversionLevel
{
    Disable,
    Unidirectional,
    Bidirectional,
}

/// <summary>Codes, names, fallbacks and manual levels of <see cref="ZhVariant"/> (MediaWiki ZhConverter.php).</summary>
public static class ZhVariants
{
    /// <summary>All variants in MediaWiki's order (zh, zh-hans, zh-hant, zh-cn, zh-hk, zh-mo, zh-my, zh-sg, zh-tw).</summary>
    public static IReadOnlyList<ZhVariant> All { get; } = Enum.GetValues<ZhVariant>();

    private static readonly string[] Codes =
        ["zh", "zh-hans", "zh-hant", "zh-cn", "zh-hk", "zh-mo", "zh-my", "zh-sg", "zh-tw"];

    private static readonly string[] Bcp47Codes =
        ["zh", "zh-Hans", "zh-Hant", "zh-CN", "zh-HK", "zh-MO", "zh-MY", "zh-SG", "zh-TW"];

    private static readonly string[] Names =
        ["原文", "简体", "繁體", "大陆", "香港", "澳門", "大马", "新加坡", "臺灣"];

    private static readonly ZhVariant[][] FallbackTable =
    [
        [ZhVariant.ZhHans, ZhVariant.ZhHant, ZhVariant.ZhCN, ZhVariant.ZhTW, ZhVariant.ZhHK, ZhVariant.ZhSG, ZhVariant.ZhMO, ZhVariant.ZhMY],
        [ZhVariant.ZhCN, ZhVariant.ZhSG, ZhVariant.ZhMY],
        [ZhVariant.ZhTW, ZhVariant.ZhHK, ZhVariant.ZhMO],
        [ZhVariant.ZhHans, ZhVariant.ZhSG, ZhVariant.ZhMY],
        [ZhVariant.ZhMO, ZhVariant.ZhHant, ZhVariant.ZhTW],
        [ZhVariant.ZhHK, ZhVariant.ZhHant, ZhVariant.ZhTW],
        [ZhVariant.ZhSG, ZhVariant.ZhHans, ZhVariant.ZhCN],
        [ZhVariant.ZhMY, ZhVariant.ZhHans, ZhVariant.ZhCN],
        [ZhVariant.ZhHant, ZhVariant.ZhHK, ZhVariant.ZhMO],
    ];

    // Script+region BCP-47 spellings that browsers send; they name the regional variant.
    private static readonly Dictionary<string, ZhVariant> Aliases = new(StringComparer.Ordinal)
    {
        ["zh-hans-cn"] = ZhVariant.ZhCN,
        ["zh-hans-sg"] = ZhVariant.ZhSG,
        ["zh-hans-my"] = ZhVariant.ZhMY,
        ["zh-hant-tw"] = ZhVariant.ZhTW,
        ["zh-hant-hk"] = ZhVariant.ZhHK,
        ["zh-hant-mo"] = ZhVariant.ZhMO,
    };

    /// <summary>The MediaWiki code in lower case, e.g. <c>zh-tw</c>.</summary>
    public static string Code(this ZhVariant variant) => Codes[(int)variant];

    /// <summary>The BCP-47 spelling, e.g. <c>zh-TW</c>, <c>zh-Hans</c>.</summary>
    public static string Bcp47(this ZhVariant variant) => Bcp47Codes[(int)variant];

    /// <summary>The display name used by <c>-{N|…}-</c> and <c>-{D|…}-</c>, e.g. 臺灣.</summary>
    public static string DisplayName(this ZhVariant variant) => Names[(int)variant];

    /// <summary>Fallback variants in order (ZhConverter::getVariantsFallbacks).</summary>
    public static IReadOnlyList<ZhVariant> Fallbacks(this ZhVariant variant) => FallbackTable[(int)variant];

    /// <summary>The manual conversion level: zh disables, zh-hans/zh-hant are unidirectional, regional variants bidirectional.</summary>
    public static ManualConversionLevel ManualLevel(this ZhVariant variant) => variant switch
    {
        ZhVariant.Zh => ManualConversionLevel.Disable,
        ZhVariant.ZhHans or ZhVariant.ZhHant => ManualConversionLevel.Unidirectional,
        _ => ManualConversionLevel.Bidirectional,
    };

    /// <summary>True for the variants written in Traditional characters (zh-hant, zh-tw, zh-hk, zh-mo).</summary>
    public static bool IsTraditional(this ZhVariant variant) =>
        variant is ZhVariant.ZhHant or ZhVariant.ZhTW or ZhVariant.ZhHK or ZhVariant.ZhMO;

    /// <summary>True for the variants written in Simplified characters (zh-hans, zh-cn, zh-sg, zh-my).</summary>
    public static bool IsSimplified(this ZhVariant variant) =>
        variant is ZhVariant.ZhHans or ZhVariant.ZhCN or ZhVariant.ZhSG or ZhVariant.ZhMY;

    /// <summary>
    /// Parses a variant code like MediaWiki's validateVariant: case-insensitive, BCP-47 spellings
    /// (<c>zh-Hans</c>, <c>zh-TW</c>) and <c>_</c> for <c>-</c> are accepted, as are script+region tags such as
    /// <c>zh-Hant-TW</c>. Surrounding whitespace is ignored.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> code, out ZhVariant variant)
    {
        code = code.Trim();
        if (code.Length is < 2 or > 10)
        {
            variant = default;
            return false;
        }

        Span<char> lower = stackalloc char[code.Length];
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            lower[i] = c == '_' ? '-' : char.ToLowerInvariant(c);
        }

        for (var i = 0; i < Codes.Length; i++)
        {
            if (lower.SequenceEqual(Codes[i]))
            {
                variant = (ZhVariant)i;
                return true;
            }
        }

        return Aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out variant);
    }

    /// <summary>
    /// Strict validation as in MediaWiki's validateVariant, used inside rules and flags: one of the nine codes,
    /// case-insensitive (so the BCP-47 spellings <c>zh-Hans</c>, <c>zh-TW</c> are accepted).
    /// </summary>
    public static bool TryParseCode(ReadOnlySpan<char> code, out ZhVariant variant)
    {
        for (var i = 0; i < Codes.Length; i++)
        {
            if (code.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                variant = (ZhVariant)i;
                return true;
            }
        }

        variant = default;
        return false;
    }

    /// <summary>Exact, case-sensitive match of a lower-case MediaWiki code (how flags and <c>-{N|…}-</c> look variants up).</summary>
    public static bool TryParseExactCode(ReadOnlySpan<char> code, out ZhVariant variant)
    {
        for (var i = 0; i < Codes.Length; i++)
        {
            if (code.SequenceEqual(Codes[i]))
            {
                variant = (ZhVariant)i;
                return true;
            }
        }

        variant = default;
        return false;
    }

    /// <summary>Parses a variant code or throws <see cref="FormatException"/>.</summary>
    public static ZhVariant Parse(string code) =>
        TryParse(code, out var v) ? v : throw new FormatException($"Unknown Chinese variant code '{code}'.");
}
