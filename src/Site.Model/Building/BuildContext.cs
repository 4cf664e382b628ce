using Site.Model.Citations;
using Site.Model.Templates;
using Site.Wikitext;
using Site.Wikitext.Diagnostics;
using Site.Wikitext.Parsing;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>What the builders share while turning one document into an article.</summary>
public sealed class BuildContext
{
    private int _paragraphs;
    private int _figures;

    internal BuildContext(WikiDocument document, TemplateRegistry templates, ParserOptions parserOptions)
    {
        Document = document;
        Templates = templates;
        ParserOptions = parserOptions;
        Cite = new CiteRegistry((d, span, args) => Report(d, span, args));
        Inlines = new InlineBuilder(this);
        Blocks = new BlockBuilder(this);
        Place = new UsePlace("", "", "");
    }

    public WikiDocument Document { get; }

    public SourceText Source => Document.Source;

    public ParserOptions ParserOptions { get; }

    public TemplateRegistry Templates { get; }

    public CiteRegistry Cite { get; }

    public InlineBuilder Inlines { get; }

    public BlockBuilder Blocks { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<Category> Categories { get; } = [];

    public List<RelatedTopic> RelatedTopics { get; } = [];

    public List<ConversionRuleSource> ConversionRules { get; } = [];

    public List<Hatnote> LeadHatnotes { get; } = [];

    public Infobox? Infobox { get; set; }

    /// <summary>The paragraph and section being built, for back-links from references.</summary>
    public UsePlace Place { get; private set; }

    public string SectionAnchor { get; private set; } = "";

    public string SectionTitle { get; private set; } = "";

    public void EnterSection(string anchor, string title)
    {
        SectionAnchor = anchor;
        SectionTitle = title;
        Place = new UsePlace(Place.ParagraphAnchor, anchor, title);
    }

    /// <summary>Starts a new anchored block (paragraph, list, figure) and makes it the current place.</summary>
    public string NextParagraphAnchor()
    {
        var anchor = "p" + (++_paragraphs).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Place = new UsePlace(anchor, SectionAnchor, SectionTitle);
        return anchor;
    }

    public string NextFigureAnchor() => "figure-" + (++_figures).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="action"/> with <paramref name="anchor"/> as the current place.</summary>
    public T At<T>(string anchor, Func<T> action)
    {
        var saved = Place;
        Place = new UsePlace(anchor, SectionAnchor, SectionTitle);
        try
        {
            return action();
        }
        finally
        {
            Place = saved;
        }
    }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        Diagnostics.Add(descriptor.Create(span, Source.Path, args));
}
