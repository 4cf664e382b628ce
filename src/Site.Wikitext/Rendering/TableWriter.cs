using System.Text;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Rendering;

/// <summary>
/// Writes a wikitext table the way MediaWiki's handleTables does: one line per row and cell marker,
/// with the cell content left for the block-level pass (so lists and paragraphs work inside cells).
/// </summary>
internal sealed class TableWriter
{
    private readonly InlineWriter _writer;
    private bool _trOpen;
    private bool _tdOpen;
    private bool _hasOpenedTr;
    private string _lastTag = "";
    private string _trAttributes = "";

    private TableWriter(InlineWriter writer) => _writer = writer;

    public static void Write(InlineWriter writer, TableNode table, StringBuilder output) => new TableWriter(writer).WriteTable(table, output);

    private void WriteTable(TableNode table, StringBuilder output)
    {
        output.Append("<table").Append(Sanitizer.FixTagAttributes(table.AttributesText, "table")).Append('>');
        var children = table.Children;
        for (var i = 1; i < children.Count; i++)
        {
            var child = children[i];
            switch (child)
            {
                case TableRowNode row:
                    WriteRow(row, output);
                    break;
                case TableCaptionNode caption:
                    WriteCell(output, "caption", caption.AttributesText, caption.Content, isCaption: true);
                    break;
                case MarkupToken { Text: "|}" } when i == children.Count - 1 && table.IsClosed:
                    output.Append(Closers()).Append("</table>");
                    return;
                default:
                    WriteLoose(child, output);
                    break;
            }
        }
        // Never closed: MediaWiki closes it at the end of the text.
        if (_tdOpen) output.Append("</").Append(_lastTag).Append(">\n");
        if (_trOpen) output.Append("</tr>\n");
        if (!_hasOpenedTr) output.Append("<tr><td></td></tr>\n");
        output.Append("</table>\n");
    }

    private string Closers()
    {
        var line = "";
        if (!_hasOpenedTr) line = "<tr><td></td></tr>" + line;
        if (_trOpen) line = "</tr>" + line;
        if (_tdOpen) line = "</" + _lastTag + ">" + line;
        return line;
    }

    private void WriteRow(TableRowNode row, StringBuilder output)
    {
        var children = row.Children;
        var start = 0;
        if (children.Count > 0 && children[0] is MarkupToken token && token.Text.TrimStart().StartsWith("|-", StringComparison.Ordinal))
        {
            var line = "";
            if (_trOpen) line = "</tr>";
            if (_tdOpen) line = "</" + _lastTag + ">" + line;
            output.Append(line);
            _trAttributes = Sanitizer.FixTagAttributes(row.AttributesText, "tr");
            _hasOpenedTr = true;
            _trOpen = false;
            _tdOpen = false;
            _lastTag = "";
            start = 1;
        }
        for (var i = start; i < children.Count; i++)
        {
            switch (children[i])
            {
                case TableCellNode cell:
                    WriteCell(output, cell.IsHeader ? "th" : "td", cell.AttributesText, cell.Content, isCaption: false);
                    break;
                case TableCaptionNode caption:
                    WriteCell(output, "caption", caption.AttributesText, caption.Content, isCaption: true);
                    break;
                default:
                    WriteLoose(children[i], output);
                    break;
            }
        }
    }

    private void WriteCell(StringBuilder output, string tag, string attributesText, Fragment content, bool isCaption)
    {
        var previous = "";
        if (!isCaption)
        {
            if (!_trOpen) previous = "<tr" + _trAttributes + ">\n";
            _trOpen = true;
            _trAttributes = "";
            _hasOpenedTr = true;
        }
        if (_tdOpen) previous = "</" + _lastTag + ">\n" + previous;
        _lastTag = tag;
        _tdOpen = true;
        // A cell that continues on its own line after "||" starts a new output line.
        TrimLineIndent(output);
        output.Append(previous).Append('<').Append(tag).Append(Sanitizer.FixTagAttributes(attributesText, tag)).Append('>');
        var html = _writer.Write(content.Children);
        var newline = html.IndexOf('\n');
        if (newline < 0)
        {
            output.Append(html.Trim());
            return;
        }
        output.Append(html[..newline].Trim()).Append(DropTrailingIndent(html[newline..]));
    }

    private void WriteLoose(WikiNode node, StringBuilder output)
    {
        var html = _writer.Write([node]);
        output.Append(DropTrailingIndent(html));
    }

    /// <summary>MediaWiki trims table lines, so spaces before a cell marker on its line vanish.</summary>
    private static string DropTrailingIndent(string html)
    {
        var end = html.Length;
        while (end > 0 && html[end - 1] is ' ' or '\t') end--;
        if (end == html.Length || (end > 0 && html[end - 1] != '\n')) return html;
        return html[..end];
    }

    private static void TrimLineIndent(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] is ' ' or '\t') end--;
        if (end < output.Length && end > 0 && output[end - 1] == '\n') output.Length = end;
    }
}
