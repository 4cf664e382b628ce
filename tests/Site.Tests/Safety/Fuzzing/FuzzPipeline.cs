using Site.Conversion.Articles;
using Site.Conversion;
using Site.Model;
using Site.Model.Building;
using Site.Rendering.Html;
using Site.Rendering.Html.Safety;
using Site.Rendering.Pages;
using Site.Wikitext.Parsing;

namespace Site.Fuzzing;

/// <summary>
/// One input through the stages: parse (the tree must print back the input), the model, both editions' conversion
/// and the content HTML (through the sanitiser), as the site build runs them.
/// </summary>
public sealed class FuzzPipeline
{
    private static readonly ZhVariant[] Variants = [ZhVariant.ZhCN, ZhVariant.ZhTW];

    private readonly ArticleBuilder _builder = ArticleBuilder.CreateDefault();
    private readonly ArticleConverter _converter;
    private readonly I18n _text;

    public FuzzPipeline(string repositoryRoot)
    {
        var data = new ConversionDataLoader(Path.Combine(repositoryRoot, "content", "conversion"));
        _converter = new ArticleConverter(data.LoadGroups(), data.LoadOverrides());
        _text = I18n.Load(Path.Combine(repositoryRoot, "templates", "i18n", "zh-hans.yml"));
    }

    /// <summary>True when the tree prints back the input exactly.</summary>
    public static bool RoundTrips(string input) => WikitextParser.Parse(input, "fuzz.wikitext").ToWikitext() == input;

    /// <summary>
    /// Model, both editions and their HTML; returns the number of HTML characters written (so nothing is optimised away).
    /// Throws where the sanitiser's shortcut passes HTML from which HtmlSanitizer's full pass would remove something,
    /// where a link opens inside another link, or where the editions' search documents do not align.
    /// </summary>
    public long Full(string input)
    {
        var fragments = Render(input, search: true);
        foreach (var html in fragments)
        {
            if (ContentSanitizer.Default.IsClean(html) && ContentSanitizer.Default.SanitizeFully(html) != ContentSanitizer.Default.Reserialize(html))
            {
                throw new InvalidOperationException("sanitiser shortcut passed HTML from which the full sanitiser removes something: " + html);
            }
            if (LinkInLink(html) is { } at)
            {
                throw new InvalidOperationException("a link inside a link (the browser would split it): " + html[Math.Max(0, at - 200)..Math.Min(html.Length, at + 200)]);
            }
        }
        return fragments.Sum(h => (long)h.Length);
    }

    /// <summary>Where renderer output (canonical markup) opens a link inside another link, or null.</summary>
    public static int? LinkInLink(string html)
    {
        var depth = 0;
        for (var at = html.IndexOf('<'); at >= 0; at = html.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(html, at, "</a>", 0, 4) == 0) depth--;
            else if (string.CompareOrdinal(html, at, "<a ", 0, 3) == 0 || string.CompareOrdinal(html, at, "<a>", 0, 3) == 0)
            {
                if (++depth > 1) return at;
            }
        }
        return null;
    }

    /// <summary>Model, both editions and every content HTML string the article page asks the renderer for.</summary>
    public List<string> Fragments(string input) => Render(input, search: false);

    /// <param name="search">Also prepare the article's search documents, which needs the editions' documents aligned.</param>
    private List<string> Render(string input, bool search)
    {
        var article = _builder.Build(new ArticleSource("fuzz", "模糊测试", "fuzz.wikitext", input));
        var written = new List<string>();
        var searched = new List<IReadOnlyList<Site.Rendering.Search.SearchDocument>>();
        foreach (var variant in Variants)
        {
            var converted = _converter.Convert(article, variant).Article;
            var page = new PagePath("zh-hans/fuzz/index.html");
            if (search) searched.Add([.. Site.Rendering.Search.SearchDocuments.Article(converted, page, new UrlBuilder("/", null), UrlBuilder.SearchIndex("zh-hans"))]);
            var local = new Dictionary<string, PagePath>(StringComparer.Ordinal) { ["韩美关系"] = UrlBuilder.Home("zh-hans") };
            var scope = new RenderScope(page, "zh-hans", variant.Code(), new UrlBuilder("/", null), _text, local, _ => new SourceLink(1, "src-1"));
            var html = new ContentRenderer(scope, converted.ReferenceGroups);
            written.Add(html.Blocks(converted.Hatnotes));
            written.Add(html.Blocks(converted.Lead));
            if (converted.Infobox is { } box)
            {
                written.Add(html.Inlines(box.Title));
                foreach (var row in box.Rows)
                {
                    written.Add(html.Inlines(row.Label));
                    written.Add(html.Inlines(row.Value));
                }
            }
            Sections(html, converted.Sections, written);
            written.Add(html.Blocks(converted.ReferenceGroups.Select(g => new ReferenceListBlock(g.Group, 1))));
            written.Add(html.Text(converted.Lead.OfType<Paragraph>().SelectMany(p => p.Content)));
        }
        // The search index shares one set of postings between the editions: it needs their documents aligned.
        if (search) Site.Rendering.Search.SearchIndexBuilder.Prepare(searched);
        return written;
    }

    private static void Sections(ContentRenderer html, IReadOnlyList<Section> sections, List<string> written)
    {
        foreach (var section in sections)
        {
            written.Add(html.Inlines(section.Heading));
            written.Add(html.Blocks(section.Content));
            Sections(html, section.Subsections, written);
        }
    }
}
