namespace Site.Conversion.Tests;

/// <summary>
/// Our OpenCC chain against the reference outputs in ../shared/reference/opencc/, which were made with the
/// OpenCC 1.1.6 command line (Debian). We vendor the 1.4.2 dictionaries, so a few lines differ; every known
/// difference is listed below with its reason, and any other difference fails the test.
/// </summary>
public sealed class OpenCcReferenceTests(ITestOutputHelper output)
{
    /// <summary>A known 1.1.6 → 1.4.2 difference: on this 1-based line, reference text → our text.</summary>
    private sealed record KnownDifference(string Config, int Line, string Reference, string Ours, string Reason);

    private static readonly KnownDifference[] KnownDifferences =
    [
        // 栗谷 (Yulgok, 1.1.6 wrongly 慄谷): 1.4.2's STPhrases has 栗谷 → 栗谷.
        new("s2tw", 34, "第1次慄谷計劃", "第1次栗谷計劃", "1.4.2 STPhrases adds 栗谷"),
        new("s2tw", 41, "第2次慄谷計劃", "第2次栗谷計劃", "1.4.2 STPhrases adds 栗谷"),
        new("s2t", 34, "第1次慄谷計劃", "第1次栗谷計劃", "1.4.2 STPhrases adds 栗谷"),
        new("s2t", 41, "第2次慄谷計劃", "第2次栗谷計劃", "1.4.2 STPhrases adds 栗谷"),
        new("s2twp", 34, "第1次慄谷計劃", "第1次栗谷計劃", "1.4.2 STPhrases adds 栗谷"),
        new("s2twp", 41, "第2次慄谷計劃", "第2次栗谷計劃", "1.4.2 STPhrases adds 栗谷"),
        // 奧巴馬 → 歐巴馬: 1.4.2's TWPhrases has the Taiwan name for Obama.
        new("s2twp", 1, "美國總統奧巴馬稱", "美國總統歐巴馬稱", "1.4.2 TWPhrases adds 奧巴馬 → 歐巴馬"),
        new("s2twp", 71, "美國總統奧巴馬在", "美國總統歐巴馬在", "1.4.2 TWPhrases adds 奧巴馬 → 歐巴馬"),
        // 通過 → 透過 was dropped from TWPhrases in 1.4.x (通過 "pass (a bill)" is standard in Taiwan too).
        new("s2twp", 9, "案沒有透過", "案沒有通過", "1.4.2 TWPhrases drops 通過 → 透過"),
        new("s2twp", 27, "政策，透過外交", "政策，通過外交", "1.4.2 TWPhrases drops 通過 → 透過"),
        new("s2twp", 61, "名透過美軍", "名通過美軍", "1.4.2 TWPhrases drops 通過 → 透過"),
        new("s2twp", 66, "院獲得透過", "院獲得通過", "1.4.2 TWPhrases drops 通過 → 透過"),
        new("s2twp", 66, "會獲得透過", "會獲得通過", "1.4.2 TWPhrases drops 通過 → 透過"),
        new("s2twp", 71, "已經透過韓流", "已經通過韓流", "1.4.2 TWPhrases drops 通過 → 透過"),
    ];

    [Theory]
    [InlineData("s2tw")]
    [InlineData("t2s")]
    [InlineData("s2t")]
    [InlineData("s2twp")]
    public void ReproducesReferenceOutputExceptKnownVersionDifferences(string config)
    {
        var plain = File.ReadAllLines(SharedFiles.Reference("opencc/seed-plain.txt"));
        var expected = File.ReadAllLines(SharedFiles.Reference($"opencc/seed-{config}.txt"));
        Assert.Equal(plain.Length, expected.Length);
        var converter = OpenCcConverter.Get(config);
        var known = KnownDifferences.Where(d => d.Config == config).ToList();
        var used = new HashSet<KnownDifference>();
        var unexplained = new List<string>();

        for (var i = 0; i < plain.Length; i++)
        {
            var actual = converter.Convert(plain[i]);
            if (actual == expected[i])
            {
                continue;
            }

            var patched = expected[i];
            foreach (var d in known.Where(d => d.Line == i + 1))
            {
                if (patched.Contains(d.Reference, StringComparison.Ordinal))
                {
                    patched = patched.Replace(d.Reference, d.Ours, StringComparison.Ordinal);
                    used.Add(d);
                    output.WriteLine($"line {i + 1}: {d.Reference} → {d.Ours} ({d.Reason})");
                }
            }

            if (patched != actual)
            {
                unexplained.Add($"line {i + 1}:\n  reference: {expected[i]}\n  ours:      {actual}");
            }
        }

        Assert.True(unexplained.Count == 0, "Unexplained differences:\n" + string.Join("\n", unexplained));
        Assert.True(used.Count == known.Count,
            "Stale allow-list entries: " + string.Join(", ", known.Except(used).Select(d => $"{d.Line}:{d.Reference}")));
    }
}
