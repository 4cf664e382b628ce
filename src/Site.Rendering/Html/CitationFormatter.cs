using System.Text;
using Site.Model;
using Site.Rendering.Pages;

namespace Site.Rendering.Html;

/// <summary>
/// The site's one citation style: Authors. 《Title》/“Title”. Work. Publisher, Date. Pages. (Language) ISBN.
/// Links: the original URL, the archive copy, and a dead-link mark (the archive is then the primary link).
/// </summary>
public sealed class CitationFormatter(I18n text)
{
    public string Format(Citation citation)
    {
        var b = new StringBuilder();
        b.Append("<span class=\"citation citation-").Append(citation.Kind.ToString().ToLowerInvariant()).Append("\">");
        if (citation.Authors.Count > 0)
        {
            HtmlEscaper.Append(b, string.Join(text["list.separator"], citation.Authors.Select(a => a.DisplayName)));
            b.Append(". ");
        }
        var title = citation.Title ?? citation.PrimaryUrl ?? "";
        var quoted = citation.Kind == CitationKind.Book && !title.StartsWith('《') ? $"《{title}》" : title;
        var link = citation.PrimaryUrl;
        if (link is not null && UrlPolicy.IsSafe(link))
        {
            b.Append("<a class=\"external\" rel=\"nofollow noopener\" href=\"").Append(HtmlEscaper.Escape(Absolute(link))).Append("\">");
            HtmlEscaper.Append(b, quoted);
            b.Append("</a>");
        }
        else
        {
            HtmlEscaper.Append(b, quoted);
        }
        if (citation.Chapter is not null) b.Append(" · ").Append(HtmlEscaper.Escape(citation.Chapter));
        var details = new List<string>();
        if (citation.Work is not null) details.Add($"<i>{HtmlEscaper.Escape(citation.Work)}</i>");
        if (citation.Location is not null) details.Add(HtmlEscaper.Escape(citation.Location));
        if (citation.Publisher is not null) details.Add(HtmlEscaper.Escape(citation.Publisher));
        if (citation.Date is not null) details.Add(HtmlEscaper.Escape(citation.Date.Iso ?? citation.Date.Text));
        if (citation.Pages is not null) details.Add(HtmlEscaper.Escape(text.Format("citation.pages", citation.Pages)));
        if (details.Count > 0) b.Append(". ").Append(string.Join(", ", details));
        b.Append('.');
        if (citation.Language is not null) b.Append(" <span class=\"citation-language\">（").Append(HtmlEscaper.Escape(LanguageName(citation.Language))).Append("）</span>");
        if (citation.Isbn is not null)
        {
            var isbn = new string(citation.Isbn.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').ToArray());
            b.Append(" ISBN <a class=\"isbn\" href=\"https://zh.wikipedia.org/wiki/Special:BookSources/").Append(HtmlEscaper.Escape(isbn)).Append("\">")
                .Append(HtmlEscaper.Escape(citation.Isbn)).Append("</a>");
        }
        if (citation.IsDead) b.Append(" <span class=\"dead-link\">").Append(HtmlEscaper.Escape(text["citation.dead"])).Append("</span>");
        if (citation.ArchiveUrl is not null && UrlPolicy.IsSafe(citation.ArchiveUrl) && !citation.IsDead)
        {
            b.Append(" <a class=\"archive external\" rel=\"nofollow noopener\" href=\"").Append(HtmlEscaper.Escape(citation.ArchiveUrl)).Append("\">")
                .Append(HtmlEscaper.Escape(text["citation.archived"])).Append("</a>");
        }
        if (citation.IsDead && citation.Url is not null && UrlPolicy.IsSafe(citation.Url))
        {
            b.Append(" <a class=\"original external\" rel=\"nofollow noopener\" href=\"").Append(HtmlEscaper.Escape(Absolute(citation.Url))).Append("\">")
                .Append(HtmlEscaper.Escape(text["citation.original"])).Append("</a>");
        }
        if (citation.AccessDate is not null)
        {
            b.Append(" <span class=\"access-date\">").Append(HtmlEscaper.Escape(text.Format("citation.accessed", citation.AccessDate.Iso ?? citation.AccessDate.Text))).Append("</span>");
        }
        if (citation.Quote is not null) b.Append(" <q>").Append(HtmlEscaper.Escape(citation.Quote)).Append("</q>");
        b.Append("</span>");
        return b.ToString();
    }

    private string LanguageName(string language)
    {
        var key = "languages." + language.ToLowerInvariant();
        var name = text[key];
        return name == key ? language : name;
    }

    private static string Absolute(string url) => url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url;
}
