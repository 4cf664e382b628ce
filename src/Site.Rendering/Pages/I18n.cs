using YamlDotNet.Serialization;

namespace Site.Rendering.Pages;

/// <summary>The one i18n lookup: UI strings from templates/i18n/&lt;edition&gt;.yml. Missing keys show as the key.</summary>
public sealed class I18n(IReadOnlyDictionary<string, string> strings)
{
    public string this[string key] => strings.TryGetValue(key, out var value) ? value : key;

    /// <summary>A string with {0}, {1} placeholders filled in.</summary>
    public string Format(string key, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    public static I18n Load(string path)
    {
        var yaml = File.ReadAllText(path);
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        var data = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml) ?? [];
        Flatten("", data, flat);
        return new I18n(flat);
    }

    private static void Flatten(string prefix, Dictionary<string, object> data, Dictionary<string, string> into)
    {
        foreach (var (key, value) in data)
        {
            var name = prefix.Length == 0 ? key : prefix + "." + key;
            if (value is Dictionary<object, object> nested) Flatten(name, nested.ToDictionary(k => k.Key.ToString()!, k => k.Value), into);
            else into[name] = value?.ToString() ?? "";
        }
    }
}
