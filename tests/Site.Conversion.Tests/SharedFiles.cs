using Site.Testing;

namespace Site.Conversion.Tests;

/// <summary>Paths of this project's test data, on top of the shared <see cref="TestPaths"/>.</summary>
internal static class SharedFiles
{
    public static string? RepoRoot => TestPaths.RepositoryRoot;

    public static string? SharedDir => TestPaths.Shared;

    public static string Reference(string relative)
    {
        var path = Path.Combine(TestPaths.RequireShared(), "reference", relative);
        if (!File.Exists(path))
        {
            Assert.Skip($"{path} is not available");
        }

        return path;
    }

    public static string Repo(string relative) => Path.Combine(TestPaths.RepositoryRoot, relative);
}
