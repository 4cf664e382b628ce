namespace Site.Rendering.Html;

/// <summary>Which URLs from the article may become links: web and mail schemes only, never script or data.</summary>
public static class UrlPolicy
{
    private static readonly string[] Allowed = ["http://", "https://", "ftp://", "ftps://", "mailto:", "//", "news:", "irc://", "ircs://", "gopher://", "geo:", "tel:", "urn:"];

    public static bool IsSafe(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        return Allowed.Any(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
