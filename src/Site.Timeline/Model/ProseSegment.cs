namespace Site.Timeline;

/// <summary>What kind of prose a segment is; captions and notes do not move the narrative anchor.</summary>
public enum ProseKind
{
    Paragraph,
    Caption,
    Note,
    ListItem,
}

/// <summary>
/// One piece of plain prose (markup and references already removed) with the place it came from.
/// </summary>
/// <param name="Text">The plain text, as written (either script).</param>
/// <param name="SectionPath">Headings from the top level down; the narrative anchor is reset when it changes.</param>
/// <param name="Anchor">The HTML anchor (fragment id) of the section or element the text belongs to.</param>
/// <param name="SourceOffset">Source offset of <c>Text[0]</c>.</param>
/// <param name="Kind">Paragraph, caption, note or list item.</param>
/// <param name="OffsetMap">Optional source offset of every char of <paramref name="Text"/>; when null,
/// char <c>i</c> is taken to be at <c>SourceOffset + i</c>.</param>
public sealed record ProseSegment(
    string Text,
    IReadOnlyList<string> SectionPath,
    string Anchor,
    int SourceOffset,
    ProseKind Kind,
    IReadOnlyList<int>? OffsetMap = null)
{
    /// <summary>Source offset of the char at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int SourceOffsetAt(int index) =>
        OffsetMap is { } map && index < map.Count ? map[index] : SourceOffset + index;

    /// <summary>Source length of the text span [start, start+length).</summary>
    public int SourceLengthOf(int start, int length) =>
        length == 0 ? 0 : SourceOffsetAt(start + length - 1) + 1 - SourceOffsetAt(start);
}
