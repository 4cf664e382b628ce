using Site.Model.Exports;
using Site.Model.Tests.Validation;

namespace Site.Model.Tests;

using Site.Model.CitationIndex;

public sealed class BibTeXExporterTests
{
    private static CitationIndex SeedIndex => CitationIndexBuilder.Build([Articles.Seed]);

    [Fact]
    public void Seed_export_parses_with_one_entry_per_source_and_unique_keys()
    {
        var index = SeedIndex;
        var entries = BibTeXParser.Parse(BibTeXExporter.Write(index));
        Assert.Equal(38, entries.Count);
        Assert.Equal(index.Sources.Select(s => s.Id), entries.Select(e => e.Key));
        Assert.Equal(entries.Count, entries.Select(e => e.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(6, entries.Count(e => e.Type == "book"));
        Assert.Equal(4, entries.Count(e => e.Type == "article"));
        Assert.Equal(27, entries.Count(e => e.Type == "online"));
        Assert.Equal(1, entries.Count(e => e.Type == "misc"));
        Assert.All(entries.Where(e => e.Type == "article"), e => Assert.True(e.Fields.ContainsKey("journaltitle")));
    }

    [Fact]
    public void Writes_book_fields()
    {
        var dong = BibTeXParser.Parse(BibTeXExporter.Write(SeedIndex)).Single(e => e.Fields.GetValueOrDefault("title") == "《韩国》");
        Assert.Equal("book", dong.Type);
        Assert.Equal("{董向荣}", dong.Fields["author"]);
        Assert.Equal("2009", dong.Fields["year"]);
        Assert.Equal("5", dong.Fields["month"]);
        Assert.Equal("2009-05", dong.Fields["date"]);
        Assert.Equal("9787509707326", dong.Fields["isbn"]);
        Assert.Equal("社会科学文献出版社", dong.Fields["publisher"]);
        Assert.Equal("256, 257, 260, 260--261, 261, 262, 263, 264", dong.Fields["pages"]);
    }

    [Fact]
    public void Writes_online_and_article_fields()
    {
        var entries = BibTeXParser.Parse(BibTeXExporter.Write(SeedIndex));
        var cnn = entries.Single(e => e.Fields.GetValueOrDefault("title") == "Congress passes trade deals");
        Assert.Equal("article", cnn.Type);
        Assert.Equal("Liberto, Jennifer", cnn.Fields["author"]);
        Assert.Equal("CNN", cnn.Fields["journaltitle"]);
        var sohu = entries.Single(e => e.Fields.GetValueOrDefault("title") == "韩美同盟关系");
        Assert.Equal("online", sohu.Type);
        Assert.Equal("http://news.sohu.com/20060121/n241542943.shtml", sohu.Fields["url"]);
        Assert.Equal("2015-05-09", sohu.Fields["urldate"]);
        var remarks = entries.Single(e => e.Fields.GetValueOrDefault("title", "").StartsWith("Remarks by", StringComparison.Ordinal));
        Assert.Equal("2013-05-07", remarks.Fields["urldate"]);
    }

    [Fact]
    public void Escapes_special_characters_and_keeps_braces_balanced()
    {
        var article = Articles.FromText("t", """
            A<ref>{{cite web|url=http://a.example/x?a=1&b=%7B|title=50% & $5 #1 a_b {x} ~y^ \z|author=Smith and Sons|publisher=A & B}}</ref>
            B<ref>{{cite book|title=T}}</ref>
            C<ref>{{cite book|title=T2|last=Doe|first=J.|last2=Roe|first2=R.}}</ref>
            {{reflist}}
            """);
        var bib = BibTeXExporter.Write(CitationIndexBuilder.Build([article]));
        var entries = BibTeXParser.Parse(bib);
        var web = entries.Single(e => e.Type == "online");
        Assert.Equal(@"50\% \& \$5 \#1 a\_b \textbraceleft{}x\textbraceright{} \textasciitilde{}y\^{} \textbackslash{}z", web.Fields["title"]);
        Assert.Equal("{Smith and Sons}", web.Fields["author"]);
        Assert.Equal(@"A \& B", web.Fields["publisher"]);
        Assert.Equal("http://a.example/x?a=1&b=%7B", web.Fields["url"]);
        Assert.Equal("Doe, J. and Roe, R.", entries.Single(e => e.Fields["title"] == "T2").Fields["author"]);
    }

    [Fact]
    public void The_parser_rejects_broken_files()
    {
        Assert.Throws<FormatException>(() => BibTeXParser.Parse("@book{a,\n  title = {x {y}\n}\n"));
        Assert.Throws<FormatException>(() => BibTeXParser.Parse("@book{a,\n  title = {x}\n}\n@misc{a,\n  title = {y}\n}\n"));
        Assert.Throws<FormatException>(() => BibTeXParser.Parse("@book{a,\n  title = {x},\n  title = {y}\n}\n"));
        Assert.Throws<FormatException>(() => BibTeXParser.Parse("@book{a,\n  title {x}\n}\n"));
        Assert.Throws<FormatException>(() => BibTeXParser.Parse(@"@book{a, title = {a \{ b}}"));
        Assert.Single(BibTeXParser.Parse("comment\n@book{a,\n  title = \"x {y}\" # {z},\n  year = 2000\n}\n"));
    }

    [Fact]
    public void Output_is_deterministic_with_unix_newlines()
    {
        var first = BibTeXExporter.Write(SeedIndex);
        Assert.Equal(first, BibTeXExporter.Write(SeedIndex));
        Assert.DoesNotContain("\r", first);
        Assert.EndsWith("}\n", first);
        Assert.StartsWith("@book{src-", first);
    }
}
