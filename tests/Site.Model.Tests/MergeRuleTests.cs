namespace Site.Model.Tests;

using Site.Model.CitationIndex;

/// <summary>The merge rules on small articles written for the purpose.</summary>
public sealed class MergeRuleTests
{
    private static CitationIndex Index(params string[] texts) =>
        CitationIndexBuilder.Build(texts.Select((t, i) => Articles.FromText("a" + (i + 1), t + "\n{{reflist}}")).ToList());

    [Fact]
    public void A_named_reference_is_one_source_with_every_use()
    {
        var index = Index("""A<ref name="x">{{cite web|url=http://a.example/|title=T}}</ref> B<ref name="x"/> C{{r|x|page=5}}""");
        var source = Assert.Single(index.Sources);
        Assert.Equal(3, source.CiteCount);
        Assert.Equal(["5"], source.PagesCited.Select(p => p.Display));
    }

    [Fact]
    public void The_same_url_merges_across_scheme_www_trailing_slash_and_archive_wrapper()
    {
        var index = Index(
            "A<ref>{{cite web|url=http://www.a.example/news/1/|title=One}}</ref>",
            "B<ref>[https://a.example/news/1 Other title]</ref>",
            "C<ref>{{cite web|url=https://web.archive.org/web/20150101000000/http://a.example/news/1|title=Archived}}</ref>",
            "D<ref>{{cite web|url=http://a.example/news/2|title=One}}</ref>");
        Assert.Equal(2, index.Sources.Count);
        var merged = index.Sources.Single(s => s.CiteCount == 3);
        Assert.Equal("One", merged.Title);
        Assert.Equal("http://www.a.example/news/1/", merged.Url);
        Assert.Equal("https://web.archive.org/web/20150101000000/http://a.example/news/1", merged.ArchiveUrl);
        Assert.Equal(["a1", "a2", "a3"], merged.Articles);
        Assert.Equal("a.example", merged.Host);
    }

    [Fact]
    public void The_same_isbn_merges_books_written_as_isbn10_and_isbn13()
    {
        var index = Index(
            "A<ref>{{cite book|title=Book|isbn=0-306-40615-2|page=3}}</ref>",
            "B<ref>{{cite book|title=Book, 2nd printing|isbn=978-0-306-40615-7}}</ref>");
        var book = Assert.Single(index.Sources);
        Assert.Equal("Book", book.Title);
        Assert.Equal("0-306-40615-2", book.Isbn);
        Assert.Equal("3", book.Pages);
        Assert.Equal(2, book.CiteCount);
    }

    [Fact]
    public void Rp_locators_are_pages_cited()
    {
        var index = Index("""A<ref name="b">{{cite book|title=B|author=X}}</ref>{{rp|12-14}} B<ref name="b"/>{{rp|9}}""");
        Assert.Equal(["9", "12–14"], Assert.Single(index.Sources).PagesCited.Select(p => p.Display));
    }

    [Fact]
    public void The_same_book_title_and_author_merge_but_not_another_author()
    {
        var index = Index(
            "A<ref>{{cite book|title=《韩国》|author=董向荣|publisher=P}}</ref>",
            "B<ref>{{cite book|title=韩国|author=董向荣|year=2009}}</ref>",
            "C<ref>{{cite book|title=韩国|author=别人}}</ref>");
        Assert.Equal(2, index.Sources.Count);
        var dong = index.Sources.Single(s => s.AuthorText == "董向荣");
        Assert.Equal(2, dong.CiteCount);
        Assert.Equal("P", dong.Publisher);
        Assert.Equal("2009", dong.Date?.Iso);
    }

    [Fact]
    public void The_same_title_and_work_merge_without_urls()
    {
        var index = Index(
            "A<ref>{{cite news|title=Headline|work=Daily|date=2001-01-01}}</ref>",
            "B<ref>{{cite news|title=Headline|work=Daily}}</ref>",
            "C<ref>{{cite news|title=Headline|work=Weekly}}</ref>");
        Assert.Equal(2, index.Sources.Count);
        Assert.Equal(2, index.Sources.Single(s => s.Work == "Daily").CiteCount);
    }

    [Fact]
    public void Merging_is_transitive()
    {
        // A and B share a URL, B and C an ISBN: all one source.
        var index = Index(
            "A<ref>{{cite book|title=X|url=http://books.example/x}}</ref>",
            "B<ref>{{cite book|title=X (ed.)|url=http://books.example/x/|isbn=9780306406157}}</ref>",
            "C<ref>{{cite book|title=Other name|isbn=978-0-306-40615-7}}</ref>");
        Assert.Equal(3, Assert.Single(index.Sources).CiteCount);
    }

    [Fact]
    public void Different_urls_and_texts_stay_apart()
    {
        var index = Index(
            "A<ref>[http://a.example/1 T]</ref>B<ref>[http://a.example/1?page=2 T2]</ref>C<ref>Plain note one.</ref>D<ref>Plain note two.</ref>E<ref>Plain note one.</ref>");
        Assert.Equal(4, index.Sources.Count);
        Assert.Equal(2, index.Sources.Single(s => s.Title == "Plain note one.").CiteCount);
    }

    [Fact]
    public void Explanatory_notes_are_not_sources_but_citations_inside_them_are()
    {
        var index = Index("A{{efn|Just an explanation.}}B{{efn|See {{cite web|url=http://n.example/|title=Noted}}}}\n{{notelist}}");
        var source = Assert.Single(index.Sources);
        Assert.Equal("Noted", source.Title);
        Assert.Equal("note", Assert.Single(source.Citations).Group);
    }

    [Fact]
    public void Ids_depend_on_the_source_not_on_the_build()
    {
        var alone = Index("A<ref>{{cite web|url=http://a.example/x|title=T}}</ref>");
        var withOthers = Index(
            "Z<ref>{{cite web|url=http://z.example/|title=Z}}</ref>",
            "Q<ref>[http://a.example/x/ Another spelling]</ref>");
        Assert.Equal(alone.Sources[0].Id, withOthers.Sources.Single(s => s.Title == "Another spelling").Id);
    }

    [Fact]
    public void Filters_by_article()
    {
        var index = Index(
            """A<ref name="b">{{cite book|title=B|isbn=9780306406157}}</ref>{{r|b|page=1}} A2<ref>[http://only.example/a Only A]</ref>""",
            """B<ref name="b">{{cite book|title=B|isbn=9780306406157}}</ref>{{r|b|page=2}}""");
        var a = index.ForArticle("a1");
        Assert.Equal(2, a.Sources.Count);
        Assert.Equal(["1"], a.Sources.Single(s => s.Kind == CitationKind.Book).PagesCited.Select(p => p.Display));
        Assert.Equal(["1", "2"], index.Sources.Single(s => s.Kind == CitationKind.Book).PagesCited.Select(p => p.Display));
        var b = index.ForArticle("a2");
        var book = Assert.Single(b.Sources);
        Assert.Equal(index.Sources.Single(s => s.Kind == CitationKind.Book).Id, book.Id);
        Assert.Equal(["a2"], book.Articles);
        Assert.Equal(2, b.Summary.CitationCount);
        Assert.Equal(new IndexedArticle("a2", "a2", 1, 2), Assert.Single(b.Articles));
        Assert.Equal(new IndexedArticle("a1", "a1", 2, 3), index.Articles[0]);
        Assert.Empty(index.ForArticle("none").Sources);
    }
}
