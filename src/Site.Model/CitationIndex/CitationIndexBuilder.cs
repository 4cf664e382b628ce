using System.Security.Cryptography;
using System.Text;

namespace Site.Model.CitationIndex;

/// <summary>
/// Collects the citations of all articles and merges those that name the same source. The rules are in README.md:
/// a named reference is one reference already; beyond that, citations sharing a key of <see cref="SourceKeys.For"/>
/// (ISBN, URL, book title + first author, title + work, or the whole text) are one source, transitively.
/// </summary>
public static class CitationIndexBuilder
{
    /// <summary>The order of kinds in the index: books and journals first, then news, web pages and the rest.</summary>
    public static IReadOnlyList<CitationKind> KindOrder { get; } =
        [CitationKind.Book, CitationKind.Journal, CitationKind.News, CitationKind.Web, CitationKind.Other];

    /// <summary>Index order: kind (<see cref="KindOrder"/>), then first author (or title when there is none), title, id; ordinal.</summary>
    public static IComparer<Source> Order { get; } = Comparer<Source>.Create(Compare);

    public static CitationIndex Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Build(articles.Select(Collect).ToList());
    }

    /// <summary>
    /// The index from what <see cref="Collect"/> took from each article, in article order. A large site collects
    /// while each model is at hand and need not keep the models.
    /// </summary>
    public static CitationIndex Build(IReadOnlyList<ArticleCitations> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var items = new List<Item>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var (citation, keys, locations) in articles[a].Items) items.Add(new Item(items.Count, a, citation, keys, locations));
        }
        var groups = Merge(items);
        var sources = groups
            .Select(g => (Key: CanonicalKey(g), Items: g))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var ids = AssignIds(sources.Select(s => s.Key).ToList());
        var list = sources.Select(s => Create(ids[s.Key], s.Items)).Order(Order).ToList();
        // One pass over sources and citations, not one per article: sites can have thousands of articles.
        var sourcesPerArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        var backlinksPerArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var source in list)
        {
            foreach (var slug in source.Articles.Distinct(StringComparer.Ordinal))
            {
                sourcesPerArticle[slug] = sourcesPerArticle.GetValueOrDefault(slug) + 1;
            }
            foreach (var citation in source.Citations)
            {
                if (!backlinksPerArticle.TryGetValue(citation.ArticleSlug, out var backlinks))
                {
                    backlinksPerArticle[citation.ArticleSlug] = backlinks = new HashSet<string>(StringComparer.Ordinal);
                }
                backlinks.Add(citation.BacklinkId);
            }
        }
        var indexed = articles
            .Select(a => new IndexedArticle(a.Slug, a.Title, sourcesPerArticle.GetValueOrDefault(a.Slug),
                backlinksPerArticle.TryGetValue(a.Slug, out var backlinks) ? backlinks.Count : 0))
            .ToList();
        return new CitationIndex(list, indexed, CitationSummary.Of(list));
    }

    /// <summary>One citation of one reference, with the reference's uses as locations.</summary>
    private sealed record Item(int Order, int ArticleIndex, Citation Citation, IReadOnlyList<string> Keys, IReadOnlyList<CitationLocation> Locations);

    /// <summary>Every citation of one article that names a source, with its keys and the places it is cited.</summary>
    public static ArticleCitations Collect(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var items = new List<(Citation, IReadOnlyList<string>, IReadOnlyList<CitationLocation>)>();
        foreach (var group in article.ReferenceGroups)
        {
            foreach (var reference in group.References)
            {
                var locations = reference.Uses.Select(u => new CitationLocation(article.Slug, article.Title, u.ParagraphAnchor,
                    u.SectionAnchor, u.SectionTitle, u.BacklinkId, u.NoteId, u.Group, u.Label, u.Pages)).ToList();
                foreach (var citation in reference.Citations.Where(c => IsSource(group.Group, c)))
                {
                    items.Add((citation, SourceKeys.For(citation), locations));
                }
            }
        }
        return new ArticleCitations(article.Slug, article.Title, items);
    }

    /// <summary>
    /// In the reference group everything cited is a source. In note groups (<c>{{efn}}</c>) the text of a note is an
    /// explanation, not a source: only cite templates and linked text found in it count.
    /// </summary>
    private static bool IsSource(string group, Citation citation) =>
        group.Length == 0 || citation.Template.Length > 0 || citation.Url is not null;

    /// <summary>Union of items sharing any key; groups come out in the order of their first item.</summary>
    private static List<List<Item>> Merge(List<Item> items)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in item.Keys)
            {
                if (owner.TryGetValue(key, out var other)) Union(item.Order, other);
                else owner[key] = item.Order;
            }
        }
        return items.GroupBy(i => Find(i.Order)).Select(g => g.ToList()).ToList();

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    /// <summary>The key that names a merged source: the preferred kind of key, the smallest of that kind.</summary>
    private static string CanonicalKey(List<Item> items) =>
        items.SelectMany(i => i.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(SourceKeys.Priority).ThenBy(k => k, StringComparer.Ordinal).First();

    /// <summary><c>src-</c> + the first 8 hex digits of the key's SHA-256; longer on a clash, given in key order.</summary>
    private static Dictionary<string, string> AssignIds(List<string> keys)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (ids.ContainsKey(key)) continue;
            var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            string? id = null;
            for (var length = 8; id is null && length <= hex.Length; length += 4)
            {
                if (used.Add("src-" + hex[..length])) id = "src-" + hex[..length];
            }
            for (var n = 2; id is null; n++)
            {
                var candidate = "src-" + hex + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (used.Add(candidate)) id = candidate;
            }
            ids[key] = id;
        }
        return ids;
    }

    private static Source Create(string id, List<Item> items)
    {
        // The first citation with a real kind leads; the others fill what it leaves empty.
        var ordered = items.Where(i => i.Citation.Kind != CitationKind.Other).Concat(items.Where(i => i.Citation.Kind == CitationKind.Other))
            .Select(i => i.Citation).ToList();
        var lead = ordered[0];
        T? First<T>(Func<Citation, T?> field) where T : class => ordered.Select(field).FirstOrDefault(v => v is not null);
        var url = First(c => SourceKeys.OriginalUrl(c.Url)) ?? First(c => SourceKeys.OriginalUrl(c.ArchiveUrl));
        var archiveUrl = First(c => c.ArchiveUrl) ?? First(c => SourceKeys.IsArchiveUrl(c.Url) ? c.Url : null);
        var languageAsWritten = First(c => c.Language);
        var locations = items
            .OrderBy(i => i.ArticleIndex).ThenBy(i => i.Order)
            .SelectMany(i => i.Locations)
            .DistinctBy(l => (l.ArticleSlug, l.BacklinkId))
            .ToList();
        return new Source(
            id,
            lead.Kind,
            ordered.Select(c => c.Authors).FirstOrDefault(a => a.Count > 0) ?? [],
            First(c => c.Title),
            First(c => c.Work),
            First(c => c.Publisher),
            First(c => c.Location),
            First(c => c.Date),
            Languages.Normalize(languageAsWritten),
            languageAsWritten,
            First(c => c.Isbn),
            First(c => c.AccessDate),
            url,
            archiveUrl,
            First(c => c.ArchiveDate),
            ordered.Any(c => c.IsDead),
            SourceKeys.HostOf(url),
            First(c => c.Pages),
            First(c => c.Volume),
            First(c => c.Issue),
            First(c => c.Doi),
            First(c => c.Edition),
            First(c => c.Chapter),
            locations,
            PageLocators.Aggregate(locations.Select(l => l.Pages)),
            locations.Select(l => l.ArticleSlug).Distinct(StringComparer.Ordinal).ToList());
    }

    private static int Compare(Source? x, Source? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byKind = IndexOfKind(x.Kind).CompareTo(IndexOfKind(y.Kind));
        if (byKind != 0) return byKind;
        var byName = string.CompareOrdinal(SortName(x), SortName(y));
        if (byName != 0) return byName;
        var byTitle = string.CompareOrdinal(x.Title ?? "", y.Title ?? "");
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Id, y.Id);

        static int IndexOfKind(CitationKind kind)
        {
            for (var i = 0; i < KindOrder.Count; i++)
            {
                if (KindOrder[i] == kind) return i;
            }
            return KindOrder.Count;
        }

        static string SortName(Source s) => s.Authors.FirstOrDefault()?.DisplayName ?? s.Title ?? "";
    }
}

/// <summary>What the citation index takes from one article (see <see cref="CitationIndexBuilder.Collect"/>).</summary>
public sealed class ArticleCitations
{
    internal ArticleCitations(string slug, string title, IReadOnlyList<(Citation, IReadOnlyList<string>, IReadOnlyList<CitationLocation>)> items)
    {
        Slug = slug;
        Title = title;
        Items = items;
    }

    public string Slug { get; }

    public string Title { get; }

    internal IReadOnlyList<(Citation Citation, IReadOnlyList<string> Keys, IReadOnlyList<CitationLocation> Locations)> Items { get; }
}
