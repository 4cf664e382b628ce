using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Site.Fuzzing;

/// <summary>What a fuzz run found.</summary>
public sealed record FuzzReport(long Inputs, long FullRuns, long Exceptions, long Hangs, long RoundTripFailures, IReadOnlyDictionary<string, long> Signatures, TimeSpan Elapsed)
{
    public override string ToString()
    {
        var b = new StringBuilder().Append(CultureInfo.InvariantCulture, $"inputs {Inputs:N0}, full pipeline {FullRuns:N0}, exceptions {Exceptions}, hangs {Hangs}, round-trip failures {RoundTripFailures}, in {Elapsed:hh\\:mm\\:ss}");
        foreach (var (signature, count) in Signatures.OrderByDescending(s => s.Value)) b.Append(CultureInfo.InvariantCulture, $"\n  {count,8}  {signature}");
        return b.ToString();
    }
}

/// <summary>Options of a run: input <c>i</c> is generated from <c>Seed</c> and <c>i</c> alone, so any input can be replayed.</summary>
public sealed record FuzzOptions(long Count, int Seed, string? FailureFolder, int FullEvery = 1, int TimeoutMs = 2000, int Workers = 1, int Start = 0, Action<string>? Progress = null);

/// <summary>
/// The fuzz loop: each input is a mutated corpus window (3 in 4) or a grammar-generated page (1 in 4); parse and
/// round-trip always, the full pipeline every <see cref="FuzzOptions.FullEvery"/>th input, each on a task with a
/// watchdog timeout (no cancellation token reaches the code under test). Failing inputs are saved with their trace,
/// the first few of each kind.
/// </summary>
public sealed class FuzzRunner(FuzzCorpus corpus, FuzzPipeline pipeline)
{
    private const int SavedPerSignature = 5;

    public static string Input(FuzzCorpus corpus, int seed, long index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        return random.Next(4) == 0 ? WikitextGrammar.Generate(random) : WikitextMutator.Mutate(random, corpus);
    }

    public FuzzReport Run(FuzzOptions options)
    {
        // Load the conversion dictionaries and JIT the stages first, so the first inputs are not reported as hangs.
        pipeline.Full("'''预热''' [[韩美关系|链接]]<ref>{{cite web|url=https://example.org|title=标题}}</ref>\n== 节 ==\n* 项\n{{reflist}}");
        var watch = Stopwatch.StartNew();
        long next = options.Start - 1, inputs = 0, full = 0, exceptions = 0, hangs = 0, roundTrips = 0;
        var signatures = new Dictionary<string, long>(StringComparer.Ordinal);
        var gate = new object();
        var end = options.Start + options.Count;

        void Record(string kind, string signature, long index, string input, string detail)
        {
            lock (gate)
            {
                var key = kind + ": " + signature;
                var seen = signatures[key] = signatures.GetValueOrDefault(key) + 1;
                if (options.FailureFolder is null || seen > SavedPerSignature) return;
                Directory.CreateDirectory(options.FailureFolder);
                var name = $"{kind}-{options.Seed}-{index}";
                File.WriteAllText(Path.Combine(options.FailureFolder, name + ".wikitext"), input);
                File.WriteAllText(Path.Combine(options.FailureFolder, name + ".txt"), $"seed {options.Seed} index {index}\n{key}\n\n{detail}\n");
            }
        }

        void Work()
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= end) return;
                var input = Input(corpus, options.Seed, index);
                var doFull = index % options.FullEvery == 0;
                var task = Task.Run(() =>
                {
                    var ok = FuzzPipeline.RoundTrips(input);
                    if (doFull) pipeline.Full(input);
                    return ok;
                });
                bool finished;
                try
                {
                    finished = task.Wait(options.TimeoutMs);
                }
                catch (AggregateException e)
                {
                    var inner = e.InnerException!;
                    Interlocked.Increment(ref exceptions);
                    var frame = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains(" at Site.", StringComparison.Ordinal))?.Trim() ?? "";
                    Record("exception", inner.GetType().Name + " " + frame, index, input, inner.ToString());
                    finished = true;
                }
                if (!finished)
                {
                    Interlocked.Increment(ref hangs);
                    Record("hang", doFull ? "full pipeline" : "parse", index, input, $"no result after {options.TimeoutMs} ms");
                }
                else if (task.IsCompletedSuccessfully && !task.Result)
                {
                    Interlocked.Increment(ref roundTrips);
                    Record("roundtrip", "ToWikitext() != input", index, input, "the tree does not print back the input");
                }
                Interlocked.Increment(ref inputs);
                if (doFull) Interlocked.Increment(ref full);
                if (options.Progress is { } progress && index % 50_000 == 0)
                {
                    progress($"{index:N0}: exceptions {Interlocked.Read(ref exceptions)}, hangs {Interlocked.Read(ref hangs)}, round-trip {Interlocked.Read(ref roundTrips)}, {watch.Elapsed:hh\\:mm\\:ss}");
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return new FuzzReport(inputs, full, exceptions, hangs, roundTrips, signatures, watch.Elapsed);
    }
}
