using System.Text.Json;
using Site.Rendering.Search;

namespace Site.Tests.Search;

/// <summary>
/// The split index on a generated corpus larger than one chunk and one shard: it reads back as written, the postings
/// are those of the text, and queries rank and confirm as documented.
/// </summary>
public sealed class SearchIndexFilesTests
{
    private const string Words = "同盟 关系 经济 军事 条约 外交 贸易 总统 会谈 协定 国会 选举 政策 安全 合作 发展";

    /// <summary>Deterministic documents: each a few dozen words; every 50th has 同盟 in its title; the Traditional edition says 韓戰 where the Simplified says 朝鲜战争.</summary>
    private static (List<SearchDocument> Hans, List<SearchDocument> Hant) Corpus(int count)
    {
        var words = Words.Split(' ');
        var hans = new List<SearchDocument>();
        var hant = new List<SearchDocument>();
        for (var i = 0; i < count; i++)
        {
            var text = string.Join("，", Enumerable.Range(0, 30).Select(k => words[(i * 7 + k * k) % words.Length])) + (i % 10 == 3 ? "。朝鲜战争" : "") + (i % 20 == 3 ? "。争朝" : "");
            var title = i % 50 == 0 ? "同盟" + i : "文档" + i;
            hans.Add(new SearchDocument(SearchDocumentKind.Section, title, "语境", $"../a{i / 5}/index.html#s{i % 5}", text));
            hant.Add(new SearchDocument(SearchDocumentKind.Section, title, "語境", $"../a{i / 5}/index.html#s{i % 5}", text.Replace("朝鲜战争", "韓戰", StringComparison.Ordinal)));
        }
        return (hans, hant);
    }

    private static (SearchIndex Index, Dictionary<string, byte[]> Files) Write(List<SearchDocument> hans, List<SearchDocument> hant, int batch, int spillBytes = SearchPostingsWriter.SpillBytes)
    {
        var files = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var scratch = Directory.CreateTempSubdirectory("search-test-");
        var postings = new SearchPostingsWriter(scratch.FullName, (path, bytes) => Assert.True(files.TryAdd("grams/" + path, bytes)), spillBytes);
        var chunks = new SearchChunkWriter("zh-hans", "zh-Hans");
        for (var at = 0; at < hans.Count; at += batch)
        {
            var prepared = SearchIndexBuilder.Prepare([hans.Skip(at).Take(batch).ToList(), hant.Skip(at).Take(batch).ToList()]);
            foreach (var json in prepared.Documents[0]) chunks.Add(json);
            foreach (var grams in prepared.Grams) postings.Add(grams);
        }
        postings.Finish();
        foreach (var (path, bytes) in chunks.Finish(postings, "grams/")) Assert.True(files.TryAdd(path, bytes));
        Assert.Empty(scratch.EnumerateFileSystemInfos());
        scratch.Delete();
        var written = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        return (SearchIndexJson.Read(path => System.Text.Encoding.UTF8.GetString(written[path])), written);
    }

