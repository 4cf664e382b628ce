using Site.Model;
using Site.Timeline;

namespace Site.Rendering.Pages;

/// <summary>The prose of an article as the timeline extractor reads it: paragraphs, captions, list items and notes, never citations.</summary>
public static class TimelineSegments
{
    /// <summary>
    /// Extracts the article's timeline, then places each date expression exactly in the source: the extractor
    /// sees plain text, so its offsets are moved to where the expression is written inside its paragraph.
    /// </summary>
    public static Site.Timeline.Timeline Extract(Article article, string source)
    {
        var segments = From(article);
        var timeline = TimelineExtractor.Extract(segments);
        return new Site.Timeline.Timeline(timeline.Events.Select(e => e with
        {
            SourceOffset = Locate(source, e.SourceOffset, e.RawExpression),
            OtherMentions = e.OtherMentions.Select(m => m with { SourceOffset = Locate(source, m.SourceOffset, m.RawExpression) }).ToList(),
        }).ToList());
    }

    /// <summary>The first place at or after the estimate where the expression is written, within a short window.</summary>
    private static int Locate(string source, int estimate, string expression)
    {
        if (estimate < 0 || estimate >= source.Length || expression.Length == 0) return estimate;
        var window = Math.Min(source.Length - estimate, 4000);
        var found = source.IndexOf(expression, estimate, window, StringComparison.Ordinal);
        return found >= 0 ? found : estimate;
    }

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
                    segments.Add(new ProseSegment(InlineText.Flatten(p.Content), path, p.Anchor, p.Location?.Start ?? 0, ProseKind.Paragraph));
                    break;
                case FigureBlock f:
                    segments.Add(new ProseSegment(InlineText.Flatten(f.Figure.Caption), path, f.Figure.Anchor, f.Figure.Location?.Start ?? 0, ProseKind.Caption));
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
