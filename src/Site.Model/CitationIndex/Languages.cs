namespace Site.Model.CitationIndex;

/// <summary>
/// Language of a source as a lower-case code: <c>language=</c> is written as a code (<c>en</c>, <c>zh-hans</c>), an English
/// name (<c>English</c>) or a Chinese one (<c>中文</c>, <c>韩文</c>). Regional subtags are dropped (<c>zh-tw</c> → <c>zh</c>).
/// </summary>
public static class Languages
{
    /// <summary>The key used in summaries for sources that do not state a language.</summary>
    public const string Unspecified = "und";

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chinese"] = "zh", ["中文"] = "zh", ["汉语"] = "zh", ["漢語"] = "zh", ["华语"] = "zh", ["華語"] = "zh",
        ["简体中文"] = "zh", ["簡體中文"] = "zh", ["繁体中文"] = "zh", ["繁體中文"] = "zh", ["中文（简体）"] = "zh",
        ["中文（繁體）"] = "zh", ["zh-cn"] = "zh", ["zh-hans"] = "zh", ["zh-hant"] = "zh", ["zh-tw"] = "zh", ["zh-hk"] = "zh",
        ["english"] = "en", ["英文"] = "en", ["英语"] = "en", ["英語"] = "en",
        ["korean"] = "ko", ["韩文"] = "ko", ["韓文"] = "ko", ["韩语"] = "ko", ["韓語"] = "ko", ["朝鲜语"] = "ko", ["朝鮮語"] = "ko",
        ["韩国语"] = "ko", ["韓國語"] = "ko", ["한국어"] = "ko", ["kor"] = "ko",
        ["japanese"] = "ja", ["日文"] = "ja", ["日语"] = "ja", ["日語"] = "ja", ["日本語"] = "ja", ["jpn"] = "ja",
        ["french"] = "fr", ["法文"] = "fr", ["法语"] = "fr", ["法語"] = "fr",
        ["german"] = "de", ["德文"] = "de", ["德语"] = "de", ["德語"] = "de",
        ["russian"] = "ru", ["俄文"] = "ru", ["俄语"] = "ru", ["俄語"] = "ru",
        ["spanish"] = "es", ["西班牙文"] = "es", ["西班牙语"] = "es", ["西班牙語"] = "es",
        ["eng"] = "en", ["zho"] = "zh", ["chi"] = "zh",
    };

    /// <summary>The code for <paramref name="language"/>, or null when it is empty.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var value = language.Trim();
        if (Names.TryGetValue(value, out var code)) return code;
        var primary = value.Split('-', '_')[0];
        if (primary.Length is 2 or 3 && primary.All(char.IsAsciiLetter))
        {
            return Names.TryGetValue(primary, out code) ? code : primary.ToLowerInvariant();
        }
        return value.ToLowerInvariant();
    }
}
