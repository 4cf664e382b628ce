using System.Globalization;
using Site.Conversion.Articles;
using Site.Model;
using Site.Model.Building;

namespace Site.Conversion.Tests;

/// <summary>
/// Issue #6: our edition pipeline against the OpenCC 1.1.6 command line on the seed's plain text
/// (../shared/reference/opencc/seed-plain.txt; seed-s2tw.txt and seed-t2s.txt are OpenCC's output).
/// zh-Hant is <see cref="EditionConverter"/> for zh-tw, zh-Hans for zh-cn, each with the page rules of the
/// seed's {{noteTA}} (groups G1–G4 from content/conversion/groups, rules 1–4 as written) and
/// content/conversion/overrides.yml — built exactly as <see cref="ArticleConverter"/> builds them.
/// Every word-level difference must be in <see cref="Explained"/>, with the rule that causes it; the cause is
/// also recomputed (which strtr key produced the text, and where that key comes from) and must match.
/// Any unexplained difference, or a table entry that no longer occurs as often as listed, fails the test.
/// </summary>
public sealed class SeedAgreementTests(ITestOutputHelper output)
{
    /// <summary>One distinct difference: reference (OpenCC CLI) text → our text, how often, and why.</summary>
    /// <param name="Reason">
    /// <c>noteTA N</c> (the seed's numbered rule), <c>group File.yml: item</c> (a conversion group item, named by its
    /// <c>original</c>), <c>overrides.yml section: key</c>, or <c>OpenCC 1.1.6 vs 1.4.2: …</c> (vendored dictionaries).
    /// </param>
    private sealed record Explained(string Edition, string Reference, string Ours, int Count, string Reason);

    private static readonly Explained[] Table =
    [
        // ---- zh-Hant (zh-tw) vs `opencc -c s2tw.json` ----
        // noteTA |3 = zh:朝鮮戰爭; zh-cn:朝鲜战争; zh-tw:韓戰; …: Taiwan calls the Korean War 韓戰.
        new("zh-tw", "朝鮮戰爭", "韓戰", 4, "noteTA 3"),
        // noteTA |1 = zh-cn:约翰·克里; zh-tw:約翰·凱瑞; (John Kerry, Taiwan transliteration).
        new("zh-tw", "約翰·克里", "約翰·凱瑞", 1, "noteTA 1"),
        // G4 = PresidentsUS: Taiwan transliterations of US presidents.
        new("zh-tw", "奧巴馬", "歐巴馬", 2, "group PresidentsUS.yml: Obama"),
        new("zh-tw", "特朗普", "川普", 2, "group PresidentsUS.yml: Trump"),
        new("zh-tw", "約翰遜", "詹森", 1, "group PresidentsUS.yml: Johnson"),
        new("zh-tw", "理查德·尼克松", "理查·尼克森", 1, "group PresidentsUS.yml: Richard Nixon"),
        new("zh-tw", "里根", "雷根", 1, "group PresidentsUS.yml: Reagan"),
        new("zh-tw", "小布什", "小布希", 1, "group PresidentsUS.yml: Bush (junior)"),
        new("zh-tw", "比爾·克林頓", "比爾·柯林頓", 1, "group PresidentsUS.yml: Bill Clinton"),
        // G3 = Places: Houston, San Francisco.
        new("zh-tw", "休斯頓", "休士頓", 1, "group Places.yml: Houston"),
        new("zh-tw", "三藩市", "舊金山", 1, "group Places.yml: San Francisco"),
        // overrides.yml fixes OpenCC mistakes in names and words.
        // Both occurrences OpenCC gets wrong are spelled 全斗煥 in the source (全斗焕 elsewhere comes out right anyway).
        new("zh-tw", "全鬥煥", "全斗煥", 2, "overrides.yml traditional: 全斗煥"),
        new("zh-tw", "樸東宣", "朴東宣", 1, "overrides.yml traditional: 朴东宣"),
        new("zh-tw", "不準其貿易", "不准其貿易", 1, "overrides.yml traditional: 不准其貿易"),
        // 栗谷 (Yulgok): 1.1.6 gives 慄谷. Our vendored 1.4.2 STPhrases would fix it too, but the override matches first.
        new("zh-tw", "慄谷", "栗谷", 2, "overrides.yml traditional: 栗谷"),

        // ---- zh-Hans (zh-cn) vs `opencc -c t2s.json` ----
        // noteTA |3: the mainland name of the Korean War (the seed writes 韩战 twice).
        new("zh-cn", "韩战", "朝鲜战争", 2, "noteTA 3"),
        // G3 = Places: mainland names for Honolulu, Houston, San Francisco.
        new("zh-cn", "檀香山", "火奴鲁鲁", 1, "group Places.yml: Honolulu"),
        new("zh-cn", "休斯顿", "休斯敦", 1, "group Places.yml: Houston"),
        new("zh-cn", "三藩市", "旧金山", 1, "group Places.yml: San Francisco"),
    ];

