using System.Globalization;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>Wikitext tables → table blocks (cells hold blocks; spans kept).</summary>
internal static class Tables
{
    public static TableBlock Build(BuildContext context, TableNode table)
    {
        var caption = table.Caption is null ? null : context.Inlines.Build(table.Caption.Content);
        var rows = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(cell =>
            {
                var attributes = cell.Attributes;
                var colspan = Number(attributes.FirstOrDefault(a => a.Name == "colspan")?.Value);
                var rowspan = Number(attributes.FirstOrDefault(a => a.Name == "rowspan")?.Value);
                var content = context.Blocks.Build(cell.Content.Children);
                return new TableCell(cell.IsHeader, content, colspan, rowspan);
            }).ToList();
            if (cells.Count > 0) rows.Add(new TableRow(cells));
        }
        var tableAttributes = table.Attributes.Where(a => a.Name is "class").Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList();
        return new TableBlock(caption, rows, tableAttributes);
    }

    private static int Number(string? value) =>
        int.TryParse(value?.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : 1;
}
