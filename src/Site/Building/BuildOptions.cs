namespace Site.Cli.Building;

/// <param name="SiteUrl">Overrides <c>site_url</c>: the public origin for canonical URLs and the sitemap (the Pages workflow passes it).</param>
public sealed record BuildOptions(string? Root, string? Output, string? BaseUrl, bool Strict, bool Quiet, bool Verbose, string? SiteUrl = null, bool NoCache = false);
