using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Conversion;

/// <summary>
/// Loads the author-editable conversion data from a directory (normally <c>content/conversion/</c>):
/// <c>groups/&lt;Name&gt;.yml</c> (conversion groups) and <c>overrides.yml</c>. Missing files and folders mean
/// "no data". Malformed files throw <see cref="ConversionDataException"/> with a position. See README.md for the schemas.
/// </summary>
public sealed class ConversionDataLoader(string directory)
{
    public string Directory { get; } = directory;

    public string GroupsDirectory => Path.Combine(Directory, "groups");

    public string OverridesPath => Path.Combine(Directory, "overrides.yml");

    /// <summary>Loads every <c>groups/*.yml</c> / <c>*.yaml</c> file.</summary>
    public ConversionGroupLibrary LoadGroups()
    {
        if (!System.IO.Directory.Exists(GroupsDirectory))
        {
            return ConversionGroupLibrary.Empty;
        }

        var files = System.IO.Directory.EnumerateFiles(GroupsDirectory, "*.*")
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var groups = files.Select(LoadGroup).ToList();
        var duplicate = groups.GroupBy(g => ConversionGroup.NormalizeName(g.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConversionDataException(
                $"group '{duplicate.Key}' is also defined in {duplicate.First().SourcePath}", duplicate.Last().SourcePath, 1, 1);
        }

        return new ConversionGroupLibrary(groups);
    }

    /// <summary>Loads one group file. The default name is the file name with <c>_</c> read as a space.</summary>
    public static ConversionGroup LoadGroup(string path)
    {
        var root = LoadMapping(path);
        if (root is null)
        {
            throw new ConversionDataException("empty group file", path, 1, 1);
        }

        var name = Scalar(root, "name", path) ?? Path.GetFileNameWithoutExtension(path).Replace('_', ' ');
        var description = Scalar(root, "description", path);
        var items = ImmutableArray.CreateBuilder<ConversionGroupItem>();
        if (Child(root, "rules") is { } rulesNode)
        {
            if (rulesNode is not YamlSequenceNode rules)
            {
                throw Error("'rules' must be a list", path, rulesNode);
            }

            foreach (var node in rules)
            {
                items.Add(ParseItem(node, path));
            }
        }

        return new ConversionGroup(name, description, items.ToImmutable(), path);
    }

    /// <summary>Loads <c>overrides.yml</c>, or <see cref="ConversionOverrides.Empty"/> when it does not exist.</summary>
    public ConversionOverrides LoadOverrides()
    {
        var path = OverridesPath;
        if (!File.Exists(path) || LoadMapping(path) is not { } root)
        {
            return ConversionOverrides.Empty;
        }

        var perVariant = new Dictionary<ZhVariant, ImmutableDictionary<string, string>>();
        if (Child(root, "variants") is { } variantsNode)
        {
            foreach (var (key, value) in AsMapping(variantsNode, "variants", path))
            {
                var code = ((YamlScalarNode)key).Value ?? string.Empty;
                if (!ZhVariants.TryParse(code, out var variant))
                {
                    throw Error($"unknown variant '{code}'", path, key);
                }

                perVariant[variant] = Pairs(value, code, path);
            }
        }

        return new ConversionOverrides(
            Child(root, "traditional") is { } t ? Pairs(t, "traditional", path) : ImmutableDictionary<string, string>.Empty,
            Child(root, "simplified") is { } s ? Pairs(s, "simplified", path) : ImmutableDictionary<string, string>.Empty,
            perVariant);
    }

    private static ConversionGroupItem ParseItem(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return Validated(scalar.Value ?? string.Empty, null, node, path);
            case YamlMappingNode mapping:
                var rule = Scalar(mapping, "rule", path) ?? throw Error("a rule item needs 'rule:'", path, node);
                return Validated(rule, Scalar(mapping, "original", path), node, path);
            default:
                throw Error("a rule item must be a string or a mapping with 'rule:'", path, node);
        }
    }

    private static ConversionGroupItem Validated(string rule, string? original, YamlNode node, string path)
    {
        if (RuleParser.Parse(rule).IsEmpty)
        {
            throw Error($"not a valid conversion rule: '{rule}'", path, node);
        }

        return new ConversionGroupItem(rule, original);
    }

    private static ImmutableDictionary<string, string> Pairs(YamlNode node, string what, string path)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in AsMapping(node, what, path))
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } from } || value is not YamlScalarNode { Value: { } to })
            {
                throw Error($"'{what}' entries must be 'phrase: replacement'", path, key);
            }

            builder[from] = to;
        }

        return builder.ToImmutable();
    }

    private static YamlMappingNode AsMapping(YamlNode node, string what, string path) =>
        node as YamlMappingNode ?? throw Error($"'{what}' must be a mapping", path, node);

    private static YamlMappingNode? LoadMapping(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return null;
            }

            return stream.Documents[0].RootNode as YamlMappingNode
                ?? throw Error("the document must be a mapping", path, stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            throw new ConversionDataException(e.Message, path, (int)e.Start.Line, (int)e.Start.Column, e);
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode mapping, string key, string path) => Child(mapping, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw Error($"'{key}' must be a string", path, other),
    };

    private static ConversionDataException Error(string message, string path, YamlNode node) =>
        new(message, path, (int)node.Start.Line, (int)node.Start.Column);
}
