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
    const int rounds = 20;
    var render = Stopwatch.StartNew();
    for (var i = 0; i < rounds; i++) pipeline.Fragments(seed);
    render.Stop();
    var sanitize = Stopwatch.StartNew();
    for (var i = 0; i < rounds; i++) foreach (var h in html) ContentSanitizer.Default.Sanitize(h);
    sanitize.Stop();
    var full = Stopwatch.StartNew();
    for (var i = 0; i < rounds; i++) foreach (var h in html) ContentSanitizer.Default.SanitizeFully(h);
    full.Stop();
    var changed = html.Count(h => ContentSanitizer.Default.Sanitize(h) != h);
    var shortcut = html.Count(h => h.Contains('<') && ContentSanitizer.Default.IsClean(h));
    Console.WriteLine($"seed content: {html.Count} HTML strings ({html.Count(h => h.Contains('<'))} with markup, {shortcut} of them taken by the shortcut), {html.Sum(h => h.Length):N0} chars (both editions), {changed} changed by sanitising again");
    Console.WriteLine($"model+convert+render per build: {render.Elapsed.TotalMilliseconds / rounds:F1} ms; of which sanitising: {sanitize.Elapsed.TotalMilliseconds / rounds:F1} ms (HtmlSanitizer's full pass on every string: {full.Elapsed.TotalMilliseconds / rounds:F1} ms)");
    return 0;
}
