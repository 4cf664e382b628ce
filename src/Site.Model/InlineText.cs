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
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
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
}
