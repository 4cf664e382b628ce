using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Rendering.Html;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Rendering.Markdown;

/// <summary>Front matter of a Markdown page.</summary>
public sealed class FrontMatter
{
    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>URL name; defaults to the file name.</summary>
    public string? Slug { get; set; }

    /// <summary>Position in the navigation (smaller first).</summary>
    public int Order { get; set; } = 100;
}

public sealed record MarkdownPage(string Slug, FrontMatter Meta, string Html, string SourcePath);

/// <summary>Reads content/pages/*.md: YAML front matter and CommonMark with CJK-friendly emphasis and Chinese heading ids.</summary>
public static class MarkdownPages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCjkFriendlyEmphasis()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static MarkdownPage Load(string path, string displayPath)
    {
        var text = File.ReadAllText(path);
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var meta = new FrontMatter();
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } block)
        {
            var yaml = block.Lines.ToString();
            try
            {
                meta = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<FrontMatter?>(yaml) ?? meta;
            }
            catch (YamlException e)
            {
                throw new Configuration.ConfigException(Configuration.ConfigDiagnostics.Invalid.Create(
                    new Site.Wikitext.SourceSpan(0, 0, (int)e.Start.Line + 1, (int)e.Start.Column), displayPath,
                    "front matter: " + (e.InnerException?.Message ?? e.Message)));
            }
        }
        NeutraliseUnsafeLinks(document);
        var html = document.ToHtml(Pipeline);
        var slug = string.IsNullOrWhiteSpace(meta.Slug) ? Path.GetFileNameWithoutExtension(path) : meta.Slug!;
        if (string.IsNullOrWhiteSpace(meta.Title)) meta.Title = slug;
        return new MarkdownPage(slug, meta, html, displayPath);
    }

    /// <summary>Links and images may only use relative URLs or the schemes <see cref="UrlPolicy"/> allows (never javascript: or data:).</summary>
    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsAllowed(url)) link.Url = "#";
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsAllowed(autolink.Url)) autolink.Url = "#";
        }
    }

    private static bool IsAllowed(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || UrlPolicy.IsSafe(trimmed);
    }
}
