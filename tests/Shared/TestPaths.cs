namespace Site.Testing;

/// <summary>Where the repository and the shared test corpora are, seen from a test run.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The <c>shared/</c> folder beside the clone (third-party corpora), or null where it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
        }
    }

    public static string SeedPath => Path.Combine(RepositoryRoot, "content", "articles", "韩美关系.wikitext");

    /// <summary>The shared folder, or skips the test with a message saying it is missing.</summary>
    public static string RequireShared() =>
        Shared ?? throw Xunit.Sdk.SkipException.ForSkip(
            "../shared (test corpora beside the clone) is absent; this corpus test is skipped.");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
