using Site.Model;

namespace Site.Conversion.Articles;

/// <summary>
/// Copies an article, converting what readers see and leaving targets, URLs and verbatim text alone. Paragraphs,
/// inlines and lists an edition leaves unchanged are shared with the source article, not copied.
/// </summary>
internal sealed class ArticleTextWalker(EditionConverter converter, ZhVariant variant)
{
    public Article Convert(Article article) => article with
    {
        Hatnotes = article.Hatnotes.Select(Hatnote).ToList(),
        Infobox = article.Infobox is null ? null : Infobox(article.Infobox),
        Lead = Blocks(article.Lead),
        Sections = article.Sections.Select(Section).ToList(),
        ReferenceGroups = article.ReferenceGroups.Select(g => g with { References = g.References.Select(Reference).ToList() }).ToList(),
        Categories = article.Categories.Select(c => c with { Display = Text(c.Display) }).ToList(),
        RelatedTopics = article.RelatedTopics.Select(t => t with { Display = Text(t.Display) }).ToList(),
    };

    private string Text(string text) => converter.Convert(text);

    private string? OptionalText(string? text) => text is null ? null : converter.Convert(text);

    private Section Section(Section section) => section with
    {
        Heading = Inlines(section.Heading),
        Content = Blocks(section.Content),
        Subsections = section.Subsections.Select(Section).ToList(),
    };

    private Hatnote Hatnote(Hatnote hatnote) => hatnote with
    {
        Content = Inlines(hatnote.Content),
        Targets = hatnote.Targets.Select(t => t with { Description = Inlines(t.Description), Display = Text(t.Display) }).ToList(),
    };

    private Infobox Infobox(Infobox infobox) => infobox with
    {
        Title = Inlines(infobox.Title),
        Rows = infobox.Rows.Select(r => r with { Label = Inlines(r.Label), Value = Inlines(r.Value) }).ToList(),
        Countries = infobox.Countries.Select(c => c with { LocalName = Text(c.LocalName) }).ToList(),
    };

    private Reference Reference(Reference reference) => reference with
    {
        Content = Inlines(reference.Content),
        Citations = reference.Citations.Select(Citation).ToList(),
        Uses = reference.Uses.Select(Use).ToList(),
    };

    private ReferenceUse Use(ReferenceUse use) => use with { SectionTitle = Text(use.SectionTitle) };

    private Citation Citation(Citation citation) => citation with
    {
        Title = OptionalText(citation.Title),
        Work = OptionalText(citation.Work),
        Publisher = OptionalText(citation.Publisher),
        Location = OptionalText(citation.Location),
        Quote = OptionalText(citation.Quote),
        Chapter = OptionalText(citation.Chapter),
        Authors = citation.Authors.Select(a => a with { DisplayName = Text(a.DisplayName) }).ToList(),
    };

    private IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => Map(blocks, Block);

