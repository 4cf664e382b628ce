using System.Buffers;
using System.Text;
using System.Text.Json;
using Site.Model.CitationIndex;
using Site.Model.Exports;
using Site.Rendering.Html;
using Site.Rendering.Pages;

namespace Site.Rendering.Output;

/// <summary>The files of the site that are not pages: sitemap, site-wide data exports and the template assets.</summary>
internal sealed class SiteFiles(SiteInput input, UrlBuilder urls, CitationIndex index)
{
    /// <summary>Every page of the first edition with its alternates in all editions, and x-default.</summary>
    public string Sitemap(IEnumerable<WrittenFile> written)
    {
        var b = new StringBuilder();
        b.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        var first = input.Editions[0].Config.Code;
        // The search page answers queries; it is no page to index.
        var search = UrlBuilder.Search(first);
        var pages = written.Where(f => f.Edition == first && f.IsPage && f.Path != search).Select(f => f.Path.Value[(first.Length + 1)..]);
        var fallback = HtmlEscaper.Escape(urls.Canonical(new PagePath("index.html")));
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            foreach (var edition in input.Editions)
            {
                b.Append("  <url>\n    <loc>").Append(HtmlEscaper.Escape(urls.Canonical(new PagePath(edition.Config.Code + "/" + page)))).Append("</loc>\n");
                foreach (var alternate in input.Editions)
                {
                    b.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.Config.Lang).Append("\" href=\"")
                        .Append(HtmlEscaper.Escape(urls.Canonical(new PagePath(alternate.Config.Code + "/" + page)))).Append("\"/>\n");
                }
                b.Append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(fallback).Append("\"/>\n");
                b.Append("  </url>\n");
            }
        }
        b.Append("</urlset>\n");
        return b.ToString();
    }

    /// <summary>data/timeline.json, data/citations.csl.json and data/citations.bib (each article's JSON is written with its pages).</summary>
    public IEnumerable<OutputFile> Data()
    {
        var timeline = new
        {
            schema = "site-timeline",
            version = 1,
            articles = input.Articles.Select(a => new { slug = a.Config.Slug, title = a.Config.Title, events = a.Timeline.Events }),
        };
        yield return new OutputFile(UrlBuilder.Data("timeline.json"), JsonBytes(timeline));
        yield return OutputFile.Text(UrlBuilder.Data("citations.csl.json"), CslJsonExporter.Write(index));
        yield return OutputFile.Text(UrlBuilder.Data("citations.bib"), BibTeXExporter.Write(index));
    }

    public IEnumerable<OutputFile> Assets()
    {
        if (!Directory.Exists(input.AssetsDirectory)) yield break;
        foreach (var file in Directory.EnumerateFiles(input.AssetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(input.AssetsDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
            yield return new OutputFile(UrlBuilder.Asset(relative), File.ReadAllBytes(file));
        }
    }

    /// <summary>Per thread, the buffer JSON files are written into (a MemoryStream doubled its way up for every file).</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_jsonBuffer;

    private const int KeptJsonBuffer = 1 << 20;

    /// <summary>A data file's bytes: compact JSON with <see cref="SiteRenderer.JsonOptions"/> and a final newline.</summary>
    public static byte[] JsonBytes<T>(T value)
    {
        byte[] bytes = [];
        WriteJson(value, json => bytes = json.ToArray());
        return bytes;
    }

    /// <summary>Hands a data file's bytes (<see cref="JsonBytes{T}"/>) to <paramref name="write"/> from this thread's buffer.</summary>
    public static void WriteJson<T>(T value, Action<ReadOnlySpan<byte>> write)
    {
        var buffer = t_jsonBuffer ?? new ArrayBufferWriter<byte>(64 * 1024);
        t_jsonBuffer = null;
        buffer.ResetWrittenCount();
        var options = SiteRenderer.JsonOptions;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
        {
            JsonSerializer.Serialize(writer, value, options);
        }
        buffer.Write("\n"u8);
        write(buffer.WrittenSpan);
        // A large file (the site-wide timeline) does not pin its buffer to the thread for the rest of the build.
        t_jsonBuffer = buffer.Capacity <= KeptJsonBuffer ? buffer : null;
    }
}
