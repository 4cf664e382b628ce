using System.Globalization;
using System.Text;
using Site.Testing;
using Site.Wikitext.Parsing;
using Site.Wikitext.Rendering;

namespace Site.Wikitext.Tests.ParserTests;

/// <summary>
/// Runs MediaWiki's parser tests (the pure-syntax subset in ../shared) through the parser and the HTML
/// renderer, compares DOMs, and reports pass rates per topic. Pages exist as in MediaWiki's runner: the
/// <c>!! article</c> blocks of the case's source file, the uploaded images and the special pages. Known failures are listed with a reason in
/// known-failures.tsv; a failure not listed there fails the test, and so does a listed case that now passes.
/// </summary>
public sealed class ParserTestSuite
{
    private static readonly Dictionary<string, string> Interwiki = new(StringComparer.Ordinal)
    {
        // The interwiki table MediaWiki's ParserTestRunner sets up (appendInterwikiSetup), plus a few languages.
        ["local"] = "http://doesnt.matter.org/$1",
        ["wikipedia"] = "http://en.wikipedia.org/wiki/$1",
        ["meatball"] = "http://www.usemod.com/cgi-bin/mb.pl?$1",
        ["memoryalpha"] = "http://www.memory-alpha.org/en/index.php/$1",
        ["zh"] = "http://zh.wikipedia.org/wiki/$1",
        ["es"] = "http://es.wikipedia.org/wiki/$1",
        ["fr"] = "http://fr.wikipedia.org/wiki/$1",
        ["ru"] = "http://ru.wikipedia.org/wiki/$1",
        ["mi"] = "http://mi.wikipedia.org/wiki/$1",
        ["mul"] = "http://wikisource.org/wiki/$1",
        ["de"] = "http://de.wikipedia.org/wiki/$1",
        ["en"] = "//en.wikipedia.org/wiki/$1",
        ["stats"] = "https://stats.wikimedia.org/$1",
        ["gerrit"] = "https://gerrit.wikimedia.org/$1",
        ["pmid"] = "//www.ncbi.nlm.nih.gov/pubmed/$1?dopt=Abstract",
        // Deliberately without $1, as in MediaWiki's table (a common misconfiguration).
        ["wikinvest"] = "https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikinvest",
        ["nl"] = "http://nl.wikipedia.org/wiki/$1",
        ["sv"] = "http://sv.wikipedia.org/wiki/$1",
        ["ja"] = "http://ja.wikipedia.org/wiki/$1",
        ["fa"] = "http://fa.wikipedia.org/wiki/$1",
        ["it"] = "http://it.wikipedia.org/wiki/$1",
        ["pl"] = "http://pl.wikipedia.org/wiki/$1",
        ["pt"] = "http://pt.wikipedia.org/wiki/$1",
    };

    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "zh", "es", "fr", "ru", "mul", "de", "en", "nl", "sv", "ja", "fa", "it", "pl", "pt",
    };

    /// <summary>The prefixes of that table with <c>iw_local = 0</c>.</summary>
    private static readonly HashSet<string> ExternalPrefixes = new(StringComparer.Ordinal) { "wikipedia", "meatball", "memoryalpha" };

    private static readonly HashSet<string> LocalPrefixes = new(StringComparer.Ordinal) { "local", "mi" };

    private static string KnownFailuresPath => Path.Combine(TestPaths.RepositoryRoot, "tests", "Site.Wikitext.Tests", "ParserTests", "known-failures.tsv");

    [Fact]
    public void Pure_syntax_parser_tests_pass_or_are_known_failures()
    {
        var shared = TestPaths.Shared;
        if (shared is null) Assert.Skip("../shared (test corpora beside the clone) is absent; the parser-test suite is skipped.");
        var path = Path.Combine(shared, "corpus", "parser-tests", "pure-syntax-subset.jsonl");
        if (!File.Exists(path)) Assert.Skip($"{path} is absent; the parser-test suite is skipped.");

        var cases = ParserTestCase.Load(path);
        var folder = Path.GetDirectoryName(path)!;
        var results = cases.Select(c => Run(c, folder)).ToList();
        var known = LoadKnownFailures();
        var report = Report(results, known, out var regressions, out var fixedCases);

        TestContext.Current.TestOutputHelper?.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "parser-tests-report.md"), report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "parser-tests-failures.txt"), FailureDump(results));

        Assert.True(regressions.Count == 0,
            $"{regressions.Count} parser test(s) fail that are not in known-failures.tsv:\n" + string.Join('\n', regressions.Take(50)));
        Assert.True(fixedCases.Count == 0,
            $"{fixedCases.Count} parser test(s) listed in known-failures.tsv now pass; remove them so the file stays true:\n" + string.Join('\n', fixedCases.Take(50)));
    }

    private sealed record CaseResult(ParserTestCase Case, bool Passed, string Expected, string Actual, string? Crash);

    private static CaseResult Run(ParserTestCase testCase, string parserTestsFolder)
    {
        var expected = HtmlComparer.Normalize(testCase.Expected);
        try
        {
            var document = WikitextParser.Parse(testCase.Wikitext);
            var options = new HtmlRenderOptions
            {
                PageTitle = testCase.PageTitle,
                SectionEditLinks = true,
                Interwiki = Interwiki,
                ProjectNamespace = "TestWiki",
                InterlanguagePrefixes = Languages,
                LocalInterwiki = LocalPrefixes,
                ExternalInterwiki = ExternalPrefixes,
                NoFollowDomainExceptions = ["no-nofollow.org"],
                FragmentModes = FragmentModes(testCase.Config),
                CiteSubReferencing = ConfigValue(testCase.Config, "wgCiteSubReferencing") == "true",
                CiteResponsiveReferences = ConfigValue(testCase.Config, "wgCiteResponsiveReferences") != "false",
                CiteDefaultRefDirAuto = ConfigValue(testCase.Config, "wgCiteDefaultRefDirAuto") == "true",
                TableOfContents = !(testCase.Options ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains("notoc"),
            };
            options = options with { PageExists = ParserTestPages.Exists(ParserTestPages.Articles(parserTestsFolder, testCase.File), options) };
            var actual = HtmlComparer.Normalize(HtmlRenderer.Render(document, options));
            return new CaseResult(testCase, actual == expected, expected, actual, null);
        }
        catch (Exception exception)
        {
            return new CaseResult(testCase, false, expected, "", exception.ToString());
        }
    }

    /// <summary>
    /// <c>wgFragmentMode=[ "html5", "legacy" ]</c> in the case's config. Without it the expected outputs use legacy
    /// ids only (<c>Plus.2Bbetween.2BText</c>), which is what MediaWiki's parser-test setup runs with.
    /// </summary>
    private static IReadOnlyList<FragmentMode> FragmentModes(string? config)
    {
        var value = ConfigValue(config, "wgFragmentMode");
        if (value is null) return [FragmentMode.Legacy];
        var modes = System.Text.Json.JsonSerializer.Deserialize<string[]>(value) ?? [];
        var result = modes.Select(m => m == "legacy" ? FragmentMode.Legacy : FragmentMode.Html5).ToList();
        return result.Count > 0 ? result : [FragmentMode.Html5];
    }

    /// <summary>The JSON text of <c>key=value</c> in a case's config section, or null.</summary>
    private static string? ConfigValue(string? config, string key)
    {
        foreach (var line in (config ?? "").Split('\n'))
        {
            var equals = line.IndexOf('=');
            if (equals >= 0 && line[..equals].Trim() == key) return line[(equals + 1)..].Trim();
        }
        return null;
    }

    private static Dictionary<string, string> LoadKnownFailures()
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(KnownFailuresPath)) return known;
        foreach (var line in File.ReadLines(KnownFailuresPath))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            var name = tab < 0 ? line : line[..tab];
            known[name] = tab < 0 ? "" : line[(tab + 1)..];
        }
        return known;
    }

    private static string Report(List<CaseResult> results, Dictionary<string, string> known, out List<string> regressions, out List<string> fixedCases)
    {
        regressions = results.Where(r => !r.Passed && !known.ContainsKey(r.Case.Name)).Select(r => r.Case.Name).Distinct().ToList();
        var passedNames = results.Where(r => r.Passed).Select(r => r.Case.Name).ToHashSet(StringComparer.Ordinal);
        var failedNames = results.Where(r => !r.Passed).Select(r => r.Case.Name).ToHashSet(StringComparer.Ordinal);
        fixedCases = known.Keys.Where(n => passedNames.Contains(n) && !failedNames.Contains(n)).ToList();

        var builder = new StringBuilder();
        var passed = results.Count(r => r.Passed);
        builder.AppendLine(CultureInfo.InvariantCulture, $"Parser tests (pure-syntax subset): {passed}/{results.Count} pass ({Percent(passed, results.Count)})");
        builder.AppendLine(CultureInfo.InvariantCulture, $"Expected HTML: legacy parser where present, Parsoid for {results.Count(r => r.Case.ExpectsParsoid)} Parsoid-only case(s).");
        builder.AppendLine();
        builder.AppendLine("| topic | pass | total | rate |");
        builder.AppendLine("|---|---:|---:|---:|");
        var topics = results
            .SelectMany(r => (r.Case.Topics.Count == 0 ? ["(none)"] : r.Case.Topics).Select(t => (Topic: t, r.Passed)))
            .GroupBy(x => x.Topic)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var total = topic.Count();
            var ok = topic.Count(x => x.Passed);
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {topic.Key} | {ok} | {total} | {Percent(ok, total)} |");
        }
        builder.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {passed} | {results.Count} | {Percent(passed, results.Count)} |");
        builder.AppendLine();
        builder.AppendLine(CultureInfo.InvariantCulture, $"Known failures listed: {known.Count}; regressions (failing, not listed): {regressions.Count}; listed but now passing: {fixedCases.Count}.");
        foreach (var name in regressions) builder.AppendLine("REGRESSION: " + name);
        foreach (var name in fixedCases) builder.AppendLine("NOW PASSES (remove from known-failures.tsv): " + name);
        return builder.ToString();
    }

    private static string FailureDump(List<CaseResult> results)
    {
        var builder = new StringBuilder();
        foreach (var r in results.Where(r => !r.Passed))
        {
            builder.AppendLine("=== " + r.Case.Name + "\t[" + string.Join(',', r.Case.Topics) + "] " + r.Case.File + (r.Case.ExpectsParsoid ? " (parsoid)" : ""));
            builder.AppendLine("--- wikitext");
            builder.AppendLine(r.Case.Wikitext);
            builder.AppendLine("--- expected");
            builder.AppendLine(r.Expected);
            builder.AppendLine("--- actual");
            builder.AppendLine(r.Crash ?? r.Actual);
        }
        return builder.ToString();
    }

    private static string Percent(int part, int total) =>
        total == 0 ? "-" : (100.0 * part / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
