using System.Collections.Immutable;

namespace Site.Conversion;

/// <summary>
/// Author-maintained phrase replacements that fix dictionary mistakes (the role of MediaWiki's
/// MediaWiki:Conversiontable/zh-xx pages). Keys are source phrases, in whatever script they occur in the
/// article; values are final text. Entries for a specific variant beat those for its script direction.
/// Immutable; load with <see cref="ConversionDataLoader.LoadOverrides"/>.
/// </summary>
public sealed class ConversionOverrides
{
    public static ConversionOverrides Empty { get; } = new(
        ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<ZhVariant, ImmutableDictionary<string, string>>.Empty);

    public ConversionOverrides(
        IReadOnlyDictionary<string, string> toTraditional,
        IReadOnlyDictionary<string, string> toSimplified,
        IReadOnlyDictionary<ZhVariant, ImmutableDictionary<string, string>> perVariant)
    {
        ToTraditional = toTraditional.ToImmutableDictionary(StringComparer.Ordinal);
        ToSimplified = toSimplified.ToImmutableDictionary(StringComparer.Ordinal);
        PerVariant = perVariant.ToImmutableDictionary();
    }

    /// <summary>Pairs for every Traditional variant (zh-hant, zh-tw, zh-hk, zh-mo).</summary>
    public ImmutableDictionary<string, string> ToTraditional { get; }

    /// <summary>Pairs for every Simplified variant (zh-hans, zh-cn, zh-sg, zh-my).</summary>
    public ImmutableDictionary<string, string> ToSimplified { get; }

    /// <summary>Pairs for one variant only.</summary>
    public ImmutableDictionary<ZhVariant, ImmutableDictionary<string, string>> PerVariant { get; }

    /// <summary>The effective pairs for <paramref name="variant"/>: direction pairs, then the variant's own on top.</summary>
    public IReadOnlyDictionary<string, string> For(ZhVariant variant)
    {
        var direction = variant.IsTraditional() ? ToTraditional : variant.IsSimplified() ? ToSimplified : ImmutableDictionary<string, string>.Empty;
        return PerVariant.TryGetValue(variant, out var own) ? direction.SetItems(own) : direction;
    }
}