    [Fact]
    public void A_large_index_splits_into_chunks_and_shards_and_reads_back_as_written()
    {
        var (hans, hant) = Corpus(3000);
        var (index, files) = Write(hans, hant, 40);
        Assert.Equal(hans, index.Documents);
        Assert.True(files.Keys.Count(k => k.StartsWith("docs/", StringComparison.Ordinal)) > 3);
        var shards = JsonDocument.Parse(files["index.json"]).RootElement.GetProperty("shards").GetInt32();
        Assert.True(shards >= 4 && (shards & (shards - 1)) == 0, $"{shards} shards");
        Assert.Equal(shards, files.Keys.Count(k => k.StartsWith("grams/", StringComparison.Ordinal)));
        Assert.All(files.Where(f => f.Key.StartsWith("docs/", StringComparison.Ordinal)), f => Assert.InRange(f.Value.Length, 1, SearchChunkWriter.ChunkBytes + 4096));
        // Batches of any size give the same files (documents are matched across editions within a batch), and so do
        // postings spilled to files every few kilobytes instead of kept in memory.
        foreach (var (batch, spill) in new[] { (7, SearchPostingsWriter.SpillBytes), (40, 4096) })
        {
            var (_, again) = Write(hans, hant, batch, spill);
            Assert.Equal(files.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
            Assert.All(files, f => Assert.Equal(f.Value, again[f.Key]));
        }
    }

    [Fact]
    public void Postings_hold_each_grams_count_and_title_flag_of_every_wording()
    {
        var (hans, hant) = Corpus(400);
        var (index, _) = Write(hans, hant, 40);
        foreach (var gram in new[] { "同盟", "关系", "战争", "韩战", "盟", "战" })
        {
            var expected = hans.Select((d, i) => (i, hans: d, hant: SearchText.Fold(index.Fold, hant[i].Text)))
                .Select(x => new Posting(x.i, Math.Max(Occurrences(x.hans.Text, gram), Occurrences(x.hant, gram)), x.hans.Title.Contains(gram, StringComparison.Ordinal)))
                .Where(p => p.Count > 0 || p.InTitle).ToList();
            Assert.Equal(expected, index.Postings[gram]);
        }
    }

    private static int Occurrences(string text, string gram)
    {
        var n = 0;
        for (var i = 0; i + gram.Length <= text.Length; i++) if (string.CompareOrdinal(text, i, gram, 0, gram.Length) == 0) n++;
        return n;
    }

    [Fact]
    public void Queries_rank_from_the_postings_and_confirm_on_the_text()
    {
        var (hans, hant) = Corpus(400);
        var (index, _) = Write(hans, hant, 40);
        // Title hits first, then by occurrences, then in document order.
        var hits = SearchQuery.Run(index, "同盟", 1000);
        Assert.Equal(hans.Count(d => d.Title.Contains("同盟", StringComparison.Ordinal) || d.Text.Contains("同盟", StringComparison.Ordinal)), hits.Count);
        var titled = hits.TakeWhile(h => h.InTitle).Count();
        Assert.Equal(hans.Count(d => d.Title.StartsWith("同盟", StringComparison.Ordinal)), titled);
        Assert.All(hits.Skip(titled), h => Assert.False(h.InTitle));
        Assert.Equal(hits.Skip(titled).OrderByDescending(h => h.Count).ThenBy(h => h.Document).Select(h => h.Document), hits.Skip(titled).Select(h => h.Document));
        // A longer term is confirmed on the text: 战争朝鲜 never occurs, though its bigrams all do, in one document.
        Assert.NotEmpty(SearchQuery.Candidates(index, ["战争朝鲜"]));
        Assert.Empty(SearchQuery.Run(index, "战争朝鲜"));
        // The other edition's wording finds this edition's text, marked where it stands here.
        var war = SearchQuery.Run(index, "韓戰", 1000);
        Assert.Equal(hans.Count(d => d.Text.Contains("朝鲜战争", StringComparison.Ordinal)), war.Count);
        Assert.All(war, h => Assert.Contains(h.Snippet.Marks, m => h.Snippet.Text.Substring(m.Start, m.Length) == "朝鲜战争"));
        // A lone character is looked up by its own postings.
        Assert.Equal(hans.Count(d => d.Text.Contains('盟', StringComparison.Ordinal) || d.Title.Contains('盟', StringComparison.Ordinal)), SearchQuery.Run(index, "盟", 1000).Count);
    }
}

/// <summary>The gram alphabet's shortcut for the CJK block agrees with the Unicode categories it stands for.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void Every_CJK_unified_ideograph_is_a_letter_and_punctuation_is_not_indexed()
    {
        for (var c = '\u4E00'; c <= '\u9FFF'; c++) Assert.True(char.IsLetterOrDigit(c), $"U+{(int)c:X4}");
        Assert.True(SearchText.IsIndexed('a') && SearchText.IsIndexed('7') && SearchText.IsIndexed('한'));
        Assert.False(SearchText.IsIndexed('，') || SearchText.IsIndexed(' ') || SearchText.IsIndexed('\uD800'));
    }
}
