using System.Globalization;
using System.Text;
using Site.Cli.Commands;
using Site.Testing;

namespace Site.Tests.Safety;

/// <summary>
/// A copy of the site with one extra article per XSS vector (the vector in every wikitext position) and a Markdown
/// page holding all of them, built once by the real CLI into a temporary folder.
/// </summary>
public sealed class XssSite : IAsyncLifetime
{
    /// <summary>The OWASP filter-evasion vectors of <c>xss-vectors.txt</c>.</summary>
    public static IReadOnlyList<string> Vectors { get; } = File.ReadAllLines(
            Path.Combine(TestPaths.RepositoryRoot, "tests", "Site.Tests", "Safety", "xss-vectors.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToList();

    /// <summary>Where each vector goes: a short name and the wikitext with <c>{V}</c> for the vector.</summary>
    public static IReadOnlyList<(string Name, string Wikitext)> Positions { get; } =
    [
        ("lead paragraph", "'''XSS{N}''' {V} 首段。"),
        ("heading", "== 标题 {V} =="),
        ("paragraph", "段落 {V} 之后。"),
        ("span attributes", "<span title=\"{V}\">标题属性</span> <b style=\"{V}\">样式属性</b> <span {V}>任意属性</span> <span onmouseover=\"{V}\">事件</span>"),
        ("external link", "[{V} 外链文字] [javascript:{V} 脚本外链] [//{V} 协议相对]"),
        ("bare URL", "裸链接 https://example.org/{V} 和 javascript:{V}"),
        ("lang template", "{{lang|en|{V}}} {{lang-en|{V}}} {{link-en|{V}|{V}}}"),
        ("ref body", "文<ref>{V}</ref>，再文<ref name=\"n{N}\">{V}</ref>。"),
        ("cite web", "文<ref>{{cite web|url={V}|title=引用标题|website={V}|archive-url={V}|archive-date=2020-01-01}}</ref>"
            + " 又<ref>{{cite web|url=javascript:alert(1)|title={V}|quote={V}}}</ref> 书<ref>{{cite book|title={V}|isbn={V}|url=vbscript:msgbox(1)}}</ref>"),
        ("image options", "[[File:Xss{N}.jpg|thumb|link={V}|alt={V}|图说 {V}]]"),
        ("image link javascript", "[[File:Xss{N}b.jpg|thumb|link=javascript:alert(1)|alt=x\" onerror=\"alert(1)|图说 二]]"),
        ("conversion block", "-{{V}}- -{zh-cn:{V}; zh-tw:{V};}- -{H|zh-cn:{V}; zh-tw:安全;}- -{R|{V}}-"),
        ("list", "* 列表 {V}\n# 编号 {V}\n; 术语 {V} : 定义 {V}"),
        ("table", "{|\n|+ 表题 {V}\n|-\n! 表头 {V}\n|-\n| 单元 {V} || 单元二\n|}"),
        ("efn and links", "注{{efn|{V}}} [[韩美关系|{V}]] [[{V}|链接文字]] [[#{V}|锚]]"),
        ("unknown template", "{{未知模板|{V}|参数={V}}}"),
    ];

    private const string Head = "{{noteTA\n|1=zh-cn:{V}; zh-tw:台湾用语;\n}}\n{{Infobox 测试|name=信息框 {V}|值={V}|标签=[[{V}]]}}\n";

    private const string Tail = "\n== 注释 ==\n{{notelist}}\n== 参考文献 ==\n{{reflist}}\n\n结尾段落 SAFE{N}END。\n";

    private TempSite? _site;

    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; }

    public string Log { get; private set; } = "";

    public string Root => _site!.Root;

    public static string Slug(int index) => "xss-" + index.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The harmless neighbour paragraph after position <paramref name="position"/> of article <paramref name="index"/>.</summary>
    public static string Neighbour(int index, int position) => $"SAFE{index}P{position}";

    public static string Article(int index, string vector)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var b = new StringBuilder(Head.Replace("{V}", vector, StringComparison.Ordinal));
        for (var p = 0; p < Positions.Count; p++)
        {
            b.Append(Positions[p].Wikitext.Replace("{N}", n, StringComparison.Ordinal).Replace("{V}", vector, StringComparison.Ordinal)).Append("\n\n");
            b.Append("邻居段落 ").Append(Neighbour(index, p)).Append(" 韩美关系。\n\n");
        }
        b.Append(Tail.Replace("{N}", n, StringComparison.Ordinal));
        return b.ToString();
    }

    public static string MarkdownPage()
    {
        var b = new StringBuilder("---\ntitle: XSS 测试页\ndescription: 过滤测试\nslug: xss-page\norder: 99\n---\n\n# XSS 测试页\n\n");
        for (var i = 0; i < Vectors.Count; i++)
        {
            var v = Vectors[i];
            b.Append("段落 ").Append(v).Append("\n\n");
            b.Append("[链接](").Append(v).Append(") [脚本](javascript:alert(").Append(i).Append(")) ![图](").Append(v).Append(") <").Append(v).Append(">\n\n");
            b.Append("邻居 MDSAFE").Append(i).Append(" 段落。\n\n");
        }
        return b.ToString();
    }

    public async ValueTask InitializeAsync()
    {
        _site = TempSite.CopyOfRepository();
        var config = new StringBuilder(File.ReadAllText(_site.ConfigPath));
        var articles = new StringBuilder();
        for (var i = 0; i < Vectors.Count; i++)
        {
            var slug = Slug(i);
            File.WriteAllText(Path.Combine(_site.Root, "content", "articles", slug + ".wikitext"), Article(i, Vectors[i]));
            articles.Append($"  - file: articles/{slug}.wikitext\n    slug: {slug}\n    title: XSS测试{i}\n");
        }
        var text = config.ToString();
        var at = text.IndexOf("pages:", StringComparison.Ordinal);
        File.WriteAllText(_site.ConfigPath, text[..at] + articles + text[at..]);
        File.WriteAllText(Path.Combine(_site.Root, "content", "pages", "xss.md"), MarkdownPage());
        Output = Path.Combine(_site.Root, "_out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ExitCode = await CommandLine.RunAsync(["build", "--root", _site.Root, "--out", Output, "--quiet"], stdout, stderr);
        Log = stdout + "\n" + stderr;
    }

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    public ValueTask DisposeAsync()
    {
        _site?.Dispose();
        return ValueTask.CompletedTask;
    }
}
