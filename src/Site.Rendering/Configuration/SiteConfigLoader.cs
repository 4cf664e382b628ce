using Site.Wikitext;
using Site.Wikitext.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Rendering.Configuration;

/// <summary>A problem with the site's configuration; the build stops with exit code 2.</summary>
public sealed class ConfigException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

public static class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor Invalid = new("WS9001", DiagnosticSeverity.Error, "Invalid configuration", "{0}");

    public static readonly DiagnosticDescriptor MissingFile = new("WS9002", DiagnosticSeverity.Error, "File not found", "{0}");
}

/// <summary>Reads site.yml strictly: unknown keys and wrong types are errors located by line and column.</summary>
public static class SiteConfigLoader
{
    public static SiteConfig Load(string path, string displayPath)
    {
        if (!File.Exists(path)) throw Error(displayPath, 1, 1, "the configuration file does not exist", ConfigDiagnostics.MissingFile);
        var text = File.ReadAllText(path);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        SiteConfig config;
        try
        {
            config = deserializer.Deserialize<SiteConfig?>(text) ?? new SiteConfig();
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.IndexOf(" on type ", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            throw Error(displayPath, (int)e.Start.Line, (int)e.Start.Column, message);
        }
        Validate(config, displayPath);
        return config;
    }

    private static void Validate(SiteConfig config, string path)
    {
        if (config.Editions.Count == 0) throw Error(path, 1, 1, "'editions' must list at least one edition");
        if (config.Articles.Count == 0) throw Error(path, 1, 1, "'articles' must list at least one article");
        foreach (var edition in config.Editions)
        {
            if (string.IsNullOrWhiteSpace(edition.Code) || string.IsNullOrWhiteSpace(edition.Variant))
            {
                throw Error(path, 1, 1, "every edition needs 'code' and 'variant'");
            }
            if (!Site.Conversion.ZhVariants.TryParse(edition.Variant, out _))
            {
                throw Error(path, 1, 1, $"edition '{edition.Code}': unknown variant '{edition.Variant}'");
            }
            if (string.IsNullOrWhiteSpace(edition.Lang)) edition.Lang = edition.Code;
            if (string.IsNullOrWhiteSpace(edition.Label)) edition.Label = edition.Code;
        }
        if (config.Editions.Select(e => e.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != config.Editions.Count)
        {
            throw Error(path, 1, 1, "edition codes must be unique");
        }
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in config.Articles)
        {
            if (string.IsNullOrWhiteSpace(article.File)) throw Error(path, 1, 1, "every article needs 'file'");
            if (string.IsNullOrWhiteSpace(article.Title)) article.Title = Path.GetFileNameWithoutExtension(article.File);
            if (string.IsNullOrWhiteSpace(article.Slug)) article.Slug = Path.GetFileNameWithoutExtension(article.File);
            if (ReservedSlugs.Contains(article.Slug))
            {
                throw Error(path, 1, 1, $"article '{article.File}': slug '{article.Slug}' is used by the site itself; choose another");
            }
            if (!slugs.Add(article.Slug)) throw Error(path, 1, 1, $"article slug '{article.Slug}' is used twice");
        }
        if (config.NavArticles < 0) throw Error(path, 1, 1, "'nav_articles' must be 0 or more");
        if (config.CitationsPerPage < 1) throw Error(path, 1, 1, "'citations_per_page' must be 1 or more");
        if (config.TimelinePerPage < 1) throw Error(path, 1, 1, "'timeline_per_page' must be 1 or more");
        if (!config.BaseUrl.StartsWith('/')) config.BaseUrl = "/" + config.BaseUrl;
        if (!config.BaseUrl.EndsWith('/')) config.BaseUrl += "/";
        if (config.Editions.All(e => !e.Code.Equals(config.DefaultEdition, StringComparison.OrdinalIgnoreCase)))
        {
            config.DefaultEdition = config.Editions[0].Code;
        }
    }

    /// <summary>Folders of an edition that the site's own pages use.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "articles", "citations", "timeline", "search", "assets", "data",
    };

    private static ConfigException Error(string path, int line, int column, string message, DiagnosticDescriptor? descriptor = null) =>
        new((descriptor ?? ConfigDiagnostics.Invalid).Create(new SourceSpan(0, 0, Math.Max(line, 1), Math.Max(column, 1)), path, message));
}
