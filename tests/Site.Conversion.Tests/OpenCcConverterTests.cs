using System.Diagnostics;
using System.Text;

namespace Site.Conversion.Tests;

public sealed class OpenCcConverterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("s2t", "汉字转换，头发和发展", "漢字轉換，頭髮和發展")]
    [InlineData("s2tw", "着火了，为什么", "著火了，為什麼")]
    [InlineData("s2hk", "为什么着", "為什麼着")]
    [InlineData("t2s", "漢字轉換，頭髮和發展", "汉字转换，头发和发展")]
    [InlineData("tw2s", "著火了，為什麼", "着火了，为什么")]
    [InlineData("hk2s", "為什麼着", "为什么着")]
    [InlineData("s2twp", "鼠标和软件", "滑鼠和軟體")]
    public void ConvertsWithEachConfig(string config, string input, string expected) =>
        Assert.Equal(expected, OpenCcConverter.Get(config).Convert(input));

    [Fact]
    public void PhrasesBeatCharacters()
    {
        // 发 alone is 發 (STCharacters' first value); in the phrase 头发 it is 髮 (STPhrases, tried first).
        var s2t = OpenCcConverter.Get(OpenCcConfig.S2T);
        Assert.Equal("發", s2t.Convert("发"));
        Assert.Equal("頭髮", s2t.Convert("头发"));
    }

    [Fact]
    public void KeepsNonChineseTextAndSurrogatePairs()
    {
        var text = "ABC 123 😀 𠮷 <b>&amp;</b>\n";
        Assert.Equal(text, OpenCcConverter.Get("s2tw").Convert(text));
        Assert.Equal(string.Empty, OpenCcConverter.Get("t2s").Convert(string.Empty));
    }

    [Fact]
    public void NormalizesCompatibilityIdeographs()
    {
        // U+F900 豈 is a compatibility ideograph for U+8C48 豈.
        Assert.Equal("豈", OpenCcConverter.Get("s2t").Convert("\uF900"));
    }

    [Fact]
    public void ConfigsAreData()
    {
        Assert.True(OpenCcConfig.TryGet("S2TW.json", out var config));
        Assert.Same(OpenCcConfig.S2TW, config);
        Assert.Equal("s2tw: seg=STPhrases chain=[short_circuit(STPhrases, STCharacters) → short_circuit(TWVariantsPhrases, TWVariants)]", config.ToString());
        var custom = new OpenCcConfig("custom", null, [OpenCcDictionarySpec.File("TWVariants")], Normalize: false);
        Assert.Equal("偽", OpenCcConverter.Get(custom).Convert("僞"));
    }

    [Fact]
    public void ConvertersAreSharedAndThreadSafe()
    {
        var converter = OpenCcConverter.Get("s2tw");
        Assert.Same(converter, OpenCcConverter.Get(OpenCcConfig.S2TW));
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => OpenCcConverter.Get("s2tw").Convert("韩美关系的发展")).Distinct().ToList();
        Assert.Equal(["韓美關係的發展"], results);
    }

    [Fact]
    public void Throughput()
    {
        var plain = File.ReadAllText(SharedFiles.Reference("opencc/seed-plain.txt"));
        var text = new StringBuilder().Insert(0, plain, 100).ToString();
        var bytes = Encoding.UTF8.GetByteCount(text);
        foreach (var name in new[] { "s2tw", "t2s" })
        {
            var converter = OpenCcConverter.Get(name);
            converter.Convert(plain); // warm up (loads dictionaries, JIT)
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var sw = Stopwatch.StartNew();
                converter.Convert(text);
                best = TimeSpan.FromTicks(Math.Min(best.Ticks, sw.Elapsed.Ticks));
            }

            output.WriteLine($"{name}: {bytes / 1e6 / best.TotalSeconds:F1} MB/s (UTF-8 input, {bytes / 1e6:F1} MB in {best.TotalMilliseconds:F0} ms)");
        }
    }
}
