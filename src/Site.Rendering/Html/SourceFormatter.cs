using System.Text;
using Site.Model.CitationIndex;
using Site.Rendering.Pages;

namespace Site.Rendering.Html;

/// <summary>Writes a source of the citation index in the site's citation style (<see cref="CitationStyle"/>), converted for the edition.</summary>
public sealed class SourceFormatter(I18n text, Func<string, string> convert)
{
    public string Format(Source source)
    {
        var b = new StringBuilder();
        b.Append("<span class=\"citation citation-").Append(source.Kind.ToString().ToLowerInvariant()).Append("\">");
        foreach (var part in CitationStyle.Format(source))
        {
            switch (part.Kind)
            {
                case StyledPartKind.Separator:
                    HtmlEscaper.Append(b, part.Text);
                    break;
                case StyledPartKind.Title:
                    var title = convert(part.Text);
                    if (source.Kind == Site.Model.CitationKind.Book && !title.StartsWith('《')) title = "《" + title + "》";
                    if (part.Url is not null && UrlPolicy.IsSafe(part.Url)) Link(b, part.Url, title, "external");
                    else HtmlEscaper.Append(b, title);
                    break;
                case StyledPartKind.Container:
                    b.Append("<i>").Append(HtmlEscaper.Escape(convert(part.Text))).Append("</i>");
                    break;
                case StyledPartKind.Authors or StyledPartKind.Publisher or StyledPartKind.Place:
                    HtmlEscaper.Append(b, convert(part.Text));
                    break;
                case StyledPartKind.Label:
                    HtmlEscaper.Append(b, text["citation.label_" + part.Value]);
                    break;
                case StyledPartKind.Language:
                    var key = "languages." + part.Value;
                    var name = text[key];
                    b.Append("<span class=\"citation-language\">（").Append(HtmlEscaper.Escape(name == key ? part.Value : name)).Append("）</span>");
                    break;
                case StyledPartKind.Isbn:
                    Link(b, "https://zh.wikipedia.org/wiki/Special:BookSources/" + part.Value, part.Text, "isbn");
                    break;
                case StyledPartKind.ArchiveDate:
                    if (part.Url is not null && UrlPolicy.IsSafe(part.Url)) Link(b, part.Url, part.Value ?? (part.Text == "Archived" ? text["citation.archived_link"] : part.Text), "archive external");
                    break;
                case StyledPartKind.Date or StyledPartKind.AccessDate:
                    b.Append("<time");
                    if (part.Value is not null) b.Append(" datetime=\"").Append(HtmlEscaper.Escape(part.Value)).Append('"');
                    b.Append('>').Append(HtmlEscaper.Escape(part.Value ?? part.Text)).Append("</time>");
                    break;
                default:
                    HtmlEscaper.Append(b, part.Text);
                    break;
            }
        }
        if (source.IsDead) b.Append(" <span class=\"dead-link\">").Append(HtmlEscaper.Escape(text["citation.dead"])).Append("</span>");
        if (source.IsDead && source.Url is not null && UrlPolicy.IsSafe(source.Url))
        {
            b.Append(' ');
            Link(b, source.Url, text["citation.original"], "original external");
        }
        if (source.Host is not null) b.Append(" <span class=\"host\">").Append(HtmlEscaper.Escape(source.Host)).Append("</span>");
        b.Append("</span>");
        return b.ToString();
    }

    private static void Link(StringBuilder b, string url, string label, string css)
    {
        var href = url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url;
        b.Append("<a class=\"").Append(css).Append("\" rel=\"nofollow noopener\" href=\"").Append(HtmlEscaper.Escape(href)).Append("\">")
            .Append(HtmlEscaper.Escape(label)).Append("</a>");
    }
}
