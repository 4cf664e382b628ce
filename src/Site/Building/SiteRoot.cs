namespace Site.Cli.Building;

/// <summary>Finds the site: the nearest folder at or above the start that holds content/site.yml.</summary>
public static class SiteRoot
{
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "content", "site.yml"))) return directory.FullName;
        }
        return null;
    }
}
