using Site.Rendering.Pages;

namespace Site.Rendering.Search;

/// <summary>The search page: a form that says JavaScript is needed, and with it every result of <c>?q=</c>.</summary>
public sealed class SearchPageModel : PageModel
{
    public override string Kind => "search";
}
