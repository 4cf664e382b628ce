namespace Site.Rendering.Output;

/// <summary>
/// Writes the site atomically: into a fresh folder beside the output, then swapped in, so a failed build
/// leaves the previous site untouched. A folder is only ever replaced when it carries this tool's marker.
/// </summary>
public static class SiteWriter
{
    public const string MarkerFile = ".site-output";

    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            throw new IOException($"{outputDirectory} exists and was not made by this tool (no {MarkerFile}); refusing to replace it");
        }
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(output) + ".tmp-" + Environment.ProcessId);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var file in files.OrderBy(f => f.Path.Value, StringComparer.Ordinal))
            {
                var path = Path.Combine(staging, file.Path.Value.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            File.WriteAllText(Path.Combine(staging, MarkerFile), "This folder is written by Site and replaced on every build.\n");
            var old = Path.Combine(parent, "." + Path.GetFileName(output) + ".old-" + Environment.ProcessId);
            if (Directory.Exists(output)) Directory.Move(output, old);
            Directory.Move(staging, output);
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }
}
