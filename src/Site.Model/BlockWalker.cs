namespace Site.Model;

/// <summary>Walks nested blocks.</summary>
public static class BlockWalker
{
    public static IEnumerable<Block> Descendants(Block block)
    {
        yield return block;
        IEnumerable<Block> children = block switch
        {
            ListBlock list => list.Items.SelectMany(i => i.Children),
            Quotation quote => quote.Content,
            ColumnsBlock columns => columns.Columns.SelectMany(c => c),
            TableBlock table => table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var d in Descendants(child)) yield return d;
        }
    }

    public static IEnumerable<Figure> Figures(Block block) =>
        Descendants(block).SelectMany(b => b switch
        {
            FigureBlock f => [f.Figure],
            GalleryBlock g => g.Figures,
            _ => Array.Empty<Figure>(),
        });
}
