using System.Text;
using AngleSharp;
using AngleSharp.Dom;

namespace Site.Rendering.Html.Safety;

/// <summary>
/// Writes sanitised content back the way <see cref="ContentRenderer"/> wrote it, so sanitising changes nothing that was
/// already safe: text and attribute values escaped by <see cref="HtmlEscaper"/> (CJK and every other character as itself,
/// never a numeric entity), void elements without a slash, boolean attributes bare, and the tbody the HTML parser adds
/// to every table left implicit again.
/// </summary>
internal sealed class ContentFormatter : IMarkupFormatter
{
    public static ContentFormatter Instance { get; } = new();

    /// <summary>Attributes whose presence is their value; the renderer writes them without <c>=""</c>.</summary>
    private static readonly HashSet<string> BooleanAttributes = new(StringComparer.OrdinalIgnoreCase) { "controls", "reversed", "itemscope", "download" };

    public string Text(ICharacterData text) => HtmlEscaper.Escape(text.Data);

    // Raw-text elements (script, style …) never survive sanitising; escape anyway rather than trust that.
    public string LiteralText(ICharacterData text) => HtmlEscaper.Escape(text.Data);

    public string Comment(IComment comment) => "";

    public string Processing(IProcessingInstruction processing) => "";

    public string Doctype(IDocumentType doctype) => "";

    public string OpenTag(IElement element, bool selfClosing)
    {
        if (IsImplicit(element)) return "";
        var b = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            b.Append(' ').Append(attribute.Name);
            if (attribute.Value.Length == 0 && BooleanAttributes.Contains(attribute.Name)) continue;
            b.Append("=\"");
            HtmlEscaper.Append(b, attribute.Value);
            b.Append('"');
        }
        b.Append('>');
        // The parser drops one newline right after <pre>; put it back so a leading blank line survives.
        if (element.LocalName == "pre" && element.FirstChild is IText { Data: ['\n', ..] }) b.Append('\n');
        return b.ToString();
    }

    public string CloseTag(IElement element, bool selfClosing) =>
        selfClosing || element.Flags.HasFlag(NodeFlags.SelfClosing) || IsImplicit(element) ? "" : "</" + element.LocalName + ">";

    /// <summary>A tbody without attributes: the renderer never writes one, the parser adds it to every table.</summary>
    private static bool IsImplicit(IElement element) => element.LocalName == "tbody" && element.Attributes.Length == 0;
}
