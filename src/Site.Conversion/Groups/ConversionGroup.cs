using System.Collections.Immutable;

namespace Site.Conversion;

/// <summary>One item of a conversion group: a rule in MediaWiki syntax, optionally with the original (e.g. English) name.</summary>
public sealed record ConversionGroupItem(string Rule, string? Original = null)
{
    public ConversionRule Parse() => RuleParser.Parse(Rule);
}

/// <summary>A conversion group (zh.wikipedia's Module:CGroup/… or Template:CGroup/…) loaded from YAML.</summary>
/// <param name="Name">The group name with spaces, e.g. <c>US Senators</c>.</param>
/// <param name="Description">Optional human description.</param>
/// <param name="Items">The rules in file order.</param>
/// <param name="SourcePath">The file it came from.</param>
public sealed record ConversionGroup(string Name, string? Description, ImmutableArray<ConversionGroupItem> Items, string SourcePath)
{
    /// <summary>Normalises a group name for lookup: trimmed, underscores as spaces, runs of spaces collapsed, first letter case-insensitive.</summary>
    public static string NormalizeName(string name)
    {
        var spaced = string.Join(' ', name.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }
}

/// <summary>An immutable set of conversion groups, looked up by name (underscore = space).</summary>
public sealed class ConversionGroupLibrary
{
    private readonly ImmutableDictionary<string, ConversionGroup> _groups;

    public static ConversionGroupLibrary Empty { get; } = new([]);

    public ConversionGroupLibrary(IEnumerable<ConversionGroup> groups) =>
        _groups = groups.ToImmutableDictionary(g => ConversionGroup.NormalizeName(g.Name), StringComparer.Ordinal);

    public IEnumerable<ConversionGroup> Groups => _groups.Values.OrderBy(g => g.Name, StringComparer.Ordinal);

    public bool TryGet(string name, out ConversionGroup group) =>
        _groups.TryGetValue(ConversionGroup.NormalizeName(name), out group!);
}