    /// <summary>A difference found on one line, with its recomputed cause.</summary>
    private sealed record Difference(int Line, string Reference, string Ours, string Cause);

    [Theory]
    [InlineData("zh-tw", "seed-s2tw.txt")]
    [InlineData("zh-cn", "seed-t2s.txt")]
    public void EditionDiffersFromOpenCcCliOnlyWhereARuleSaysSo(string edition, string referenceFile)
    {
        var plain = File.ReadAllLines(SharedFiles.Reference("opencc/seed-plain.txt"));
        var reference = File.ReadAllLines(SharedFiles.Reference("opencc/" + referenceFile));
        Assert.Equal(plain.Length, reference.Length);
        var variant = ZhVariants.Parse(edition);
        var page = SeedPage.Value;
        var converter = new EditionConverter(variant, page.Rules, page.Overrides);
        var siteConverter = new ArticleConverter(page.Groups, page.Overrides).Convert(page.Article, variant).Converter;
        var tracer = new Tracer(variant, page);

        var differences = new List<Difference>();
        var differingLines = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            var ours = converter.Convert(plain[i]);
            Assert.Equal(siteConverter.Convert(plain[i]), ours); // the site's converter for the seed page is this one
            var segments = tracer.Trace(plain[i], ours);
            if (ours == reference[i]) continue;
            differingLines++;
            differences.AddRange(WordDiff(reference[i], ours, segments).Select(d => d with { Line = i + 1 }));
        }

        output.WriteLine($"{edition}: {differingLines} of {plain.Length} lines differ from OpenCC 1.1.6 ({referenceFile}); {differences.Count} differences:");
        foreach (var d in differences)
        {
            output.WriteLine($"  line {d.Line,3}: {d.Reference} → {d.Ours}    [{d.Cause}]");
        }

        var table = Table.Where(e => e.Edition == edition).ToList();
        var found = differences.GroupBy(d => (d.Reference, d.Ours)).ToDictionary(g => g.Key, g => g.ToList());
        var problems = new List<string>();
        foreach (var ((reference1, ours1), list) in found)
        {
            var entry = table.FirstOrDefault(e => e.Reference == reference1 && e.Ours == ours1);
            var lines = string.Join(",", list.Select(d => d.Line));
            if (entry is null)
            {
                problems.Add($"unexplained: {reference1} → {ours1} on line(s) {lines}, caused by {string.Join(" / ", list.Select(d => d.Cause).Distinct())}");
                continue;
            }
            if (list.Any(d => d.Cause != entry.Reason))
            {
                problems.Add($"wrong reason: {reference1} → {ours1} is listed as '{entry.Reason}' but comes from '{string.Join(" / ", list.Select(d => d.Cause).Distinct())}'");
            }
            if (list.Count != entry.Count)
            {
                problems.Add($"count: {reference1} → {ours1} is listed {entry.Count}× but occurs {list.Count}× (lines {lines})");
            }
        }
        foreach (var stale in table.Where(e => !found.ContainsKey((e.Reference, e.Ours))))
        {
            problems.Add($"stale table entry (no longer occurs): {stale.Reference} → {stale.Ours} ({stale.Reason})");
        }

