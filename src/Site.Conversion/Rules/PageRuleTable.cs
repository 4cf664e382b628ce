using System.Collections.Immutable;

namespace Site.Conversion;

/// <summary>
/// The page-wide manual conversion pairs per variant (what A/H blocks and noteTA add to MediaWiki's
/// <c>mTables</c>). Immutable: <see cref="Add"/> and <see cref="Remove"/> return new tables, so the state at any
/// point of a page can be kept and editions converted in parallel.
/// </summary>
public sealed class PageRuleTable
{
    private readonly ImmutableDictionary<ZhVariant, ImmutableDictionary<string, string>> _tables;

    public static PageRuleTable Empty { get; } = new(ImmutableDictionary<ZhVariant, ImmutableDictionary<string, string>>.Empty);

    private PageRuleTable(ImmutableDictionary<ZhVariant, ImmutableDictionary<string, string>> tables) => _tables = tables;

    /// <summary>Adds the rule's pairs (setPair: an existing key gets the new value).</summary>
    public PageRuleTable Add(ConversionRule rule) => AddRange([rule]);

    /// <summary>Adds several rules in order, as <see cref="Add"/> one after another would, with one mutable builder per variant.</summary>
    public PageRuleTable AddRange(IEnumerable<ConversionRule> rules)
    {
        var builders = new Dictionary<ZhVariant, ImmutableDictionary<string, string>.Builder>();
        foreach (var rule in rules)
        {
            foreach (var (variant, pairs) in rule.ConversionTables())
            {
                if (!builders.TryGetValue(variant, out var builder))
                {
                    builders[variant] = builder = (_tables.GetValueOrDefault(variant) ?? ImmutableDictionary.Create<string, string>(StringComparer.Ordinal)).ToBuilder();
                }

                foreach (var (key, value) in pairs)
                {
                    builder[key] = value;
                }
            }
        }

        var tables = _tables;
        foreach (var (variant, builder) in builders)
        {
            tables = tables.SetItem(variant, builder.ToImmutable());
        }

        return new PageRuleTable(tables);
    }

    /// <summary>Removes the keys of the rule's pairs (removeArray), whatever their current values.</summary>
    public PageRuleTable Remove(ConversionRule rule)
    {
        var tables = _tables;
        foreach (var (variant, pairs) in rule.ConversionTables())
        {
            if (tables.TryGetValue(variant, out var table))
            {
                tables = tables.SetItem(variant, table.RemoveRange(pairs.Keys));
            }
        }

        return new PageRuleTable(tables);
    }

    /// <summary>The pairs that apply when rendering <paramref name="variant"/> (empty for none).</summary>
    public IReadOnlyDictionary<string, string> For(ZhVariant variant) =>
        _tables.GetValueOrDefault(variant) ?? ImmutableDictionary<string, string>.Empty;

    public bool IsEmpty => _tables.Values.All(t => t.IsEmpty);
}
