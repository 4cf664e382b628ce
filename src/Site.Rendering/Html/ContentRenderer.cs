using System.Globalization;
using System.Text;
using Site.Model;
using Site.Rendering.Html.Safety;
using Site.Rendering.Pages;

namespace Site.Rendering.Html;

/// <summary>Where content is rendered: the page (for relative links), the edition and the lookups it needs.</summary>
public sealed record RenderScope(
    PagePath Page, string Edition, string Variant, UrlBuilder Urls, I18n Text,
    IReadOnlyDictionary<string, PagePath> LocalArticles, Func<Reference, SourceLink?> SourceAnchor);

/// <summary>Where a reference's source is in the citation index: the page number and the entry's id.</summary>
public sealed record SourceLink(int Page, string Id);

/// <summary>
/// Writes article content (blocks and inlines of the model) as HTML, the way Markdig's HtmlRenderer writes its AST.
/// The HTML is safe by construction (whitelisted tags and attributes, URLs through <see cref="UrlPolicy"/>); every string
/// handed out also passes <see cref="ContentSanitizer"/>, as defence in depth.
/// </summary>
public sealed class ContentRenderer(RenderScope scope, IReadOnlyList<ReferenceGroup> referenceGroups)
{
    private static readonly Dictionary<InlineStyle, string> Tags = new()
    {
        [InlineStyle.Bold] = "b", [InlineStyle.Italic] = "i", [InlineStyle.Code] = "code", [InlineStyle.Superscript] = "sup",
        [InlineStyle.Subscript] = "sub", [InlineStyle.Small] = "small", [InlineStyle.Big] = "span", [InlineStyle.Underline] = "u",
        [InlineStyle.Strikethrough] = "s", [InlineStyle.Inserted] = "ins", [InlineStyle.Deleted] = "del", [InlineStyle.Span] = "span",
        [InlineStyle.Quote] = "q", [InlineStyle.Mark] = "mark", [InlineStyle.Abbreviation] = "abbr", [InlineStyle.Keyboard] = "kbd",
        [InlineStyle.Variable] = "var", [InlineStyle.Citation] = "cite", [InlineStyle.Emphasis] = "em", [InlineStyle.Strong] = "strong",
        [InlineStyle.Ruby] = "ruby", [InlineStyle.RubyText] = "rt", [InlineStyle.RubyParenthesis] = "rp",
    };

    private readonly CitationFormatter _citations = new(scope.Text);

    /// <summary>How many links the inlines being written sit in: HTML has no link inside a link.</summary>
    private int _linkDepth;

    /// <summary>What was met inside a link and brings links of its own (reference markers, citations, archive links): written right after the outermost link.</summary>
    private List<Inline>? _deferred;

    public RenderScope Scope { get; } = scope;

    public string Blocks(IEnumerable<Block> blocks)
    {
        var builder = Rent();
        foreach (var block in blocks) Block(builder, block);
        return ContentSanitizer.Default.Sanitize(Release(builder));
    }

    public string Inlines(IEnumerable<Inline> inlines) => ContentSanitizer.Default.Sanitize(Render(inlines));

    public string Text(IEnumerable<Inline> inlines) => HtmlEscaper.Escape(InlineText.Flatten(inlines));

    public string Citation(Citation citation) => ContentSanitizer.Default.Sanitize(_citations.Format(citation));

    /// <summary>Inline HTML for use inside this renderer's own output, which is sanitised once as a whole.</summary>
    private string Render(IEnumerable<Inline> inlines)
    {
        var builder = Rent();
        Inlines(builder, inlines);
        return Release(builder);
    }

    /// <summary>
    /// One builder per thread serves every section of every page in turn (it keeps its capacity when cleared)
    /// instead of each growing a new one; a call made while it is out (nested rendering) gets a builder of its own.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_spare;

    /// <summary>A builder larger than this (in characters) is let go rather than kept for the next section.</summary>
    private const int KeptBuilder = 1 << 20;

    private static StringBuilder Rent()
    {
        var builder = t_spare ?? new StringBuilder(4096);
        t_spare = null;
        return builder;
    }

