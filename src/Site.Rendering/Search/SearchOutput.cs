using Site.Conversion.Articles;
using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Templating;

namespace Site.Rendering.Search;

/// <summary>
/// The search files of the site (<see cref="SearchIndexJson"/>): per edition a manifest and document chunks under
/// <c>{edition}/search/</c> and the search page <c>{edition}/search/index.html</c>; the gram shards the editions share
/// under <c>search/grams/</c>. An article's documents are prepared on the thread that rendered it (all editions at
/// once, so each can carry the others' wording and their grams are counted once) and handed to the writers in
/// article order through a small reorder buffer; the sources, events and pages follow once the site-wide pages are
/// rendered. The header's search box is in the layout.
/// </summary>
internal sealed class SearchOutput
{
    private readonly SiteInput _input;
    private readonly PageFrames _frames;
    private readonly TemplateEngine _templates;
    private readonly UrlBuilder _urls;
    private readonly SiteWriter _writer;
    private readonly SearchChunkWriter[] _chunks;
    private readonly SearchPostingsWriter _postings;
    /// <summary>Prepared articles that finished before an earlier one, by article number.</summary>
    private readonly Dictionary<int, PreparedBatch> _waiting = [];
    private readonly Lock _order = new();
    private int _nextArticle;
    /// <summary>Per edition, the sources and events, added by that edition's own task in page order.</summary>
    private readonly List<SearchDocument>[] _rest;

    public SearchOutput(SiteInput input, PageFrames frames, TemplateEngine templates, UrlBuilder urls, SiteWriter writer)
    {
        (_input, _frames, _templates, _urls, _writer) = (input, frames, templates, urls, writer);
        _chunks = input.Editions.Select(edition => new SearchChunkWriter(edition.Config.Code, edition.Config.Lang)).ToArray();
        _postings = new SearchPostingsWriter(writer.Scratch("search"), (file, bytes) => writer.Write(new OutputFile(new PagePath(SharedGrams + file), bytes)));
        _rest = input.Editions.Select(_ => new List<SearchDocument>()).ToArray();
    }

    /// <summary>The shared shards' folder, from the site root and from an edition's manifest (<c>{edition}/search/index.json</c>).</summary>
    private const string SharedGrams = "search/grams/";

    private const string SharedGramsFromManifest = "../../" + SharedGrams;

    private OutputFile File(int edition, string path, byte[] bytes) => new(new PagePath(_input.Editions[edition].Config.Code + "/search/" + path), bytes);

    private List<OutputFile> TakeFullChunks() => [.. _chunks.SelectMany((writer, e) => writer.TakeFullChunks().Select(c => File(e, c.Path, c.Bytes)))];

    /// <summary>An article's documents in every edition (in the order of <see cref="SiteInput.Editions"/>); any thread, any order of articles.</summary>
    public void AddArticle(int index, IReadOnlyList<(ConvertedArticle Converted, PagePath Page)> editions)
    {
        var documents = editions.Select((e, i) =>
            (IReadOnlyList<SearchDocument>)SearchDocuments.Article(e.Converted.Article, e.Page, _urls, UrlBuilder.SearchIndex(_input.Editions[i].Config.Code)).ToList()).ToList();
        var prepared = SearchIndexBuilder.Prepare(documents);
        List<OutputFile> chunks;
        lock (_order)
        {
            _waiting.Add(index, prepared);
            while (_waiting.Remove(_nextArticle, out var next))
            {
                Add(next);
                _nextArticle++;
            }
            chunks = TakeFullChunks();
        }
        foreach (var chunk in chunks) _writer.Write(chunk);
    }

    private void Add(PreparedBatch batch)
    {
        for (var e = 0; e < _chunks.Length; e++)
        {
            foreach (var json in batch.Documents[e]) _chunks[e].Add(json);
        }
        foreach (var grams in batch.Grams) _postings.Add(grams);
    }

    public void AddSources(EditionInput edition, CitationsPageModel page) =>
        Rest(edition).AddRange(SearchDocuments.Sources(edition, page, _urls, UrlBuilder.SearchIndex(edition.Config.Code)));

    public void AddEvents(EditionInput edition, TimelinePageModel page) =>
        Rest(edition).AddRange(SearchDocuments.Events(edition, page, _urls, UrlBuilder.SearchIndex(edition.Config.Code)));

    /// <summary>Documents of the site-wide rest prepared together; editions list them in the same order, so a slice of each matches.</summary>
    private const int RestSlice = 256;

    private static List<SearchDocument> Slice(List<SearchDocument> documents, int slice) =>
        documents.GetRange(Math.Min(documents.Count, slice * RestSlice), Math.Clamp(documents.Count - slice * RestSlice, 0, RestSlice));

    private List<SearchDocument> Rest(EditionInput edition)
    {
        for (var e = 0; e < _rest.Length; e++) if (ReferenceEquals(_input.Editions[e], edition)) return _rest[e];
        throw new ArgumentException("Not an edition of this site: " + edition.Config.Code, nameof(edition));
    }

    /// <summary>After every article and site-wide page: the sources, events and Markdown pages, then the index files and search pages.</summary>
    public async Task WriteAsync()
    {
        if (_nextArticle != _input.Articles.Count) throw new InvalidOperationException($"Search: {_input.Articles.Count - _nextArticle} articles were never added.");
        var rest = _input.Editions.Select((edition, e) => _rest[e]
            .Concat(SearchDocuments.Pages(edition, _input, _urls, UrlBuilder.SearchIndex(edition.Config.Code))).ToList()).ToList();
        // Thousands of timeline events on a large site: prepared in slices on all cores, added in order.
        var slices = (rest.Max(r => r.Count) + RestSlice - 1) / RestSlice;
        var prepared = Enumerable.Range(0, slices).AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(s => SearchIndexBuilder.Prepare(rest.Select(r => (IReadOnlyList<SearchDocument>)Slice(r, s)).ToList()));
        foreach (var slice in prepared)
        {
            Add(slice);
            foreach (var chunk in TakeFullChunks()) _writer.Write(chunk);
        }
        _postings.Finish();
        for (var e = 0; e < _chunks.Length; e++)
        {
            foreach (var (path, bytes) in _chunks[e].Finish(_postings, SharedGramsFromManifest)) _writer.Write(File(e, path, bytes));
        }
        foreach (var edition in _input.Editions)
        {
            var code = edition.Config.Code;
            var path = UrlBuilder.Search(code);
            var shared = _frames.For(edition, path, "search", UrlBuilder.Search);
            var model = new SearchPageModel
            {
                Title = edition.Text["search.title"] + " - " + shared.SiteTitle,
                Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
            };
            _writer.Write(new OutputFile(path, await _templates.RenderAsync("search", model), code));
        }
    }
}
