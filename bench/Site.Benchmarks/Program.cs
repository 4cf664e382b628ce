using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Site.Wikitext.Parsing;

namespace Site.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            // Used by bench/run.sh so that wtf_wikipedia parses exactly the same file.
            Console.WriteLine(BenchInputs.Corpus10MbPath());
            return 0;
        }
        if (args.Length > 0 && args[0] == "conversion-input")
        {
            // Used by bench/opencc/compare.sh so that the OpenCC command line converts exactly the same file.
            Console.WriteLine(ConversionInputs.SeedPlain10MbPath());
            return 0;
        }
        if (args.Length > 0 && args[0] == "conversion")
        {
            // Conversion benchmarks: dotnet run -c Release -- conversion [--filter '*'].
            var conversion = BenchmarkRunner.Run<ConversionBenchmarks>(args: args[1..]);
            Report(conversion, _ => ConversionInputs.SeedPlain10MbBytes);
            return 0;
        }
        var summary = BenchmarkRunner.Run<ParseBenchmarks>(args: args);
        Report(summary, name => name == nameof(ParseBenchmarks.Seed) ? BenchInputs.SeedBytes : BenchInputs.CorpusBytes);
        return 0;
    }

    /// <summary>
    /// Prints one line per benchmark: <c>Name: N MB UTF-8, mean M ms, X MB/s</c>, or <c>Name (job): …</c> when a class
    /// runs several jobs (bench scripts grep these).
    /// </summary>
    private static void Report(BenchmarkDotNet.Reports.Summary summary, Func<string, long> inputBytes)
    {
        Console.WriteLine();
        foreach (var report in summary.Reports)
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var bytes = inputBytes(name);
            var job = report.BenchmarkCase.Job.Id;
            var label = ParseConfig.Labels.TryGetValue(job, out var jobLabel) ? $"{name} ({jobLabel})" : name;
            var meanNs = report.ResultStatistics?.Mean;
            if (meanNs is null) continue;
            var mbPerSecond = bytes / 1_000_000.0 / (meanNs.Value / 1e9);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {bytes / 1_000_000.0:0.00} MB UTF-8, mean {meanNs.Value / 1e6:0.0} ms, {mbPerSecond:0.0} MB/s"));
        }
    }
}

/// <summary>
/// Two jobs: .NET's defaults (workstation GC, concurrent, i.e. background gen-2 collections) and the settings the
/// <c>site</c> command line runs with (src/Site/Site.csproj): concurrent GC off, dynamic PGO off. Both are set
/// explicitly, since BenchmarkDotNet would otherwise copy the host process's setting.
/// </summary>
public sealed class ParseConfig : ManualConfig
{
    public const string ConcurrentJob = "ConcurrentGC";
    public const string NonConcurrentJob = "NonConcurrentGC";

    /// <summary>How the report lines name each job.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [ConcurrentJob] = "default concurrent GC",
        [NonConcurrentJob] = "non-concurrent GC",
    };

    public ParseConfig()
    {
        var job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
        AddJob(job.WithGcConcurrent(true).WithId(ConcurrentJob));
        // src/Site/Site.csproj also turns dynamic PGO off (a build is too short for its instrumented tier to pay back).
        AddJob(job.WithGcConcurrent(false).WithEnvironmentVariable("DOTNET_TieredPGO", "0").WithId(NonConcurrentJob));
    }
}

/// <summary>Parse throughput of the wikitext parser on the seed article and on ~10 MB of real articles.</summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
public class ParseBenchmarks
{
    private string _seed = "";
    private string _corpus = "";

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(BenchInputs.SeedPath);
        _corpus = File.ReadAllText(BenchInputs.Corpus10MbPath());
    }

    [Benchmark]
    public int Seed() => WikitextParser.Parse(_seed).Children.Count;

    [Benchmark]
    public int Corpus10Mb() => WikitextParser.Parse(_corpus).Children.Count;
}

/// <summary>Where the inputs are: the seed in the repository, and a ~10 MB file built from ../shared/corpus/articles in a temp folder.</summary>
public static class BenchInputs
{
    private const int TargetBytes = 10_000_000;

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedPath => Path.Combine(RepositoryRoot, "content", "articles", "韩美关系.wikitext");

    public static long SeedBytes => new FileInfo(SeedPath).Length;

    public static long CorpusBytes => new FileInfo(Corpus10MbPath()).Length;

    /// <summary>Builds (once per machine) the corpus articles concatenated repeatedly up to 10 MB; never committed.</summary>
    public static string Corpus10MbPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "site-bench");
        var path = Path.Combine(folder, "corpus-10mb.wikitext");
        if (File.Exists(path) && new FileInfo(path).Length >= TargetBytes) return path;
        var articles = Path.Combine(RepositoryRoot, "..", "shared", "corpus", "articles");
        if (!Directory.Exists(articles)) throw new DirectoryNotFoundException("../shared/corpus/articles is absent: the 10 MB benchmark needs it.");
        var files = Directory.EnumerateFiles(articles, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        Directory.CreateDirectory(folder);
        var builder = new StringBuilder(TargetBytes + 1_000_000);
        var size = 0L;
        while (size < TargetBytes)
        {
            foreach (var text in files)
            {
                builder.Append(text).Append("\n\n");
                size += Encoding.UTF8.GetByteCount(text) + 2;
            }
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, builder.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
