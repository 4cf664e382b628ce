namespace Site.Model.Citations;

/// <summary>Reads <c>{{cite web/news/book/journal/…}}</c> parameters (old and new names) into a <see cref="Citation"/>.</summary>
public static class CitationReader
{
    public static Citation Read(string template, Func<string[], string?> get)
    {
        string? Get(params string[] keys) => Clean(get(keys));
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

    private static IReadOnlyList<Person> ReadAuthors(Func<string[], string?> get)
    {
        var people = new List<Person>();
        for (var i = 1; i <= 9; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var last = get(i == 1 ? ["last", "last1", "surname", "surname1", "author-last", "author1-last"] : ["last" + n, "surname" + n]);
            var first = get(i == 1 ? ["first", "first1", "given", "given1", "author-first"] : ["first" + n, "given" + n]);
            var author = get(i == 1 ? ["author", "author1", "authors", "作者"] : ["author" + n]);
            var link = get(i == 1 ? ["authorlink", "author-link", "author1-link"] : ["authorlink" + n, "author" + n + "-link"]);
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
