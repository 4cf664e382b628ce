namespace Site.Cli.Building;

public sealed record BuildOptions(string? Root, string? Output, string? BaseUrl, bool Strict, bool Quiet, bool Verbose);
