using Site.Model;
using Site.Wikitext.Diagnostics;

namespace Site.Conversion.Articles;

/// <summary>An article converted for one edition, with the problems found on the way.</summary>
/// <summary>An article converted for one edition; <see cref="Converter"/> converts other text of the page (timeline clauses) the same way.</summary>
public sealed record ConvertedArticle(Article Article, ZhVariant Variant, EditionConverter Converter, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// What converting an article to one variant needs besides its text: the converter with the page's own rules, the
/// title in that variant and the problems found in the rules. Small, so a large site keeps one per article and edition
/// while the converted articles themselves are made, rendered and dropped one at a time.
/// </summary>
public sealed record ArticleConversion(ZhVariant Variant, EditionConverter Converter, string Title, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The convert stage: copies an article with every text a reader sees converted to one variant —
/// page rules from {{noteTA}} and <c>-{H|…}-</c> first, then OpenCC. Link targets, URLs, template
/// names, code and <c>-{R|…}-</c> stay as written. Page rules are collected from the whole page
/// before converting (as zhconv-rs does), so a rule applies wherever the name appears.
/// </summary>
public sealed class ArticleConverter(ConversionGroupLibrary groups, ConversionOverrides overrides)
{
    /// <summary>
    /// Converters by variant and page rules as written: articles with the same rules (most often none) share one, which
    /// matters on large sites, where every article keeps its conversion for the site-wide pages.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EditionConverter> _converters = new(StringComparer.Ordinal);

    public ConvertedArticle Convert(Article article, ZhVariant variant) => Convert(article, Prepare(article, variant));

    /// <summary>Converts every text a reader sees with a conversion made by <see cref="Prepare"/> for this article.</summary>
    public static ConvertedArticle Convert(Article article, ArticleConversion conversion)
    {
        var walker = new ArticleTextWalker(conversion.Converter, conversion.Variant);
        var converted = walker.Convert(article) with { Title = conversion.Title };
        return new ConvertedArticle(converted, conversion.Variant, conversion.Converter, conversion.Diagnostics);
    }

    /// <summary>The page rules ({{noteTA}}, <c>-{H|…}-</c>, <c>-{T|…}-</c>) of an article evaluated for one variant.</summary>
    public ArticleConversion Prepare(Article article, ZhVariant variant)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = PageRuleTable.Empty;
        string? title = null;
        foreach (var source in article.ConversionRules)
        {
            if (source.FromNoteTa)
            {
                // The parameters as written keep MediaWiki's numbering, order and limit of 30.
                IEnumerable<KeyValuePair<string, string>> parameters = source.Parameters ?? source.Groups
                    .Select((g, i) => new KeyValuePair<string, string>($"G{i + 1}", g))
                    .Concat(source.Rules.Select((r, i) => new KeyValuePair<string, string>((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r)))
                    .Concat(source.Title is null ? [] : [new KeyValuePair<string, string>("T", source.Title)]);
                var result = NoteTa.Evaluate(parameters, groups);
                foreach (var missing in result.MissingGroups)
                {
                    diagnostics.Add(ConversionDiagnostics.MissingGroup.Create(source.Location, article.SourcePath, missing.GroupName, missing.GroupName.Replace(' ', '_')));
                }
                foreach (var ignored in result.IgnoredParameters)
                {
                    diagnostics.Add(ConversionDiagnostics.IgnoredNoteTaParameter.Create(source.Location, article.SourcePath, ignored));
                }
                rules = result.ApplyTo(rules);
                title ??= result.TitleFor(variant);
                continue;
            }
            foreach (var block in source.Rules)
            {
                var result = LanguageConversionBlock.Evaluate(block, variant);
                rules = result.ApplyTo(rules);
                title ??= result.Title;
            }
        }
        var converter = _converters.GetOrAdd(RulesKey(article, variant), _ => new EditionConverter(variant, rules, overrides));
        return new ArticleConversion(variant, converter, title ?? converter.Convert(article.Title), diagnostics);
    }

    /// <summary>Everything the page rules are made from; equal keys give equal rule tables.</summary>
    private static string RulesKey(Article article, ZhVariant variant)
    {
        var key = new System.Text.StringBuilder(variant.ToString());
        foreach (var source in article.ConversionRules)
        {
            key.Append('\u0001').Append(source.FromNoteTa).Append('\u0002').Append(source.Title);
            foreach (var group in source.Groups) key.Append('\u0003').Append(group);
            foreach (var rule in source.Rules) key.Append('\u0004').Append(rule);
            foreach (var (name, value) in source.Parameters ?? []) key.Append('\u0005').Append(name).Append('=').Append(value);
        }
        return key.ToString();
    }
}
