using System.Collections.Concurrent;
using Site.Rendering.Pages;

namespace Site.Rendering.Output;

/// <summary>
/// Writes the site atomically: files go into a fresh staging folder beside the output as they are rendered (so a
/// large site never sits in memory), and the folder is swapped in by <see cref="Commit"/>. A failed build leaves
/// the previous site untouched; disposing without committing removes the staging folder. A folder is only ever
/// replaced when it carries this tool's marker.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    public const string MarkerFile = ".site-output";

    private readonly string _output;
    private readonly string _parent;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, WrittenFile> _written = new(StringComparer.Ordinal);

    /// <summary>Folders already made: asking the file system again for every file cost a mkdir call each.</summary>
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private SiteWriter(string output, string parent, string staging)
    {
        _output = output;
        _parent = parent;
        _staging = staging;
    }

    /// <summary>Checks that the output folder may be replaced and opens a staging folder beside it.</summary>
    public static SiteWriter Begin(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            throw new IOException($"{outputDirectory} exists and was not made by this tool (no {MarkerFile}); refusing to replace it");
        }
        var parent = Path.GetDirectoryName(output) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(output) + ".tmp-" + Environment.ProcessId);
        if (Directory.Exists(staging)) DeleteTree(staging);
        Directory.CreateDirectory(staging);
        return new SiteWriter(output, parent, staging);
    }

    /// <summary>Writes one file into the staging folder; safe to call from several threads for different paths.</summary>
    public void Write(OutputFile file) => Write(file.Path, file.Content, file.Edition);

    /// <summary>Writes one file from bytes the caller keeps (<see cref="Write(OutputFile)"/>).</summary>
    public void Write(PagePath file, ReadOnlySpan<byte> content, string? edition = null)
    {
        if (!_written.TryAdd(file.Value, new WrittenFile(file, edition)))
        {
            throw new InvalidOperationException($"two pages of the site would be written to {file.Value}");
        }
        var path = Path.Combine(_staging, file.Value.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
        // A new file in a fresh folder: CreateNew, not File.WriteAllBytes's Create, which truncates the file it opens
        // and so makes ext4 start writing it back on close, in this thread (a tenth of the kernel's time for the site).
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>
    /// A folder for a stage's temporary files, inside the staging folder: removed with it when the build fails and
    /// before the site is put in place when it succeeds.
    /// </summary>
    public string Scratch(string name)
    {
        var folder = Path.Combine(_staging, ScratchFolder, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private const string ScratchFolder = ".scratch";

    /// <summary>The files written so far, in path order.</summary>
    public IReadOnlyList<WrittenFile> Written =>
        _written.Values.OrderBy(f => f.Path.Value, StringComparer.Ordinal).ToList();

    /// <summary>Puts the staged site in place of the output folder.</summary>
    public void Commit()
    {
        if (Directory.Exists(Path.Combine(_staging, ScratchFolder))) DeleteTree(Path.Combine(_staging, ScratchFolder));
        File.WriteAllText(Path.Combine(_staging, MarkerFile), "This folder is written by Site and replaced on every build.\n");
        var old = Path.Combine(_parent, "." + Path.GetFileName(_output) + ".old-" + Environment.ProcessId);
        if (Directory.Exists(old)) DeleteTree(old);
        if (Directory.Exists(_output)) Directory.Move(_output, old);
        Directory.Move(_staging, _output);
        _committed = true;
        if (Directory.Exists(old)) DeleteTree(old);
    }

    /// <summary>
    /// Deletes a folder this writer made (the previous site, a staging folder, the scratch folder), its folders two
    /// levels down on all cores: one thread took half a minute for the 46,000 files of a 10,000-article site. A symbolic
    /// link is removed, never followed.
    /// </summary>
    private static void DeleteTree(string root)
    {
        static DirectoryInfo? Folder(FileSystemInfo entry) => entry is DirectoryInfo d && !d.Attributes.HasFlag(FileAttributes.ReparsePoint) ? d : null;
        var entries = new DirectoryInfo(root).EnumerateFileSystemInfos().SelectMany(e => Folder(e)?.EnumerateFileSystemInfos() ?? []).ToList();
        Parallel.ForEach(entries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, entry =>
        {
            if (Folder(entry) is { } folder) folder.Delete(recursive: true);
            else entry.Delete();
        });
        Directory.Delete(root, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) DeleteTree(_staging);
    }

    /// <summary>Writes a whole site held in memory (small sites, tests).</summary>
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        using var writer = Begin(outputDirectory);
        foreach (var file in files) writer.Write(file);
        writer.Commit();
    }
}
