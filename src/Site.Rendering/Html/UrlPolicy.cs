namespace Site.Rendering.Html;

/// <summary>
/// Which URLs from the article may become links: web and mail schemes only, never script or data.
/// The same schemes are the only ones the content sanitiser (<see cref="Safety.ContentSanitizer"/>) lets through.
/// </summary>
public static class UrlPolicy
{
    /// <summary>The URL schemes content may link to; anything else (javascript:, vbscript:, data:, tel: …) is not a link.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["http", "https", "ftp", "mailto"];

    /// <summary>An absolute URL with an allowed scheme, or a protocol-relative one (<c>//host/…</c>).</summary>
    public static bool IsSafe(string url)
    {
        var trimmed = Compact(url);
        return trimmed.StartsWith("//", StringComparison.Ordinal) || SchemeOf(trimmed) is { IsEmpty: false } scheme && IsAllowed(scheme);
    }

    /// <summary>As <see cref="IsSafe"/>, or a relative URL (no scheme at all): what the site's own pages link to.</summary>
    public static bool IsSafeOrRelative(string url) => IsCompactSafeOrRelative(Compact(url));

    /// <summary><see cref="IsSafeOrRelative(string)"/> for a URL that holds no whitespace or control characters.</summary>
    internal static bool IsCompactSafeOrRelative(ReadOnlySpan<char> url)
    {
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var end = url.IndexOfAny("/?#");
        return end >= 0 && end < colon || colon > 0 && IsAllowed(url[..colon]);
    }

    private static bool IsAllowed(ReadOnlySpan<char> scheme)
    {
        // By index: a foreach over the interface boxed an enumerator for every link checked.
        for (var i = 0; i < Schemes.Count; i++)
        {
            if (scheme.Equals(Schemes[i], StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether the URL holds whitespace or control characters, which a browser drops before reading the scheme.</summary>
    internal static bool HasSpaceOrControl(ReadOnlySpan<char> url)
    {
        foreach (var c in url)
        {
            if (IsSpaceOrControl(c)) return true;
        }
        return false;
    }

    private static bool IsSpaceOrControl(char c) => char.IsControl(c) || char.IsWhiteSpace(c);

    /// <summary>The URL as a browser reads its scheme: without whitespace and control characters anywhere in it.</summary>
    private static string Compact(string url) =>
        HasSpaceOrControl(url) ? new string(url.Where(c => !IsSpaceOrControl(c)).ToArray()) : url;

    /// <summary>The scheme before the first colon, when everything before it could be a scheme; otherwise empty (a relative URL).</summary>
    private static ReadOnlySpan<char> SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return default;
        var end = url.AsSpan().IndexOfAny("/?#");
        if (end >= 0 && end < colon) return default;
        return url.AsSpan(0, colon);
    }
}
