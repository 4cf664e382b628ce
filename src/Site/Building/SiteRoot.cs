namespace Site.Cli.Building;

/// <summary>Finds the site: the nearest folder at or above the start that holds content/site.yml.</summary>
public static class SiteRoot
{
    /// <summary>The folder given with --root made absolute (later steps and libraries need absolute paths), else <see cref="Find"/> from the working folder.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(given))]
    public static string? Resolve(string? given) => given is null ? Find(Directory.GetCurrentDirectory()) : Path.GetFullPath(given);

    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "content", "site.yml"))) return directory.FullName;
        }
        return null;
    }
}
