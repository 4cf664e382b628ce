namespace Site.Model.CitationIndex;

/// <summary>
/// Every distinct source cited by a set of articles, sorted (see <see cref="CitationIndexBuilder.Order"/>), with summary figures.
/// Build it with <see cref="CitationIndexBuilder.Build"/>.
/// </summary>
public sealed record CitationIndex(IReadOnlyList<Source> Sources, IReadOnlyList<IndexedArticle> Articles, CitationSummary Summary)
{
    /// <summary>The source with this <see cref="Source.Id"/>, or null.</summary>
    public Source? Find(string id) => Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The sources that cite <paramref name="slug"/>'s article, each keeping only that article's citations and pages.</summary>
    /// <remarks>Ids stay those of the whole index, so links from an article page to the site-wide index agree.</remarks>
    public CitationIndex ForArticle(string slug)
    {
        var sources = new List<Source>();
        foreach (var source in Sources)
        {
            var citations = source.Citations.Where(c => string.Equals(c.ArticleSlug, slug, StringComparison.Ordinal)).ToList();
            if (citations.Count == 0) continue;
            sources.Add(source with
            {
                Citations = citations,
                PagesCited = PageLocators.Aggregate(citations.Select(c => c.Pages)),
                Articles = [slug],
            });
        }
        var articles = Articles.Where(a => string.Equals(a.Slug, slug, StringComparison.Ordinal)).ToList();
        return new CitationIndex(sources, articles, CitationSummary.Of(sources));
    }
}

/// <summary>An article the index was built from, with how many sources and citation markers it has.</summary>
public sealed record IndexedArticle(string Slug, string Title, int SourceCount, int CitationCount);

public sealed record KindCount(CitationKind Kind, int Count);

/// <summary>Sources in one language; <see cref="Language"/> is a code from <see cref="Languages.Normalize"/> or <see cref="Languages.Unspecified"/>.</summary>
public sealed record LanguageCount(string Language, int Count);

/// <summary>Figures for the top of the sources page.</summary>
/// <param name="SourceCount">Distinct sources.</param>
/// <param name="CitationCount">Distinct citation markers (article + back-link) that cite at least one source.</param>
/// <param name="ByKind">Sources per kind, every kind listed, in <see cref="CitationIndexBuilder.KindOrder"/>.</param>
/// <param name="ByLanguage">Sources per language, most first, then by code.</param>
/// <param name="ArchivedShare">Share of sources with an archive copy, 0 to 1 (0 when there are no sources).</param>
/// <param name="MostCited">Up to five sources cited most often, ties in index order.</param>
public sealed record CitationSummary(
    int SourceCount,
    int CitationCount,
    IReadOnlyList<KindCount> ByKind,
    IReadOnlyList<LanguageCount> ByLanguage,
    int ArchivedCount,
    double ArchivedShare,
    int DeadCount,
    IReadOnlyList<Source> MostCited)
{
    public const int MostCitedCount = 5;

    /// <summary>The figures of a list of sources already in index order.</summary>
    public static CitationSummary Of(IReadOnlyList<Source> sources)
    {
        var byKind = CitationIndexBuilder.KindOrder.Select(k => new KindCount(k, sources.Count(s => s.Kind == k))).ToList();
        var byLanguage = sources
            .GroupBy(s => s.Language ?? Languages.Unspecified, StringComparer.Ordinal)
            .Select(g => new LanguageCount(g.Key, g.Count()))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
        var citations = sources.SelectMany(s => s.Citations).Select(c => (c.ArticleSlug, c.BacklinkId)).Distinct().Count();
        var archived = sources.Count(s => s.HasArchive);
        var mostCited = sources
            .Select((s, i) => (Source: s, Index: i))
            .OrderByDescending(x => x.Source.CiteCount).ThenBy(x => x.Index)
            .Take(MostCitedCount).Select(x => x.Source).ToList();
        return new CitationSummary(sources.Count, citations, byKind, byLanguage, archived,
            sources.Count == 0 ? 0 : (double)archived / sources.Count, sources.Count(s => s.IsDead), mostCited);
    }
}
