using System.Text;

namespace Site.Wikitext.Rendering;

/// <summary>
/// Holds finished HTML (nowiki, pre, references) behind opaque markers while the block-level pass runs,
/// as MediaWiki's StripState does; the markers are swapped back at the end.
/// </summary>
internal sealed class StripState
{
    public const string Prefix = "\u007f'\"`UNIQ-";
    public const string Suffix = "-QINU`\"'\u007f";

    private readonly List<string> _items = [];

    public string Add(string name, string html)
    {
        _items.Add(html);
        return $"{Prefix}-{name}-{_items.Count - 1:x8}{Suffix}";
    }

    /// <summary>Replaces markers with their content, repeatedly, since content may hold markers.</summary>
    public string Unstrip(string text)
    {
        for (var pass = 0; pass < 16 && text.Contains(Prefix, StringComparison.Ordinal); pass++)
        {
            var builder = new StringBuilder(text.Length);
            var at = 0;
            while (true)
            {
                var start = text.IndexOf(Prefix, at, StringComparison.Ordinal);
                if (start < 0) break;
                var end = text.IndexOf(Suffix, start, StringComparison.Ordinal);
                if (end < 0) break;
                var inner = text.AsSpan(start + Prefix.Length, end - start - Prefix.Length);
                var dash = inner.LastIndexOf('-');
                builder.Append(text, at, start - at);
                if (dash >= 0 && int.TryParse(inner[(dash + 1)..], System.Globalization.NumberStyles.HexNumber, null, out var index) && index < _items.Count)
                {
                    builder.Append(_items[index]);
                }
                at = end + Suffix.Length;
            }
            builder.Append(text, at, text.Length - at);
            text = builder.ToString();
        }
        return text;
    }
}
