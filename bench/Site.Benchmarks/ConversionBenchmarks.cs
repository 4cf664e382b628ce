using System.Text;
using BenchmarkDotNet.Attributes;
using Site.Conversion;
using Site.Conversion.Articles;
using Site.Model.Building;

namespace Site.Benchmarks;

/// <summary>
/// Conversion throughput in-process on ~10 MB of the seed's plain text (../shared/reference/opencc/seed-plain.txt
/// repeated, the same file bench/opencc/run.sh gives the OpenCC command line): OpenCC s2tw and t2s alone, and the
/// site's edition converters (zh-tw and zh-cn with the seed's {{noteTA}} page rules and overrides.yml).
/// Dictionaries are loaded in the global setup, so the figures are conversion only.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ConversionBenchmarks
{
    private string _text = "";
    private OpenCcConverter _s2tw = null!;
    private OpenCcConverter _t2s = null!;
    private EditionConverter _zhTw = null!;
    private EditionConverter _zhCn = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(ConversionInputs.SeedPlain10MbPath(), Encoding.UTF8);
        _s2tw = OpenCcConverter.Get(OpenCcConfig.S2TW);
        _t2s = OpenCcConverter.Get(OpenCcConfig.T2S);
        _zhTw = ConversionInputs.SeedEditionConverter(ZhVariant.ZhTW);
        _zhCn = ConversionInputs.SeedEditionConverter(ZhVariant.ZhCN);
        // Load the dictionaries and JIT before measuring.
        foreach (var convert in new Func<string, string>[] { _s2tw.Convert, _t2s.Convert, _zhTw.Convert, _zhCn.Convert })
        {
            convert("韩美关系 韓美關係");
        }
    }

    [Benchmark]
    public int OpenCcS2tw() => _s2tw.Convert(_text).Length;

    [Benchmark]
    public int OpenCcT2s() => _t2s.Convert(_text).Length;

    [Benchmark]
    public int EditionZhTw() => _zhTw.Convert(_text).Length;

    [Benchmark]
    public int EditionZhCn() => _zhCn.Convert(_text).Length;
}

/// <summary>The conversion benchmark's input and the seed page's edition converters.</summary>
public static class ConversionInputs
{
    /// <summary>10 MiB: the seed plain text (19,014 bytes) is repeated 552 times (10,495,728 bytes).</summary>
    private const long TargetBytes = 10L * 1024 * 1024;

    public static string SeedPlainPath =>
        Path.GetFullPath(Path.Combine(BenchInputs.RepositoryRoot, "..", "shared", "reference", "opencc", "seed-plain.txt"));

    public static long SeedPlain10MbBytes => new FileInfo(SeedPlain10MbPath()).Length;

    /// <summary>
    /// Builds (once per machine) the seed plain text repeated byte for byte to at least 10 MiB, in a temp folder
    /// (never committed). bench/opencc/run.sh builds the same bytes with <c>cat</c>.
    /// </summary>
    public static string SeedPlain10MbPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "site-bench");
        var path = Path.Combine(folder, "seed-plain-10mb.txt");
        if (!File.Exists(SeedPlainPath)) throw new FileNotFoundException("../shared/reference/opencc/seed-plain.txt is absent: the conversion benchmark needs it.", SeedPlainPath);
        var seed = File.ReadAllBytes(SeedPlainPath);
        var copies = (int)((TargetBytes + seed.Length - 1) / seed.Length);
        if (File.Exists(path) && new FileInfo(path).Length == (long)copies * seed.Length) return path;
        Directory.CreateDirectory(folder);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            for (var i = 0; i < copies; i++) stream.Write(seed);
        }
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The edition converter the site uses for the seed page: its {{noteTA}} rules and content/conversion/overrides.yml.</summary>
    public static EditionConverter SeedEditionConverter(ZhVariant variant)
    {
        var root = BenchInputs.RepositoryRoot;
        const string relative = "content/articles/韩美关系.wikitext";
        var article = ArticleBuilder.CreateDefault().Build(new ArticleSource("韩美关系", "韩美关系", relative, File.ReadAllText(Path.Combine(root, relative))));
        var data = new ConversionDataLoader(Path.Combine(root, "content", "conversion"));
        var converter = new ArticleConverter(data.LoadGroups(), data.LoadOverrides()).Convert(article, variant).Converter;
        if (converter.PageRules.IsEmpty) throw new InvalidOperationException("the seed's {{noteTA}} produced no page rules");
        return converter;
    }
}
