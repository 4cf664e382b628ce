using Site.Model;
using Site.Timeline;

namespace Site.Rendering.Pages;

/// <summary>The prose of an article as the timeline extractor reads it: paragraphs, captions, list items and notes, never citations.</summary>
public static class TimelineSegments
{
    public static IReadOnlyList<ProseSegment> From(Article article)
    {
        var segments = new List<ProseSegment>();
        AddBlocks(segments, article.Lead, [], "");
        foreach (var section in article.Sections) AddSection(segments, section, []);
        foreach (var note in article.References("note"))
        {
            segments.Add(new ProseSegment(InlineText.Flatten(note.Content), note.Uses.Count > 0 ? [note.Uses[0].SectionTitle] : [], note.NoteId, 0, ProseKind.Note));
        }
        return segments;
    }

    private static void AddSection(List<ProseSegment> segments, Section section, IReadOnlyList<string> parents)
    {
        var path = parents.Append(section.SourceTitle).ToList();
        AddBlocks(segments, section.Content, path, section.Anchor);
        foreach (var sub in section.Subsections) AddSection(segments, sub, path);
    }

    private static void AddBlocks(List<ProseSegment> segments, IEnumerable<Block> blocks, IReadOnlyList<string> path, string sectionAnchor)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    segments.Add(new ProseSegment(InlineText.Flatten(p.Content), path, p.Anchor, 0, ProseKind.Paragraph));
                    break;
                case FigureBlock f:
                    segments.Add(new ProseSegment(InlineText.Flatten(f.Figure.Caption), path, f.Figure.Anchor, 0, ProseKind.Caption));
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        segments.Add(new ProseSegment(InlineText.Flatten(item.Content), path, sectionAnchor, 0, ProseKind.ListItem));
                        AddBlocks(segments, item.Children, path, sectionAnchor);
                    }
                    break;
            }
        }
    }
}
