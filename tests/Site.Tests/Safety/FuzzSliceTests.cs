using Site.Fuzzing;
using Site.Testing;

namespace Site.Tests.Safety;

/// <summary>A fixed-seed slice of the fuzzer (tests/Site.Fuzz): every input parses, prints back exactly, builds, converts and renders.</summary>
public sealed class FuzzSliceTests
{
    [Fact]
    public void Fixed_seed_slice_has_no_exceptions_hangs_or_round_trip_failures()
    {
        var corpus = FuzzCorpus.Load(TestPaths.RepositoryRoot);
        var runner = new FuzzRunner(corpus, new FuzzPipeline(TestPaths.RepositoryRoot));
        var failures = Path.Combine(Path.GetTempPath(), "site-fuzz-slice-" + Guid.NewGuid().ToString("N"));
        var report = runner.Run(new FuzzOptions(Count: 2000, Seed: 20240609, FailureFolder: failures, FullEvery: 1, TimeoutMs: 10_000, Workers: 2));
        Assert.Equal(2000, report.Inputs);
        Assert.True(report.Exceptions == 0 && report.Hangs == 0 && report.RoundTripFailures == 0, report + "\nfailing inputs in " + failures);
    }
}
