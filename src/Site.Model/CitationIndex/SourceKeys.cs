using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Model.CitationIndex;

/// <summary>
/// The keys under which two citations count as the same source. Two citations sharing any key are merged.
/// Each key starts with its kind and a colon; <see cref="Priority"/> says which key names a merged source.
/// </summary>
public static partial class SourceKeys
{
    public const string IsbnPrefix = "isbn:";
    public const string UrlPrefix = "url:";
    public const string BookPrefix = "book:";
    public const string TitleWorkPrefix = "title-work:";
    public const string TextPrefix = "text:";

    /// <summary>All merge keys of one citation; never empty (a citation with nothing else is keyed by its text).</summary>
    public static IReadOnlyList<string> For(Citation citation)
    {
        var keys = new List<string>();
        if (NormalizeIsbn(citation.Isbn) is { } isbn) keys.Add(IsbnPrefix + isbn);
        var url = OriginalUrl(citation.Url) ?? OriginalUrl(citation.ArchiveUrl);
        if (NormalizeUrl(url) is { } normalizedUrl) keys.Add(UrlPrefix + normalizedUrl);
        var title = Fold(citation.Title);
        if (citation.Kind == CitationKind.Book && title is not null && Fold(citation.Authors.FirstOrDefault()?.DisplayName) is { } author)
        {
            keys.Add(BookPrefix + title + "|" + author);
        }
        if (title is not null && Fold(citation.Work) is { } work) keys.Add(TitleWorkPrefix + title + "|" + work);
        if (keys.Count == 0)
        {
            keys.Add(TextPrefix + string.Join("|", citation.Kind.ToString(), title ?? "",
                string.Join(";", citation.Authors.Select(a => Fold(a.DisplayName))), Fold(citation.Publisher) ?? "",
                citation.Date?.Text ?? ""));
        }
        return keys;
    }

    /// <summary>Lower is preferred as the name of a merged source: ISBN, then URL, book, title+work, text.</summary>
    public static int Priority(string key) =>
        key.StartsWith(IsbnPrefix, StringComparison.Ordinal) ? 0
        : key.StartsWith(UrlPrefix, StringComparison.Ordinal) ? 1
        : key.StartsWith(BookPrefix, StringComparison.Ordinal) ? 2
        : key.StartsWith(TitleWorkPrefix, StringComparison.Ordinal) ? 3
        : 4;

    /// <summary>
    /// The URL for comparing: no scheme, host in lower case without <c>www.</c> or a default port, no trailing slash,
    /// no empty fragment. Path and query keep their case. Null for text that is not an http(s) URL.
    /// </summary>
    public static string? NormalizeUrl(string? url)
    {
        if (AbsoluteUri(url) is not { } uri) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.TrimEnd('/');
        var fragment = uri.Fragment is "#" ? "" : uri.Fragment;
        return host + port + path + uri.Query + fragment;
    }

    /// <summary>
    /// The URL an archive copy was made of: <c>https://web.archive.org/web/20150929190722/http://x/</c> → <c>http://x/</c>
    /// (also archive.today's <c>archive.ph/20150929190722/…</c>). Any other URL is returned as it is.
    /// </summary>
    public static string? OriginalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var value = url.Trim();
        var m = ArchiveWrapper().Match(value);
        if (!m.Success) return value;
        var original = FixSingleSlash().Replace(m.Groups["original"].Value, "$1://", 1);
        if (original.StartsWith("//", StringComparison.Ordinal)) return "http:" + original;
        return original.Contains("://", StringComparison.Ordinal) ? original : "http://" + original;
    }

    public static bool IsArchiveUrl(string? url) => url is not null && ArchiveWrapper().IsMatch(url.Trim());

    /// <summary>Host without <c>www.</c> for display, or null.</summary>
    public static string? HostOf(string? url)
    {
        if (AbsoluteUri(url) is not { } uri) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>ISBN digits, ISBN-10 turned into ISBN-13 so both forms of one book match; null if not a valid length.</summary>
    public static string? NormalizeIsbn(string? isbn)
    {
        if (string.IsNullOrWhiteSpace(isbn)) return null;
        var digits = new StringBuilder();
        foreach (var c in isbn.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is 'X' or 'x') digits.Append('X');
        }
        var value = digits.ToString();
        if (value.Length == 13 && !value.Contains('X')) return value;
        if (value.Length != 10 || value[..9].Contains('X')) return null;
        var twelve = "978" + value[..9];
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return twelve + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Text for comparing: compatibility forms folded (full-width → ASCII), title brackets and quotes removed,
    /// white space collapsed, lower case. Null when nothing is left.
    /// </summary>
    public static string? Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (c is '《' or '》' or '〈' or '〉' or '「' or '」' or '『' or '』' or '"' or '“' or '”' or '\'' or '‘' or '’') continue;
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    private static Uri? AbsoluteUri(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var value = url.Trim();
        if (value.StartsWith("//", StringComparison.Ordinal)) value = "http:" + value;
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
    }

    [GeneratedRegex(@"^(?:https?:)?//(?:web\.|wayback\.|www\.)?(?:archive\.org/web|archive\.(?:today|ph|is|li|vn|fo|md))/\d{4,14}(?:[a-z]{2}_|\*)?/(?<original>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveWrapper();

    /// <summary>Archive URLs sometimes carry <c>http:/x</c> with one slash.</summary>
    [GeneratedRegex(@"^(https?):/(?!/)", RegexOptions.IgnoreCase)]
    private static partial Regex FixSingleSlash();
}