    private static string Release(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= KeptBuilder)
        {
            builder.Clear();
            t_spare = builder;
        }
        return text;
    }

    private void Block(StringBuilder b, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                b.Append("<p id=\"").Append(p.Anchor).Append("\">");
                Inlines(b, p.Content);
                b.Append("</p>\n");
                break;
            case ListBlock list:
                List(b, list);
                break;
            case HorizontalRule:
                b.Append("<hr>\n");
                break;
            case Preformatted pre:
                b.Append("<pre>");
                HtmlEscaper.Append(b, pre.Text);
                b.Append("</pre>\n");
                break;
            case Quotation quote:
                b.Append("<blockquote>");
                foreach (var child in quote.Content) Block(b, child);
                b.Append("</blockquote>\n");
                break;
            case FigureBlock figure:
                Figure(b, figure.Figure);
                break;
            case GalleryBlock gallery:
                b.Append("<div class=\"gallery\">");
                foreach (var figure in gallery.Figures) Figure(b, figure);
                b.Append("</div>\n");
                break;
            case Hatnote hatnote:
                Hatnote(b, hatnote);
                break;
            case ReferenceListBlock list:
                ReferenceList(b, list);
                break;
            case ColumnsBlock columns:
                foreach (var child in columns.Columns.SelectMany(c => c)) Block(b, child);
                break;
            case TableBlock table:
                Table(b, table);
                break;
            case UnknownBlock unknown:
                b.Append("<div class=\"unknown-template\" title=\"").Append(HtmlEscaper.Escape("Template:" + unknown.Name)).Append("\">");
                Inlines(b, unknown.Content);
                b.Append("</div>\n");
                break;
        }
    }

    private void List(StringBuilder b, ListBlock list)
    {
        var (outer, inner) = list.Kind switch
        {
            ListKind.Numbered => ("ol", "li"),
            ListKind.Definition => ("dl", "dd"),
            _ => ("ul", "li"),
        };
        b.Append('<').Append(outer);
        if (list.Anchor.Length > 0) b.Append(" id=\"").Append(list.Anchor).Append('"');
        b.Append(">\n");
        foreach (var item in list.Items)
        {
            var tag = list.Kind == ListKind.Definition && item.IsTerm ? "dt" : inner;
            b.Append('<').Append(tag).Append('>');
            Inlines(b, item.Content);
            foreach (var child in item.Children) Block(b, child);
            b.Append("</").Append(tag).Append(">\n");
        }
        b.Append("</").Append(outer).Append(">\n");
    }

    private void Figure(StringBuilder b, Figure figure)
    {
        var align = figure.Alignment switch
        {
            FigureAlignment.Left => " figure-left",
            FigureAlignment.Center or FigureAlignment.None => " figure-center",
            _ => "",
        };
        b.Append("<figure id=\"").Append(figure.Anchor).Append("\" class=\"figure").Append(align).Append("\">");
        var alt = figure.Alt ?? InlineText.Flatten(figure.Caption);
        if (figure.File.IsVideo)
        {
            b.Append("<video controls preload=\"none\" src=\"").Append(HtmlEscaper.Escape(figure.File.ImageUrl(640)))
                .Append("\" aria-label=\"").Append(HtmlEscaper.Escape(alt)).Append("\"></video>");
        }
        else
        {
            b.Append("<a href=\"").Append(HtmlEscaper.Escape(figure.File.DescriptionUrl)).Append("\" class=\"figure-link\">")
                .Append("<img src=\"").Append(HtmlEscaper.Escape(figure.File.ImageUrl(400))).Append("\" srcset=\"")
                .Append(HtmlEscaper.Escape(figure.File.ImageUrl(800))).Append(" 2x\" alt=\"").Append(HtmlEscaper.Escape(alt))
                .Append("\" loading=\"lazy\" decoding=\"async\" width=\"400\"></a>");
        }
        if (figure.Caption.Count > 0)
        {
            b.Append("<figcaption>");
            Inlines(b, figure.Caption);
            b.Append("</figcaption>");
        }
        b.Append("</figure>\n");
    }

    private void Hatnote(StringBuilder b, Hatnote hatnote)
    {
        b.Append("<div class=\"hatnote\" role=\"note\">");
        switch (hatnote.Kind)
        {
            case HatnoteKind.About:
                if (hatnote.Content.Count > 0) b.Append(Scope.Text.Format("hatnote.about", Render(hatnote.Content)));
                foreach (var target in hatnote.Targets)
                {
                    var link = target.Title.Length > 0 ? WikiLink(target.Title, null, HtmlEscaper.Escape(target.Display)) : "";
                    b.Append(Scope.Text.Format("hatnote.other", Render(target.Description), link));
                }
                break;
            default:
                var key = hatnote.Kind switch
                {
                    HatnoteKind.Main => "hatnote.main",
                    HatnoteKind.Further => "hatnote.further",
                    _ => "hatnote.see_also",
                };
                var links = hatnote.Targets.Select(t => WikiLink(t.Title, null, HtmlEscaper.Escape(t.Display)));
                b.Append(Scope.Text.Format(key, string.Join(Scope.Text["list.separator"], links)));
                break;
        }
        b.Append("</div>\n");
    }

    private void ReferenceList(StringBuilder b, ReferenceListBlock list)
    {
        var group = referenceGroups.FirstOrDefault(g => g.Group == list.Group);
        if (group is null || group.References.Count == 0) return;
        var css = list.Group == "note" ? "references notes" : "references";
        if (list.Columns > 1 || group.References.Count > 10) css += " references-columns";
        b.Append("<ol class=\"").Append(css).Append("\">\n");
        foreach (var reference in group.References)
        {
            b.Append("<li id=\"").Append(HtmlEscaper.Escape(reference.NoteId)).Append("\" value=\"").Append(reference.Number).Append("\">");
            b.Append("<span class=\"backlinks\">");
            if (reference.Uses.Count == 1)
            {
                b.Append("<a href=\"#").Append(HtmlEscaper.Escape(reference.Uses[0].BacklinkId)).Append("\" aria-label=\"")
                    .Append(HtmlEscaper.Escape(Scope.Text["references.back"])).Append("\">↑</a>");
            }
            else
            {
                b.Append("↑");
                for (var i = 0; i < reference.Uses.Count; i++)
                {
                    b.Append(" <a href=\"#").Append(HtmlEscaper.Escape(reference.Uses[i].BacklinkId)).Append("\">")
                        .Append(Site.Model.Citations.CiteRegistry.Alpha(i + 1)).Append("</a>");
                }
            }
            b.Append("</span> <span class=\"reference-text\">");
            Inlines(b, reference.Content);
            b.Append("</span>");
            if (Scope.SourceAnchor(reference) is { } anchor)
            {
                b.Append(" <a class=\"to-index\" href=\"").Append(HtmlEscaper.Escape(Scope.Urls.Link(Scope.Page, UrlBuilder.Citations(Scope.Edition, anchor.Page), anchor.Id)))
                    .Append("\">").Append(HtmlEscaper.Escape(Scope.Text["references.in_index"])).Append("</a>");
            }
            b.Append("</li>\n");
        }
        b.Append("</ol>\n");
    }

    private void Table(StringBuilder b, TableBlock table)
    {
        b.Append("<div class=\"table-wrap\"><table class=\"wikitable\">");
        if (table.Caption is not null)
        {
            b.Append("<caption>");
            Inlines(b, table.Caption);
            b.Append("</caption>");
        }
        foreach (var row in table.Rows)
        {
            b.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                var tag = cell.IsHeader ? "th" : "td";
                b.Append('<').Append(tag);
                if (cell.ColumnSpan > 1) b.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                if (cell.RowSpan > 1) b.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                b.Append('>');
                if (cell.Content is [Paragraph only]) Inlines(b, only.Content);
                else foreach (var child in cell.Content) Block(b, child);
                b.Append("</").Append(tag).Append('>');
            }
            b.Append("</tr>\n");
        }
        b.Append("</table></div>\n");
    }

    private void Inlines(StringBuilder b, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines) Inline(b, inline);
    }

    private void Inline(StringBuilder b, Inline inline)
    {
        switch (inline)
        {
            case TextInline t:
                HtmlEscaper.Append(b, t.Text);
                break;
            case VerbatimInline v:
                if (v.IsCode) b.Append("<code>");
                HtmlEscaper.Append(b, v.Text);
                if (v.IsCode) b.Append("</code>");
                break;
            case StyledInline s:
                Styled(b, s);
                break;
            case WikiLinkInline or InterlanguageLinkInline or ExternalLinkInline when _linkDepth > 0:
                // A link in a link's text ([https://x [[y]]]) keeps its text; the outer link is the one that works.
                Inlines(b, inline switch
                {
                    WikiLinkInline wiki => wiki.Children,
                    InterlanguageLinkInline ill => ill.Children,
                    ExternalLinkInline { IsNumbered: false } external => external.Children,
                    _ => [],
                });
                break;
            case ReferenceMarkerInline or CitationInline or WebArchiveInline when _linkDepth > 0:
                (_deferred ??= []).Add(inline);
                break;
            case WikiLinkInline link:
                WikiLink(b, link.Target, link.Fragment, LinkText(link.Children));
                WriteDeferred(b);
                break;
            case ExternalLinkInline external:
                External(b, external);
                WriteDeferred(b);
                break;
            case InterlanguageLinkInline ill:
                WikiLink(b, ill.Target, null, LinkText(ill.Children));
                WriteDeferred(b);
                b.Append("<span class=\"ill\">（<a href=\"").Append(HtmlEscaper.Escape(UrlBuilder.ForeignWikipedia(ill.Language, ill.ForeignTitle)))
                    .Append("\" hreflang=\"").Append(HtmlEscaper.Escape(ill.Language)).Append("\" lang=\"").Append(HtmlEscaper.Escape(ill.Language))
                    .Append("\" title=\"").Append(HtmlEscaper.Escape(ill.ForeignTitle)).Append("\">")
                    .Append(HtmlEscaper.Escape(Scope.Text["languages." + ill.Language])).Append("</a>）</span>");
                break;
            case LanguageInline language:
                b.Append("<span lang=\"").Append(HtmlEscaper.Escape(language.Language)).Append("\">");
                Inlines(b, language.Children);
                b.Append("</span>");
                break;
            case LineBreakInline:
                b.Append("<br>");
                break;
            case ReferenceMarkerInline marker:
                Marker(b, marker.Use);
                break;
            case ConversionInline conversion:
                Inlines(b, conversion.Body);
                break;
            case MathInline math:
                b.Append("<code class=\"math\">");
                HtmlEscaper.Append(b, math.TeX);
                b.Append("</code>");
                break;
            case UnknownTemplateInline unknown:
                b.Append("<span class=\"unknown-template\" title=\"").Append(HtmlEscaper.Escape("Template:" + unknown.Name)).Append("\">{{");
                HtmlEscaper.Append(b, unknown.Name);
                Inlines(b, unknown.Arguments);
                b.Append("}}</span>");
                break;
            case ImageInline image:
                b.Append("<img class=\"inline-image\" src=\"").Append(HtmlEscaper.Escape(image.File.ImageUrl(image.Width ?? 40)))
                    .Append("\" alt=\"").Append(HtmlEscaper.Escape(image.Alt ?? "")).Append("\" loading=\"lazy\"");
                if (image.Width is { } width) b.Append(" width=\"").Append(width).Append('"');
                b.Append('>');
                break;
            case CitationInline citation:
                b.Append(_citations.Format(citation.Citation));
                break;
            case WebArchiveInline archive when UrlPolicy.IsSafe(archive.Url):
                b.Append(" <span class=\"archive\">（<a class=\"external\" rel=\"nofollow noopener\" href=\"").Append(HtmlEscaper.Escape(archive.Url)).Append("\">")
                    .Append(HtmlEscaper.Escape(Scope.Text["citation.archived"])).Append("</a>");
                if (archive.Date is not null) b.Append(' ').Append(HtmlEscaper.Escape(archive.Date.Iso ?? archive.Date.Text));
                b.Append("）</span>");
                break;
            case LanguageIconInline icon:
                b.Append("<span class=\"lang-icon\">（").Append(HtmlEscaper.Escape(Scope.Text["languages." + icon.Language])).Append("）</span>");
                break;
        }
    }

    private void Styled(StringBuilder b, StyledInline styled)
    {
        var tag = Tags[styled.Style];
        b.Append('<').Append(tag);
        if (styled.Style == InlineStyle.Big) b.Append(" class=\"big\"");
        foreach (var (name, value) in styled.Attributes ?? [])
        {
            if (name is not ("title" or "lang" or "dir")) continue;
            b.Append(' ').Append(name).Append("=\"").Append(HtmlEscaper.Escape(value)).Append('"');
        }
        b.Append('>');
        Inlines(b, styled.Children);
        b.Append("</").Append(tag).Append('>');
    }

    private void External(StringBuilder b, ExternalLinkInline external)
    {
        if (!UrlPolicy.IsSafe(external.Url))
        {
            Inlines(b, external.Children);
            return;
        }
        var url = external.Url.StartsWith("//", StringComparison.Ordinal) ? "https:" + external.Url : external.Url;
        b.Append("<a class=\"external\" rel=\"nofollow noopener\" href=\"").Append(HtmlEscaper.Escape(url)).Append("\">");
        if (external.IsNumbered) b.Append("[↗]");
        else b.Append(LinkText(external.Children));
        b.Append("</a>");
    }

    /// <summary>A link's text: its inlines written as inside a link.</summary>
    private string LinkText(IEnumerable<Inline> children)
    {
        _linkDepth++;
        try
        {
            return Render(children);
        }
        finally
        {
            _linkDepth--;
        }
    }

    /// <summary>Writes what the outermost link's text held back, once that link is closed.</summary>
    private void WriteDeferred(StringBuilder b)
    {
        if (_linkDepth > 0 || _deferred is not { Count: > 0 } deferred) return;
        _deferred = null;
        Inlines(b, deferred);
    }

    private void Marker(StringBuilder b, ReferenceUse use)
    {
        var css = use.Group == "note" ? "reference note-ref" : "reference";
        var preview = Preview(use);
        var tip = "tip-" + use.BacklinkId;
        b.Append("<sup id=\"").Append(HtmlEscaper.Escape(use.BacklinkId)).Append("\" class=\"").Append(css).Append("\"><a href=\"#")
            .Append(HtmlEscaper.Escape(use.NoteId)).Append('"');
        if (preview.Length > 0) b.Append(" aria-describedby=\"").Append(HtmlEscaper.Escape(tip)).Append('"');
        b.Append(">[").Append(HtmlEscaper.Escape(use.Label)).Append("]</a>");
        if (use.Pages is not null)
        {
            b.Append("<span class=\"ref-pages\">:").Append(HtmlEscaper.Escape(use.Pages)).Append("</span>");
        }
        if (preview.Length > 0)
        {
            // Shown on hover and keyboard focus by CSS alone; screen readers get it as the link's description.
            b.Append("<span class=\"ref-preview\" role=\"tooltip\" id=\"").Append(HtmlEscaper.Escape(tip)).Append("\">")
                .Append(HtmlEscaper.Escape(preview)).Append("</span>");
        }
        b.Append("</sup>");
    }

    /// <summary>The text of a reference for its marker's preview: its citations in short form, or its own text.</summary>
    private string Preview(ReferenceUse use)
    {
        var reference = referenceGroups.FirstOrDefault(g => g.Group == use.Group)?.References.FirstOrDefault(r => r.NoteId == use.NoteId);
        if (reference is null) return "";
        var text = reference.Citations.Count > 0 && reference.Content.Any(i => i is CitationInline)
            ? string.Join("；", reference.Citations.Select(Short))
            : InlineText.Flatten(reference.Content);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (use.Pages is not null) text += " " + Scope.Text.Format("citation.pages", use.Pages);
        return text.Length > 240 ? text[..240] + "…" : text;
    }

    private static string Short(Citation citation)
    {
        var parts = new List<string>();
        if (citation.Authors.Count > 0) parts.Add(string.Join("、", citation.Authors.Select(a => a.DisplayName)));
        if (citation.Title is not null) parts.Add(citation.Kind == CitationKind.Book && !citation.Title.StartsWith('《') ? "《" + citation.Title + "》" : citation.Title);
        if ((citation.Work ?? citation.Publisher) is { } where) parts.Add(where);
        if (citation.Date is not null) parts.Add(citation.Date.Iso ?? citation.Date.Text);
        return string.Join(". ", parts);
    }

    private string WikiLink(string target, string? fragment, string innerHtml)
    {
        var b = Rent();
        WikiLink(b, target, fragment, innerHtml);
        return Release(b);
    }

    private void WikiLink(StringBuilder b, string target, string? fragment, string innerHtml)
    {
        string href;
        var css = "wiki";
        if (Scope.LocalArticles.TryGetValue(target, out var page))
        {
            href = Scope.Urls.Link(Scope.Page, page, fragment);
            css = "local";
        }
        else if (target.Length == 0 && fragment is not null)
        {
            href = "#" + Uri.EscapeDataString(fragment.Replace(' ', '_'));
            css = "local";
        }
        else
        {
            href = UrlBuilder.Wikipedia(Scope.Variant, target, fragment);
        }
        b.Append("<a class=\"").Append(css).Append("\" href=\"");
        HtmlEscaper.Append(b, href);
        b.Append("\" title=\"");
        HtmlEscaper.Append(b, target);
        b.Append("\">").Append(innerHtml).Append("</a>");
    }
}
