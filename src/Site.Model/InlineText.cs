using System.Text;

namespace Site.Model;

/// <summary>The plain text of inline content, as a reader sees it (markers and hidden parts left out).</summary>
public static class InlineText
{
    /// <summary>Adds an inline to a list, joining it to a text inline just before it, so later stages see whole phrases.</summary>
    public static void AppendMerged(List<Inline> list, Inline inline)
    {
        if (inline is TextInline text && list.Count > 0 && list[^1] is TextInline previous)
        {
            list[^1] = new TextInline(previous.Text + text.Text);
        }
        else if (inline is not TextInline { Text.Length: 0 })
        {
            list.Add(inline);
        }
    }

    public static string Flatten(IEnumerable<Inline> inlines)
    {
        // Most inline runs (link labels, headings, citation fields) are one text: no builder needed.
        if (inlines is IReadOnlyList<Inline> { Count: <= 1 } few)
        {
            if (few.Count == 0) return "";
            if (few[0] is TextInline only) return only.Text;
        }
        var builder = new StringBuilder(256);
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>Appends the plain text of inline content (<see cref="Flatten"/>) to a builder.</summary>
    public static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        // By index where it can: a foreach over the interface boxes an enumerator for every run of every paragraph.
        if (inlines is IReadOnlyList<Inline> list)
        {
            for (var i = 0; i < list.Count; i++) Append(builder, list[i]);
        }
        else
        {
            foreach (var inline in inlines) Append(builder, inline);
        }
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case TextInline t: builder.Append(t.Text); break;
            case VerbatimInline v: builder.Append(v.Text); break;
            case StyledInline s: Append(builder, s.Children); break;
            case WikiLinkInline l: Append(builder, l.Children); break;
            case ExternalLinkInline e: Append(builder, e.Children); break;
            case InterlanguageLinkInline i: Append(builder, i.Children); break;
            case LanguageInline l: Append(builder, l.Children); break;
            case ConversionInline c: Append(builder, c.Body); break;
            case LineBreakInline: builder.Append('\n'); break;
            case MathInline m: builder.Append(m.TeX); break;
            case UnknownTemplateInline u: Append(builder, u.Arguments); break;
        }
    }
}
