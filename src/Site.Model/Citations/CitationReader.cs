namespace Site.Model.Citations;

/// <summary>Reads <c>{{cite web/news/book/journal/…}}</c> parameters (old and new names) into a <see cref="Citation"/>.</summary>
public static class CitationReader
{
    /// <param name="get">The text of the first of these parameters that is present and not empty.</param>
    public static Citation Read(string template, Func<ReadOnlySpan<string>, string?> get)
    {
        // Spans, not arrays: a citation asks for some thirty parameters by up to eight names each.
        string? Get(params ReadOnlySpan<string> keys) => Clean(get(keys));
        var kind = KindOf(template);
        var status = Get("url-status", "urlstatus")?.ToLowerInvariant();
        var dead = Get("deadurl", "dead-url")?.ToLowerInvariant();
        var isDead = status is "dead" or "usurped" or "unfit" or "deviated" || dead is "yes" or "true" or "y" or "是";
        return new Citation(
            kind,
            template,
            ReadAuthors(Get),
            Get("title", "trans-title", "trans_title", "script-title", "标题", "題名"),
            Get("work", "website", "newspaper", "journal", "magazine", "periodical", "encyclopedia", "series"),
            Get("publisher", "agency", "institution", "出版社"),
            CitationDateParser.Parse(Get("date", "year", "日期", "年")),
            Get("url", "URL", "网址"),
            Get("archiveurl", "archive-url", "archive_url"),
            CitationDateParser.Parse(Get("archivedate", "archive-date", "archive_date")),
            isDead,
            CitationDateParser.Parse(Get("accessdate", "access-date", "access_date", "访问日期")),
            Get("language", "lang", "语言"),
            Get("isbn", "ISBN", "isbn13", "ISBN13"),
            Get("pages", "page", "p", "pp", "at", "页码"),
            Get("quote"),
            Get("location", "place", "publication-place", "地点"),
            Get("volume"),
            Get("issue", "number"),
            Get("doi", "DOI"),
            Get("edition"),
            Get("chapter", "contribution", "section"));
    }

    public static CitationKind KindOf(string template) => template.ToLowerInvariant().Replace('_', ' ') switch
    {
        "cite web" or "web cite" or "cite website" or "webcite" => CitationKind.Web,
        "cite news" or "cite newspaper" or "cite press release" or "cite magazine" or "cite interview" => CitationKind.News,
        "cite book" or "cite encyclopedia" or "cite dictionary" => CitationKind.Book,
        "cite journal" or "cite paper" or "cite thesis" or "cite conference" or "cite report" => CitationKind.Journal,
        _ => CitationKind.Other,
    };

    /// <summary>The parameter names of the first nine authors: last name, first name, whole name, link.</summary>
    private static readonly (string[] Last, string[] First, string[] Author, string[] Link)[] AuthorKeys =
    [
        (["last", "last1", "surname", "surname1", "author-last", "author1-last"], ["first", "first1", "given", "given1", "author-first"],
            ["author", "author1", "authors", "作者"], ["authorlink", "author-link", "author1-link"]),
        .. Enumerable.Range(2, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(n =>
            (new[] { "last" + n, "surname" + n }, new[] { "first" + n, "given" + n }, new[] { "author" + n }, new[] { "authorlink" + n, "author" + n + "-link" })),
    ];

    private static IReadOnlyList<Person> ReadAuthors(Func<ReadOnlySpan<string>, string?> get)
    {
        var people = new List<Person>();
        foreach (var keys in AuthorKeys)
        {
            var last = get(keys.Last);
            var first = get(keys.First);
            var author = get(keys.Author);
            var link = get(keys.Link);
            if (last is not null)
            {
                people.Add(new Person(last, first, first is null ? last : $"{last}, {first}", link));
            }
            else if (author is not null)
            {
                people.Add(new Person(null, null, author, link));
            }
        }
        var coauthors = get(["coauthors", "coauthor"]);
        if (coauthors is not null)
        {
            foreach (var name in coauthors.Split([';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                people.Add(new Person(null, null, name));
            }
        }
        return people;
    }

    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
