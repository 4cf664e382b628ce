using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>
/// Groups nodes into lines and lines into blocks, as MediaWiki's doBlockLevels does: blank lines end
/// paragraphs, list markers make lists, block templates and figures stand on their own.
/// </summary>
public sealed class BlockBuilder
{
    private readonly BuildContext _context;

    internal BlockBuilder(BuildContext context) => _context = context;

    public List<Block> Build(IReadOnlyList<WikiNode> nodes)
    {
        var blocks = new List<Block>();
        var paragraph = new ParagraphInProgress(_context, blocks);
        var lines = LineSplitter.Split(_context, nodes);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                paragraph.Flush();
                continue;
            }
            if (line.Nodes[0] is ListMarkerNode)
            {
                paragraph.Flush();
                var listLines = new List<Line>();
                while (i < lines.Count && !lines[i].IsBlank && lines[i].Nodes[0] is ListMarkerNode) listLines.Add(lines[i++]);
                i--;
                blocks.Add(BuildList(listLines));
                continue;
            }
            if (line.Nodes[0] is HorizontalRuleNode)
            {
                paragraph.Flush();
                blocks.Add(new HorizontalRule());
                paragraph.AddLine(line.Nodes.Skip(1).ToList());
                continue;
            }
            if (line.Nodes[0] is TableNode table)
            {
                paragraph.Flush();
                blocks.Add(Tables.Build(_context, table));
                paragraph.AddLine(line.Nodes.Skip(1).ToList());
                continue;
            }
            paragraph.AddLine(RecoverCaptions(line.Nodes));
        }
        paragraph.Flush();
        return blocks;
    }

    /// <summary>
    /// <c>[[File:x.jpg|thumb]]caption text]]</c>: the caption was cut off by a stray <c>]]</c>. The nodes up to
    /// the stray brackets become the caption, and the text after them stays in the paragraph.
    /// </summary>
    private List<WikiNode> RecoverCaptions(List<WikiNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not WikiLinkNode { Kind: WikiLinkKind.File } link || !FileLinks.HasNoCaption(link)) continue;
            for (var j = i + 1; j < nodes.Count; j++)
            {
                if (nodes[j] is not TextNode text) continue;
                var close = text.Text.IndexOf("]]", StringComparison.Ordinal);
                if (close < 0) continue;
                var caption = nodes.Skip(i + 1).Take(j - i - 1).ToList();
                if (close > 0) caption.Add(new TextNode(text.Span, text.Text[..close]));
                _context.Report(ModelDiagnostics.RecoveredCaption, link.Span, link.TargetText);
                var result = nodes.Take(i).ToList();
                result.Add(new RecoveredFigureNode(link, caption));
                if (close + 2 < text.Text.Length) result.Add(new TextNode(text.Span, text.Text[(close + 2)..]));
                result.AddRange(nodes.Skip(j + 1));
                return result;
            }
        }
        return nodes;
    }

    private ListBlock BuildList(List<Line> lines)
    {
        var anchor = _context.NextParagraphAnchor();
        var list = BuildList(lines.Select(l => (Markers: ((ListMarkerNode)l.Nodes[0]).Markers, Nodes: l.Nodes.Skip(1).ToList())).ToList(), 0);
        return list with { Anchor = anchor };
    }

    private ListBlock BuildList(List<(string Markers, List<WikiNode> Nodes)> lines, int depth)
    {
        var kind = KindOf(lines[0].Markers[depth]);
        var items = new List<ListItem>();
        var i = 0;
        while (i < lines.Count)
        {
            var (markers, nodes) = lines[i];
            var isTerm = markers[depth] == ';';
            var content = markers.Length == depth + 1 ? _context.Inlines.Build(nodes) : [];
            i++;
            var children = new List<(string, List<WikiNode>)>();
            if (markers.Length > depth + 1) children.Add((markers, nodes));
            while (i < lines.Count && lines[i].Markers.Length > depth + 1) children.Add(lines[i++]);
            var childBlocks = new List<Block>();
            var start = 0;
            while (start < children.Count)
            {
                var end = start + 1;
                while (end < children.Count && KindOf(children[end].Item1[depth + 1]) == KindOf(children[start].Item1[depth + 1])) end++;
                childBlocks.Add(BuildList(children.GetRange(start, end - start), depth + 1));
                start = end;
            }
            items.Add(new ListItem(LiftBlocks(content, childBlocks), childBlocks, isTerm));
        }
        return new ListBlock(kind, items);
    }

    private static List<Inline> LiftBlocks(List<Inline> content, List<Block> childBlocks)
    {
        var inlines = new List<Inline>();
        foreach (var inline in content)
        {
            if (inline is BlockHolder holder) childBlocks.AddRange(holder.Blocks);
            else inlines.Add(inline);
        }
        return inlines;
    }

    private static ListKind KindOf(char marker) => marker switch
    {
        '#' => ListKind.Numbered,
        ';' or ':' => ListKind.Definition,
        _ => ListKind.Bulleted,
    };

    /// <summary>Collects lines of a paragraph and cuts it where a block-level item appears.</summary>
    private sealed class ParagraphInProgress(BuildContext context, List<Block> blocks)
    {
        private readonly List<Inline> _inlines = [];
        private string? _anchor;
        private int _start = -1;
        private int _end = -1;

        public void AddLine(List<WikiNode> nodes)
        {
            if (nodes.Count == 0) return;
            _anchor ??= context.NextParagraphAnchor();
            if (_start < 0) _start = nodes[0].Span.Start;
            _end = Math.Max(_end, nodes[^1].Span.End);
            if (_inlines.Count > 0) _inlines.Add(new TextInline("\n"));
            // Nodes of a line are built together, so bold and italic pair up across them.
            var inlines = new List<Inline>();
            var run = new List<WikiNode>();
            foreach (var node in nodes)
            {
                if (node is RecoveredFigureNode recovered)
                {
                    inlines.AddRange(context.Inlines.Build(run));
                    run.Clear();
                    inlines.Add(FileLinks.Build(context, recovered.Link, recovered.Caption));
                    continue;
                }
                run.Add(node);
            }
            inlines.AddRange(context.Inlines.Build(run));
            foreach (var inline in MergeAcrossNodes(inlines))
            {
                if (inline is BlockHolder holder)
                {
                    Flush();
                    blocks.AddRange(holder.Blocks);
                    _anchor = context.NextParagraphAnchor();
                    (_start, _end) = (nodes[0].Span.Start, nodes[^1].Span.End);
                }
                else
                {
                    _inlines.Add(inline);
                }
            }
        }

        public void Flush()
        {
            if (_anchor is not null && _inlines.Any(i => i is not TextInline t || t.Text.Trim().Length > 0))
            {
                blocks.Add(new Paragraph(_anchor, Trim(_inlines), context.Source.Span(_start, _end - _start)));
            }
            _inlines.Clear();
            _anchor = null;
            _start = -1;
            _end = -1;
        }

        private static List<Inline> Trim(List<Inline> inlines)
        {
            var list = new List<Inline>(inlines);
            while (list.Count > 0 && list[^1] is TextInline last && last.Text.Trim().Length == 0) list.RemoveAt(list.Count - 1);
            while (list.Count > 0 && list[0] is TextInline first && first.Text.Trim().Length == 0) list.RemoveAt(0);
            if (list.Count > 0 && list[0] is TextInline head) list[0] = new TextInline(head.Text.TrimStart());
            if (list.Count > 0 && list[^1] is TextInline tail) list[^1] = new TextInline(tail.Text.TrimEnd());
            return list;
        }

        private static List<Inline> MergeAcrossNodes(List<Inline> inlines)
        {
            var result = new List<Inline>(inlines.Count);
            foreach (var inline in inlines) InlineText.AppendMerged(result, inline);
            return result;
        }
    }
}

/// <summary>A file link with a caption recovered from after its closing brackets.</summary>
internal sealed class RecoveredFigureNode(WikiLinkNode link, IReadOnlyList<WikiNode> caption) : WikiNode(link.Span)
{
    public WikiLinkNode Link { get; } = link;

    public IReadOnlyList<WikiNode> Caption { get; } = caption;
}
