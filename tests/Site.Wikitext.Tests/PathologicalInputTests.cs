using System.Diagnostics;
using System.Text;
using Site.Wikitext.Parsing;

namespace Site.Wikitext.Tests;

/// <summary>
/// Hostile inputs finish in time proportional to their size. The bound is generous (a linear parser
/// takes milliseconds; a quadratic one takes minutes on 100,000 openers), so the test is not a benchmark.
/// </summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "[[ x100k", Repeat("[[", 100_000) },
        { "{{ x100k", Repeat("{{", 100_000) },
        { "'' x100k", Repeat("''", 100_000) },
        { "-{ x100k", Repeat("-{", 100_000) },
        { "{{{ x100k", Repeat("{{{", 100_000) },
        { "[[a| x100k", Repeat("[[a|", 100_000) },
        { "{{a| x100k", Repeat("{{a|", 100_000) },
        { "<ref> x100k", Repeat("<ref>", 100_000) },
        { "<span x100k", Repeat("<span ", 100_000) },
        { "unclosed quoted attributes x50k", Repeat("<span title=\"a\n", 50_000) },
        { "<ref name=' x50k", Repeat("<ref name='x\n", 50_000) },
        { "<!-- x100k", Repeat("<!--", 100_000) },
        { "[http://a x100k", Repeat("[http://a ", 100_000) },
        { "]] x100k", Repeat("]]", 100_000) },
        { "}} x100k", Repeat("}}", 100_000) },
        { "{| lines x20k", Repeat("{|\n|a||b\n", 20_000) },
        { "== x20k lines", Repeat("==a\n", 20_000) },
        { "nested templates 50k", Repeat("{{a|", 50_000) + Repeat("}}", 50_000) },
        { "nested links and templates", Repeat("[[a|{{b|", 30_000) + Repeat("}}]]", 30_000) },
        { "mixed openers with comments", Repeat("[[<!---->{{<!---->-{", 30_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Finishes_quickly_and_round_trips(string name, string input)
    {
        var stopwatch = Stopwatch.StartNew();
        var document = WikitextParser.Parse(input);
        var printed = document.ToWikitext();
        stopwatch.Stop();
        Assert.Equal(input, printed);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"{name}: {stopwatch.Elapsed}");
    }

    [Fact]
    public void Doubling_the_input_roughly_doubles_the_time()
    {
        // Compare 200k against 400k openers; quadratic behaviour would show a ratio near 4.
        static TimeSpan Time(string input)
        {
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var sw = Stopwatch.StartNew();
                WikitextParser.Parse(input);
                sw.Stop();
                if (sw.Elapsed < best) best = sw.Elapsed;
            }
            return best;
        }
        var small = Time(Repeat("[[<!---->{{", 100_000));
        var large = Time(Repeat("[[<!---->{{", 200_000));
        Assert.True(large.TotalMilliseconds < small.TotalMilliseconds * 3.2 + 50, $"small {small}, large {large}");
    }

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();
}
