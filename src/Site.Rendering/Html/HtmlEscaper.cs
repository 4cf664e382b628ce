using System.Buffers;
using System.Text;

namespace Site.Rendering.Html;

/// <summary>The one HTML escaper: escapes markup characters and leaves every other character as itself (no &amp;#x… for CJK).</summary>
public static class HtmlEscaper
{
    private static readonly SearchValues<char> Markup = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny(Markup) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string? text)
    {
        // Runs between markup characters are copied whole: most text has none.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOfAny(Markup);
            if (next < 0)
            {
                builder.Append(rest);
                return;
            }
            builder.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
        }
    }
}
