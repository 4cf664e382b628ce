using System.Diagnostics;
using System.Globalization;
using Site.Fuzzing;
using Site.Rendering.Html.Safety;

// Site.Fuzz: mutates the wikitext corpora and generates random pages, runs each through parse (round trip), model,
// both editions' conversion and the content HTML, and reports exceptions, hangs and round-trip failures.
//   dotnet run --project tests/Site.Fuzz -c Release -- --count 1000000 --seed 1 --out fuzz-failures [--full-every 10]
//   dotnet run --project tests/Site.Fuzz -c Release -- --replay 1 12345      (print input 12345 of seed 1)
//   dotnet run --project tests/Site.Fuzz -c Release -- --bench-sanitizer    (cost of the sanitiser on the seed's content)

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal)) { Console.Error.WriteLine("unexpected argument: " + args[i]); return 2; }
    options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
}
long Number(string name, long fallback) => options.TryGetValue(name, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;

var root = options.TryGetValue("root", out var r) ? r : FindRoot();
var corpus = FuzzCorpus.Load(root);

if (options.ContainsKey("bench-sanitizer")) return BenchSanitizer(root);
if (options.TryGetValue("replay", out var replaySeed))
{
    var index = long.Parse(args[^1], CultureInfo.InvariantCulture);
    Console.Write(FuzzRunner.Input(corpus, int.Parse(replaySeed, CultureInfo.InvariantCulture), index));
    return 0;
}

var run = new FuzzOptions(
    Count: Number("count", 100_000),
    Seed: (int)Number("seed", 1),
    FailureFolder: options.GetValueOrDefault("out"),
    FullEvery: (int)Number("full-every", 1),
    TimeoutMs: (int)Number("timeout", 2000),
    Workers: (int)Number("workers", Environment.ProcessorCount),
    Start: (int)Number("start", 0),
    Progress: Console.WriteLine);
Console.WriteLine($"corpus: {corpus.Texts.Count} texts; {run.Count:N0} inputs from seed {run.Seed}; full pipeline every {run.FullEvery}; timeout {run.TimeoutMs} ms; {run.Workers} workers");
var report = new FuzzRunner(corpus, new FuzzPipeline(root)).Run(run);
Console.WriteLine(report);
return report.Exceptions + report.Hangs + report.RoundTripFailures == 0 ? 0 : 1;

static string FindRoot()
{
    var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln"))) directory = directory.Parent;
    return directory?.FullName ?? throw new InvalidOperationException("run inside the repository or pass --root");
}

// Renders the seed's content (both editions) many times and times the sanitiser on the same HTML: the renderer's cost
// without it is the difference. The sanitiser gives back the seed's HTML unchanged, so sanitising its output again is the
// same work it did inside the renderer. The full pass alone is timed too, for the shortcut's share.
static int BenchSanitizer(string root)
{
    var pipeline = new FuzzPipeline(root);
    var seed = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(root, "content", "articles"), "*.wikitext").Order(StringComparer.Ordinal).First());
    var html = pipeline.Fragments(seed);
    for (var warm = 0; warm < 30; warm++) { pipeline.Fragments(seed); foreach (var h in html) ContentSanitizer.Default.Sanitize(h); }
    // Best of 7 runs of 20 rounds each: on a shared 2-core machine a single run picks up collections and other work.
    static double Best(Action round)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 7; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++) round();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 20);
        }
        return best;
    }
    var render = Best(() => pipeline.Fragments(seed));
    var sanitize = Best(() => { foreach (var h in html) ContentSanitizer.Default.Sanitize(h); });
    var canonical = Best(() => { foreach (var h in html) ContentSanitizer.Default.IsCleanCanonical(h); });
    var tokenizer = Best(() => { foreach (var h in html) ContentSanitizer.Default.IsCleanByTokenizer(h); });
    var full = Best(() => { foreach (var h in html) ContentSanitizer.Default.SanitizeFully(h); });
    var changed = html.Count(h => ContentSanitizer.Default.Sanitize(h) != h);
    var shortcut = html.Count(h => h.Contains('<') && ContentSanitizer.Default.IsCleanCanonical(h) == true);
    Console.WriteLine($"seed content: {html.Count} HTML strings ({html.Count(h => h.Contains('<'))} with markup, {shortcut} of them taken by the canonical scan), {html.Sum(h => h.Length):N0} chars (both editions), {changed} changed by sanitising again");
    Console.WriteLine($"per build, best of 7: model+convert+render {render:F1} ms; sanitising {sanitize:F2} ms (the shortcut's stages alone: canonical scan {canonical:F2} ms, spec tokenizer {tokenizer:F2} ms; HtmlSanitizer's full pass on every string: {full:F1} ms)");
    return 0;
}