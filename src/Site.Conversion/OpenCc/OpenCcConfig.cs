namespace Site.Conversion;

/// <summary>
/// An OpenCC configuration as data: an optional maximum-matching segmentation dictionary, then a chain of
/// conversion steps, each one dictionary or group (OpenCC's <c>data/config/*.json</c>). The predefined configs
/// follow OpenCC 1.4.2, less the two dictionaries it ships only as binary (see third_party/opencc/README.md).
/// </summary>
/// <param name="Name">The OpenCC config name, e.g. <c>s2tw</c>.</param>
/// <param name="Segmentation">Dictionary for forward maximum matching segmentation, or null for none (one segment).</param>
/// <param name="Chain">Conversion steps applied in order to every segment.</param>
/// <param name="Normalize">Whether CJK Compatibility Ideographs are first mapped to unified ones (OpenCC 1.4 normalization).</param>
public sealed record OpenCcConfig(
    string Name,
    OpenCcDictionarySpec? Segmentation,
    IReadOnlyList<OpenCcDictionarySpec> Chain,
    bool Normalize = true)
{
    private static readonly OpenCcDictionarySpec SimplifiedToTraditional =
        OpenCcDictionarySpec.ShortCircuit("STPhrases", "STCharacters");

    private static readonly OpenCcDictionarySpec TraditionalToSimplified =
        OpenCcDictionarySpec.ShortCircuit("TSPhrases", "TSCharacters");

    /// <summary>Simplified → OpenCC standard Traditional.</summary>
    public static OpenCcConfig S2T { get; } = new("s2t", null, [SimplifiedToTraditional]);

    /// <summary>Simplified → Traditional, Taiwan character forms (no regional vocabulary).</summary>
    public static OpenCcConfig S2TW { get; } = new("s2tw", "STPhrases",
        [SimplifiedToTraditional, OpenCcDictionarySpec.ShortCircuit("TWVariantsPhrases", "TWVariants")]);

    /// <summary>Simplified → Traditional, Taiwan forms and Taiwan vocabulary (TWPhrases).</summary>
    public static OpenCcConfig S2TWP { get; } = new("s2twp", "STPhrases",
        [SimplifiedToTraditional, OpenCcDictionarySpec.ShortCircuit("TWPhrases", "TWVariantsPhrases", "TWVariants")]);

    /// <summary>Simplified → Traditional, Hong Kong character forms.</summary>
    public static OpenCcConfig S2HK { get; } = new("s2hk", "STPhrases",
        [SimplifiedToTraditional, OpenCcDictionarySpec.ShortCircuit("HKVariantsPhrases", "HKVariants")]);

    /// <summary>Traditional → Simplified.</summary>
    public static OpenCcConfig T2S { get; } = new("t2s", null, [TraditionalToSimplified]);

    /// <summary>Taiwan Traditional → Simplified.</summary>
    public static OpenCcConfig TW2S { get; } = new("tw2s", "TSPhrases",
        [OpenCcDictionarySpec.ShortCircuit("TWVariantsRevPhrases", "TWVariantsRev"), TraditionalToSimplified]);

    /// <summary>Taiwan Traditional → Simplified with mainland vocabulary (TWPhrasesRev).</summary>
    public static OpenCcConfig TW2SP { get; } = new("tw2sp", "TSPhrases",
        [OpenCcDictionarySpec.ShortCircuit("TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"), TraditionalToSimplified]);

    /// <summary>Hong Kong Traditional → Simplified.</summary>
    public static OpenCcConfig HK2S { get; } = new("hk2s", "TSPhrases",
        [OpenCcDictionarySpec.ShortCircuit("HKVariantsRevPhrases", "HKVariantsRev"), TraditionalToSimplified]);

    /// <summary>OpenCC standard Traditional → Taiwan forms.</summary>
    public static OpenCcConfig T2TW { get; } = new("t2tw", null, [OpenCcDictionarySpec.ShortCircuit("TWVariantsPhrases", "TWVariants")]);

    /// <summary>OpenCC standard Traditional → Hong Kong forms.</summary>
    public static OpenCcConfig T2HK { get; } = new("t2hk", null, [OpenCcDictionarySpec.ShortCircuit("HKVariantsPhrases", "HKVariants")]);

    /// <summary>All predefined configs.</summary>
    public static IReadOnlyList<OpenCcConfig> Predefined { get; } = [S2T, S2TW, S2TWP, S2HK, T2S, TW2S, TW2SP, HK2S, T2TW, T2HK];

    /// <summary>Finds a predefined config by its OpenCC name (case-insensitive, <c>.json</c> optional).</summary>
    public static bool TryGet(string name, out OpenCcConfig config)
    {
        var bare = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name[..^5] : name;
        config = Predefined.FirstOrDefault(c => string.Equals(c.Name, bare, StringComparison.OrdinalIgnoreCase))!;
        return config is not null;
    }

    public override string ToString() =>
        $"{Name}: seg={Segmentation?.ToString() ?? "none"} chain=[{string.Join(" → ", Chain)}]";
}
