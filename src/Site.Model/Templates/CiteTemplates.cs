using Site.Model.Citations;

namespace Site.Model.Templates;

/// <summary><c>{{cite web}}</c>, <c>{{cite news}}</c>, <c>{{cite book}}</c>, <c>{{cite journal}}</c> and relatives.</summary>
public sealed class CiteTemplates : ITemplateHandler
{
    public IEnumerable<string> Names =>
    [
        "Cite web", "Cite news", "Cite book", "Cite journal", "Cite press release", "Cite magazine", "Cite encyclopedia",
        "Cite conference", "Cite report", "Cite thesis", "Cite interview", "Cite AV media", "Cite video", "Cite map",
        "Cite newspaper", "Cite paper", "Cite website", "Web cite", "Webcite", "Citation", "Cite", "Cite dictionary",
        "Cite speech", "Cite episode", "Cite tweet", "Cite arXiv", "Cite patent",
    ];

    public IReadOnlyList<Inline> Expand(TemplateCall call) =>
        [new CitationInline(CitationReader.Read(call.Name.ToLowerInvariant(), keys => call.Text(keys)))];
}
