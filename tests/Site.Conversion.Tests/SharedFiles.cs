namespace Site.Conversion.Tests;

/// <summary>Locates the team's shared/ folder (a sibling of the repository) and the repository root.</summary>
internal static class SharedFiles
{
    /// <summary>The repository root: the first ancestor of the test binaries that holds <c>content/</c> and <c>src/</c>.</summary>
    public static string? RepoRoot { get; } = FindUp(d =>
        Directory.Exists(Path.Combine(d, "content")) && Directory.Exists(Path.Combine(d, "src")));

    /// <summary>The shared/ folder: a sibling of some ancestor (normally of the repository root), or null.</summary>
    public static string? SharedDir { get; } = FindUp(d =>
        Directory.Exists(Path.Combine(d, "..", "shared", "reference"))) is { } dir
        ? Path.GetFullPath(Path.Combine(dir, "..", "shared"))
        : null;

    public static string Reference(string relative)
    {
        if (SharedDir is null)
        {
            Assert.Skip("../shared is not available");
        }

        var path = Path.Combine(SharedDir, "reference", relative);
        if (!File.Exists(path))
        {
            Assert.Skip($"{path} is not available");
        }

        return path;
    }

    public static string Repo(string relative)
    {
        Assert.NotNull(RepoRoot);
        return Path.Combine(RepoRoot, relative);
    }

    private static string? FindUp(Func<string, bool> predicate)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (predicate(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
