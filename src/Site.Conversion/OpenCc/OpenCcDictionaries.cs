using System.Collections.Concurrent;
using System.Reflection;

namespace Site.Conversion;

/// <summary>
/// Loads the OpenCC text dictionaries embedded in this assembly, each once and on first use.
/// The cache only ever grows with immutable values, so it is safe to share between threads.
/// </summary>
internal static class OpenCcDictionaries
{
    private const string ResourcePrefix = "Site.Conversion.OpenCc.";

    private static readonly ConcurrentDictionary<string, Lazy<PrefixDictionary>> Cache = new(StringComparer.Ordinal);

    /// <summary>Names of the embedded dictionaries (without <c>.txt</c>).</summary>
    public static IReadOnlyList<string> Available { get; } = typeof(OpenCcDictionaries).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^4])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static PrefixDictionary Get(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<PrefixDictionary>(() => Load(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static PrefixDictionary Load(string name) => new(Entries(name));

    /// <summary>The entries of an embedded dictionary (key, first value), in file order.</summary>
    internal static List<KeyValuePair<string, string>> Entries(string name)
    {
        using var stream = typeof(OpenCcDictionaries).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".txt")
            ?? throw new InvalidOperationException($"OpenCC dictionary '{name}' is not embedded in Site.Conversion.");
        using var reader = new StreamReader(stream);
        return Parse(reader).ToList();
    }

    /// <summary>Parses OpenCC's text format: <c>key TAB value1 value2 …</c>; <c>#</c> starts a comment line; the first value is used.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> Parse(TextReader reader)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var key = line[..tab];
            var values = line.AsSpan(tab + 1);
            var space = values.IndexOf(' ');
            var value = (space < 0 ? values : values[..space]).ToString();
            // OpenCC keeps the first entry of a duplicated key.
            if (seen.Add(key))
            {
                yield return new(key, value);
            }
        }
    }
}
