using Site.Rendering.Html;

namespace Site.Rendering.Html.Safety;

/// <summary>
/// What the sanitiser's shortcut lets through without the full pass: <see cref="ContentSanitizer"/>'s tags and
/// attributes (and <c>data-*</c>), with URL attributes holding a relative URL or one of <see cref="UrlPolicy.Schemes"/>.
/// Names compare as the HTML tokenizer gives them, in lowercase: a name in any other case is not taken, and the full
/// pass decides.
/// </summary>
internal sealed class MarkupAllowList
{
    private enum Kind { Plain, Url, Srcset }

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tags;
    private readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> _attributes;

    public MarkupAllowList(IEnumerable<string> tags, IEnumerable<string> attributes, IEnumerable<string> urlAttributes)
    {
        _tags = new HashSet<string>(tags.Select(t => t.ToLowerInvariant()), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var urls = urlAttributes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _attributes = attributes.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(
                a => a.ToLowerInvariant(),
                a => a.Equals("srcset", StringComparison.OrdinalIgnoreCase) ? Kind.Srcset : urls.Contains(a) ? Kind.Url : Kind.Plain,
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsAllowedTag(ReadOnlySpan<char> name) => _tags.Contains(name);

    /// <summary>An allowed attribute whose value (decoded) the sanitiser would keep as it is.</summary>
    public bool IsAllowedAttribute(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        // HtmlSanitizer removes any attribute holding a Netscape JavaScript entity, "&{…}" (found by the fuzzer in a URL).
        if (value.Contains("&{", StringComparison.Ordinal)) return false;
        if (!_attributes.TryGetValue(name, out var kind)) return name.StartsWith("data-") && name.Length > 5;
        return kind switch
        {
            Kind.Url => IsSafeUrl(value),
            Kind.Srcset => IsSafeSrcset(value),
            _ => true,
        };
    }

    /// <summary>Stricter than the sanitiser: a URL with whitespace or control characters anywhere goes to the full pass.</summary>
    private static bool IsSafeUrl(ReadOnlySpan<char> url) => !UrlPolicy.HasSpaceOrControl(url) && UrlPolicy.IsCompactSafeOrRelative(url);

    /// <summary>A srcset as the renderer writes it: comma-separated candidates, each a URL and an optional descriptor.</summary>
    private static bool IsSafeSrcset(ReadOnlySpan<char> srcset)
    {
        foreach (var range in srcset.Split(','))
        {
            var candidate = srcset[range].Trim();
            var space = candidate.IndexOf(' ');
            var url = space < 0 ? candidate : candidate[..space];
            if (url.IsEmpty || !IsSafeUrl(url)) return false;
        }
        return true;
    }
}