        output.WriteLine($"{edition}: {found.Count} distinct difference pairs, per reason kind:");
        foreach (var kind in found.Values.GroupBy(l => ReasonKind(l[0].Cause)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count()} pairs, {kind.Sum(l => l.Count)} occurrences");
        }
        foreach (var byReason in found.Values.GroupBy(l => l[0].Cause).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {byReason.Key}: {string.Join("; ", byReason.Select(l => $"{l[0].Reference} → {l[0].Ours} ×{l.Count}"))}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void PageRulesAreTheSeedsNoteTa()
    {
        var source = Assert.Single(SeedPage.Value.Article.ConversionRules);
        Assert.True(source.FromNoteTa);
        Assert.Equal(["US_Senators", "USState", "Places", "PresidentsUS"], source.Groups);
        Assert.Equal(
            [
                "zh-cn:约翰·克里; zh-tw:約翰·凱瑞;zh-hk:約翰·克里;",
                "zh-cn:克里; zh-tw:凱瑞;zh-hk:克里;",
                "zh:朝鮮戰爭; zh-cn:朝鲜战争; zh-tw:韓戰; zh-hk:韓戰; zh-sg:韩战;",
                "zh-hans:朝鲜半岛; zh-hant:朝鮮半島;",
            ],
            source.Rules);
        Assert.Empty(SeedPage.Value.NoteTa.MissingGroups);
    }

    private static string ReasonKind(string cause) => cause.Split(' ')[0] switch
    {
        "noteTA" => "noteTA rule",
        "group" => "conversion group",
        "overrides.yml" => "override",
        _ => "OpenCC 1.1.6 vs 1.4.2",
    };

    // ---------------------------------------------------------------- the seed page, as the site builds it

    private sealed record Page(
        Article Article, ConversionGroupLibrary Groups, ConversionOverrides Overrides, NoteTaResult NoteTa, PageRuleTable Rules);

    private static readonly Lazy<Page> SeedPage = new(() =>
    {
        const string path = "content/articles/韩美关系.wikitext";
        var article = ArticleBuilder.CreateDefault().Build(new ArticleSource("韩美关系", "韩美关系", path, File.ReadAllText(SharedFiles.Repo(path))));
        var data = new ConversionDataLoader(SharedFiles.Repo("content/conversion"));
        var groups = data.LoadGroups();
        // As ArticleConverter does: noteTA groups as G1…, numbered rules as 1…, T; then NoteTa.Evaluate and ApplyTo.
        var source = article.ConversionRules.Single(r => r.FromNoteTa);
        var parameters = source.Groups.Select((g, i) => KeyValuePair.Create($"G{i + 1}", g))
            .Concat(source.Rules.Select((r, i) => KeyValuePair.Create((i + 1).ToString(CultureInfo.InvariantCulture), r)));
        if (source.Title is not null) parameters = parameters.Append(KeyValuePair.Create("T", source.Title));
        var noteTa = NoteTa.Evaluate(parameters, groups);
        return new Page(article, groups, data.LoadOverrides(), noteTa, noteTa.ApplyTo(PageRuleTable.Empty));
    });

    // ---------------------------------------------------------------- where our text comes from

    /// <summary>A stretch of our output produced by one strtr key (a page rule or an override).</summary>
    private sealed record Replacement(int Start, int Length, string Key, string Value, string Cause);

    /// <summary>
    /// Re-runs the edition converter's strtr pass (overrides, then page rules on top; longest key wins; OpenCC
    /// for the stretches between) to find which key produced each part of the output, and names its origin.
    /// </summary>
    private sealed class Tracer
    {
        private readonly ZhVariant _variant;
        private readonly Page _page;
        private readonly Dictionary<string, string> _pairs = new(StringComparer.Ordinal);
        private readonly OpenCcConverter _openCc;
        private readonly int _maxKey;

        public Tracer(ZhVariant variant, Page page)
        {
            _variant = variant;
            _page = page;
            foreach (var (k, v) in page.Overrides.For(variant)) _pairs[k] = v;
            foreach (var (k, v) in page.Rules.For(variant)) _pairs[k] = v;
            _maxKey = _pairs.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
            _openCc = OpenCcConverter.Get(EditionConverter.DictionaryConfigFor(variant)!);
        }

        public List<Replacement> Trace(string line, string expectedOutput)
        {
            var result = new List<Replacement>();
            var text = new System.Text.StringBuilder();
            var start = 0;
            var i = 0;
            while (i < line.Length)
            {
                var matched = 0;
                for (var length = Math.Min(_maxKey, line.Length - i); length > 0; length--)
                {
                    if (_pairs.ContainsKey(line.Substring(i, length)))
                    {
                        matched = length;
                        break;
                    }
                }
                if (matched == 0)
                {
                    i++;
                    continue;
                }
                if (i > start) text.Append(_openCc.Convert(line[start..i]));
                var key = line.Substring(i, matched);
                result.Add(new Replacement(text.Length, _pairs[key].Length, key, _pairs[key], Cause(key, _pairs[key])));
                text.Append(_pairs[key]);
                i += matched;
                start = i;
            }
            if (line.Length > start) text.Append(_openCc.Convert(line[start..]));
            Assert.Equal(expectedOutput, text.ToString()); // the trace reproduces the converter
            return result;
        }

        private string Cause(string key, string value)
        {
            // Page rules beat overrides; among rules, the last one that sets the key wins (setPair).
            var rule = _page.NoteTa.Rules.LastOrDefault(r =>
                r.Rule.ConversionTables().TryGetValue(_variant, out var table) && table.TryGetValue(key, out var v) && v == value);
            if (rule is not null && _page.Rules.For(_variant).ContainsKey(key))
            {
                if (rule.Group is null) return $"noteTA {rule.Parameter}";
                Assert.True(_page.Groups.TryGet(rule.Group, out var group));
                var item = group.Items.First(it => it.Rule == rule.RuleText);
                return $"group {Path.GetFileName(group.SourcePath)}: {item.Original ?? item.Rule}";
            }
            var section = _page.Overrides.PerVariant.TryGetValue(_variant, out var own) && own.ContainsKey(key)
                ? "variants/" + _variant.Code()
                : _variant.IsTraditional() ? "traditional" : "simplified";
            return $"overrides.yml {section}: {key}";
        }
    }

    // ---------------------------------------------------------------- word-level diff

    private abstract record Op(int OursStart, int OursLength);

    private sealed record Same(int OursStart, char Char) : Op(OursStart, 1);

    private sealed record Changed(int OursStart, string Reference, string Ours) : Op(OursStart, Ours.Length);

    /// <summary>
    /// Character LCS of the two lines, then each changed stretch is widened to the whole strtr replacement(s)
    /// it touches in our output (so 奧→歐 becomes 奧巴馬 → 歐巴馬). A change outside every replacement is
    /// OpenCC's own; its cause is "OpenCC 1.1.6 vs 1.4.2".
    /// </summary>
    private static List<Difference> WordDiff(string reference, string ours, List<Replacement> replacements)
    {
        var ops = Lcs(reference, ours);
        var differences = new List<Difference>();
        var k = 0;
        while (k < ops.Count)
        {
            if (ops[k] is not Changed)
            {
                k++;
                continue;
            }
            // Grow [from, to] over neighbouring ops that lie in a replacement touched by the group so far.
            int from = k, to = k;
            var touched = new HashSet<Replacement>();
            bool grew;
            do
            {
                grew = false;
                for (var j = from; j <= to; j++)
                {
                    foreach (var r in replacements.Where(r => Touches(r, ops[j]))) grew |= touched.Add(r);
                }
                while (from > 0 && (ops[from - 1] is Changed || touched.Any(r => Inside(r, ops[from - 1]))))
                {
                    from--;
                    grew = true;
                }
                while (to < ops.Count - 1 && (ops[to + 1] is Changed || touched.Any(r => Inside(r, ops[to + 1]))))
                {
                    to++;
                    grew = true;
                }
            }
            while (grew);

            var span = ops.Skip(from).Take(to - from + 1).ToList();
            var refText = string.Concat(span.Select(o => o is Same s ? s.Char.ToString() : ((Changed)o).Reference));
            var ourText = string.Concat(span.Select(o => o is Same s ? s.Char.ToString() : ((Changed)o).Ours));
            var cause = touched.Count == 0
                ? "OpenCC 1.1.6 vs 1.4.2"
                : string.Join(" + ", touched.OrderBy(r => r.Start).Select(r => r.Cause).Distinct());
            differences.Add(new Difference(0, refText, ourText, cause));
            k = to + 1;
        }
        return differences;
    }

    /// <summary>An op overlaps a replacement (a pure deletion counts when it sits inside or at either edge).</summary>
    private static bool Touches(Replacement r, Op op) => op.OursLength == 0
        ? op.OursStart >= r.Start && op.OursStart <= r.Start + r.Length
        : op.OursStart < r.Start + r.Length && r.Start < op.OursStart + op.OursLength;

    private static bool Inside(Replacement r, Op op) => op is Same && op.OursStart >= r.Start && op.OursStart < r.Start + r.Length;

    private static List<Op> Lcs(string a, string b)
    {
        var n = a.Length;
        var m = b.Length;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }
        var ops = new List<Op>();
        int x = 0, y = 0, changeA = -1, changeB = -1;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x] == b[y])
            {
                Flush();
                ops.Add(new Same(y, b[y]));
                x++;
                y++;
                continue;
            }
            if (changeA < 0)
            {
                changeA = x;
                changeB = y;
            }
            if (y < m && (x == n || table[x, y + 1] >= table[x + 1, y])) y++;
            else x++;
        }
        Flush();
        return ops;

        void Flush()
        {
            if (changeA < 0) return;
            ops.Add(new Changed(changeB, a[changeA..x], b[changeB..y]));
            changeA = -1;
        }
    }
}
