namespace Site.Cli.Building;

/// <param name="KeptModelsLimit">Bytes of wikitext up to which all article models stay in memory for the whole build.</param>
/// <param name="SiteUrl">Overrides <c>site_url</c>: the public origin for canonical URLs and the sitemap (the Pages workflow passes it).</param>
public sealed record BuildOptions(string? Root, string? Output, string? BaseUrl, bool Strict, bool Quiet, bool Verbose, string? SiteUrl = null, bool NoCache = false, long KeptModelsLimit = BuildOptions.DefaultKeptModelsLimit)
{
    /// <summary>Above this much wikitext a build lets each model go once it has what it needs, and builds it again to render it.</summary>
    public const long DefaultKeptModelsLimit = 32L * 1024 * 1024;
}