    private Block Block(Block block) => block switch
    {
        Paragraph p => Inlines(p.Content) is var content && ReferenceEquals(content, p.Content) ? p : p with { Content = content },
        ListBlock l => l with { Items = l.Items.Select(i => i with { Content = Inlines(i.Content), Children = Blocks(i.Children) }).ToList() },
        Quotation q => q with { Content = Blocks(q.Content) },
        FigureBlock f => f with { Figure = Figure(f.Figure) },
        GalleryBlock g => g with { Figures = g.Figures.Select(Figure).ToList() },
        Hatnote h => Hatnote(h),
        ColumnsBlock c => c with { Columns = c.Columns.Select(Blocks).ToList() },
        TableBlock t => t with
        {
            Caption = t.Caption is null ? null : Inlines(t.Caption),
            Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Content = Blocks(c.Content) }).ToList() }).ToList(),
        },
        UnknownBlock u => u with { Content = Inlines(u.Content) },
        _ => block,
    };

    private Figure Figure(Figure figure) => figure with { Caption = Inlines(figure.Caption), Alt = OptionalText(figure.Alt) };

    private IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => Map(inlines, Inline);

    /// <summary>The items mapped, or the list itself when every item maps to itself.</summary>
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> map) where T : class
    {
        T[]? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var mapped = map(items[i]);
            if (copy is null)
            {
                if (ReferenceEquals(mapped, items[i])) continue;
                copy = new T[items.Count];
                for (var j = 0; j < i; j++) copy[j] = items[j];
            }
            copy[i] = mapped;
        }
        return copy ?? items;
    }

    private Inline Inline(Inline inline) => inline switch
    {
        TextInline t => Text(t.Text) is var text && ReferenceEquals(text, t.Text) ? t : new TextInline(text),
        StyledInline { Style: InlineStyle.Code or InlineStyle.Keyboard or InlineStyle.Variable } code => code with { Children = Verbatim(code.Children) },
        StyledInline { Attributes: null } s => Inlines(s.Children) is var children && ReferenceEquals(children, s.Children) ? s : s with { Children = children },
        StyledInline s => s with { Children = Inlines(s.Children), Attributes = Attributes(s.Attributes) },
        WikiLinkInline l => Inlines(l.Children) is var children && ReferenceEquals(children, l.Children) ? l : l with { Children = children },
        ExternalLinkInline e => Inlines(e.Children) is var children && ReferenceEquals(children, e.Children) ? e : e with { Children = children },
        InterlanguageLinkInline i => i with { Children = Inlines(i.Children) },
        LanguageInline l when IsChinese(l.Language) => l with { Children = Inlines(l.Children) },
        ConversionInline c => Conversion(c),
        CitationInline c => new CitationInline(Citation(c.Citation)),
        UnknownTemplateInline u => u with { Arguments = Inlines(u.Arguments) },
        ImageInline i => i with { Alt = OptionalText(i.Alt) },
        _ => inline,
    };

    /// <summary>Only <c>title</c> and <c>alt</c> attributes are converted, and not when they hold a URL (MediaWiki).</summary>
    private IReadOnlyList<KeyValuePair<string, string>>? Attributes(IReadOnlyList<KeyValuePair<string, string>>? attributes) =>
        attributes?.Select(a => a.Key is "title" or "alt" && !a.Value.Contains("://", StringComparison.Ordinal)
            ? new KeyValuePair<string, string>(a.Key, Text(a.Value))
            : a).ToList();

    /// <summary>
    /// <c>-{…}-</c>: raw blocks keep their content as written (marked verbatim); rule blocks show the
    /// text chosen for this variant; H/T/- blocks show nothing (their rules were applied page-wide).
    /// </summary>
    private Inline Conversion(ConversionInline conversion)
    {
        var flags = conversion.Flags;
        var hasRules = conversion.RuleText.Contains(':');
        if (flags is null && !hasRules || flags is not null && flags.Trim().Equals("R", StringComparison.OrdinalIgnoreCase))
        {
            return new StyledInline(InlineStyle.Span, Verbatim(conversion.Body));
        }
        var text = flags is null ? conversion.RuleText : flags + "|" + conversion.RuleText;
        var result = LanguageConversionBlock.Evaluate(text, variant, (t, v) => v == variant ? converter.Convert(t) : t);
        return new VerbatimInline(result.Display);
    }

    private static List<Inline> Verbatim(IReadOnlyList<Inline> inlines) => inlines.Select(i => i switch
    {
        TextInline t => new VerbatimInline(t.Text),
        StyledInline s => s with { Children = Verbatim(s.Children) },
        WikiLinkInline l => l with { Children = Verbatim(l.Children) },
        ExternalLinkInline e => e with { Children = Verbatim(e.Children) },
        _ => i,
    }).ToList();

    private static bool IsChinese(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || language is "lzh" or "yue" or "wuu" or "gan";
}
