using System.Text;
using Site.Wikitext.Parsing;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Rendering;

/// <summary>
/// Writes nodes as MediaWiki's internalParse leaves them: inline HTML with list prefixes, leading spaces
/// and apostrophe runs still in place for the quote and block-level passes, and finished blocks
/// (nowiki, pre, footnotes) behind strip markers.
/// </summary>
internal sealed partial class InlineWriter(RenderState state)
{
    private int _inLinkText;
    private bool _afterHeading;

    public RenderState State { get; } = state;

    private HtmlRenderOptions Options => State.Options;

    public string Write(IReadOnlyList<WikiNode> nodes)
    {
        var builder = new StringBuilder();
        Write(nodes, builder);
        return builder.ToString();
    }

    /// <summary>Inline HTML with bold and italics done: for link texts, headings and footnote bodies.</summary>
    public string WriteInline(IReadOnlyList<WikiNode> nodes) => QuotePass.Apply(Write(nodes));

    public void Write(IReadOnlyList<WikiNode> nodes, StringBuilder output)
    {
        var run = new StringBuilder();
        for (var index = 0; index < nodes.Count; index++)
        {
            var node = nodes[index];
            if (node is ListMarkerNode indent && IndentsTable(nodes, index))
            {
                FlushText(run, output);
                _afterHeading = false;
                var table = nodes[index + 1] as TableNode ?? (TableNode)nodes[index + 2];
                var depth = indent.Text.Length;
                for (var i = 0; i < depth; i++) output.Append("<dl><dd>");
                TableWriter.Write(this, table, output);
                for (var i = 0; i < depth; i++) output.Append("</dd></dl>");
                index += nodes[index + 1] is TableNode ? 1 : 2;
                continue;
            }
            if (node is TextNode or EntityNode)
            {
                AppendRaw(node, run);
                continue;
            }
            FlushText(run, output);
            if (node is not CommentNode) _afterHeading = false;
            WriteNode(node, output);
            if (node is HeadingNode) _afterHeading = true;
        }
        FlushText(run, output);
    }

    private static bool IndentsTable(IReadOnlyList<WikiNode> nodes, int index)
    {
        if (((ListMarkerNode)nodes[index]).Text.AsSpan().IndexOfAnyExcept(':') >= 0) return false;
        if (index + 1 < nodes.Count && nodes[index + 1] is TableNode) return true;
        return index + 2 < nodes.Count && nodes[index + 1] is TextNode { Text: var space } && string.IsNullOrWhiteSpace(space) && !space.Contains('\n')
            && nodes[index + 2] is TableNode;
    }

    private void AppendRaw(WikiNode node, StringBuilder run)
    {
        var leaf = (LeafNode)node;
        if (!State.HasEaten)
        {
            run.Append(leaf.Text);
            return;
        }
        var start = leaf.Span.Start;
        for (var i = 0; i < leaf.Text.Length; i++)
        {
            if (!State.IsEaten(start + i)) run.Append(leaf.Text[i]);
        }
    }

    private void FlushText(StringBuilder run, StringBuilder output)
    {
        if (run.Length == 0) return;
        var text = run.ToString();
        run.Clear();
        if (_afterHeading)
        {
            // MediaWiki's heading pattern ends in \s*$, so blank lines after a heading vanish.
            _afterHeading = false;
            var spaces = 0;
            while (spaces < text.Length && char.IsWhiteSpace(text[spaces])) spaces++;
            var cut = spaces == 0 ? -1 : text.LastIndexOf('\n', spaces - 1, spaces);
            if (cut > 0) text = text[cut..];
        }
        if (_inLinkText > 0) output.Append(Html.EscapeAllowEntities(text));
        else MagicLinks.Write(text, output, Options);
        run.Clear();
    }

    private void WriteNode(WikiNode node, StringBuilder output)
    {
        switch (node)
        {
            case CommentNode:
                break;
            case ApostrophesNode quotes:
                output.Append(quotes.Text);
                break;
            case ListMarkerNode marker:
                output.Append(marker.Text);
                break;
            case HorizontalRuleNode:
                output.Append("<hr />");
                break;
            case BehaviorSwitchNode behaviour:
                State.Switches.Add(behaviour.Name);
                break;
            case UrlNode url when _inLinkText > 0:
                output.Append(Html.EscapeAllowEntities(url.Url));
                break;
            case UrlNode url:
                WriteFreeUrl(url.Url, output);
                break;
            case HtmlTagNode tag:
                WriteHtmlTag(tag, output);
                break;
            case ExtensionTagNode extension:
                WriteExtensionTag(extension, output);
                break;
            case WikiLinkNode link:
                WriteWikiLink(link, output);
                break;
            case ExternalLinkNode link:
                WriteExternalLink(link, output);
                break;
            case HeadingNode heading:
                WriteHeading(heading, output);
                break;
            case TableNode table:
                TableWriter.Write(this, table, output);
                break;
            case TemplateNode or ParserFunctionNode or ArgumentNode:
                // Templates are not expanded here; show the source as MediaWiki shows what it cannot expand.
                output.Append(Html.EscapeAllowEntities(node.ToWikitext()));
                break;
            case MarkupToken token:
                output.Append(Html.EscapeAllowEntities(token.Text));
                break;
            case LeafNode leaf:
                output.Append(Html.EscapeAllowEntities(leaf.Text));
                break;
            default:
                Write(node.Children, output);
                break;
        }
    }

    private void WriteFreeUrl(string raw, StringBuilder output)
    {
        var url = CleanUrl(raw);
        output.Append("<a").Append(NoFollow(url)).Append(" class=\"external free\" href=\"").Append(Html.EscapeAttribute(url)).Append("\">")
            .Append(Html.Escape(url)).Append("</a>");
    }

    /// <summary>
    /// MediaWiki's Sanitizer::cleanUrl: character references decoded, then brackets, quotes, controls, spaces
    /// and '|' percent-encoded, and characters IDN ignores removed from the host.
    /// </summary>
    internal static string CleanUrl(string raw)
    {
        var url = Html.Decode(raw);
        var builder = new StringBuilder(url.Length + 8);
        foreach (var c in url)
        {
            if (c == ' ')
            {
                // PHP's urlencode writes a space as '+'.
                builder.Append('+');
            }
            else if (c is '[' or ']' or '<' or '>' or '"' or '|' or '\u007f' || c < ' ')
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        url = builder.ToString();
        var hostStart = url.IndexOf("//", StringComparison.Ordinal);
        if (hostStart < 0) return url;
        hostStart += 2;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        if (hostEnd < 0) hostEnd = url.Length;
        var host = IdnIgnored().Replace(url[hostStart..hostEnd], "");
        return url[..hostStart] + host + url[hostEnd..];
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\u00ad\u034f\u1806\u180b-\u180d\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]")]
    private static partial System.Text.RegularExpressions.Regex IdnIgnored();

    private void WriteHtmlTag(HtmlTagNode tag, StringBuilder output)
    {
        if (!Sanitizer.IsAllowedElement(tag.Name) || (tag.Name is "meta" or "link" && !tag.AttributesText.Contains("itemprop", StringComparison.OrdinalIgnoreCase)))
        {
            output.Append(Html.EscapeAllowEntities(tag.Text));
            return;
        }
        if (tag.IsEnd)
        {
            if (Sanitizer.IsVoidElement(tag.Name))
            {
                if (tag.Name == "br") output.Append("<br />");
                else output.Append(Html.EscapeAllowEntities(tag.Text));
                return;
            }
            output.Append("</").Append(tag.Name).Append('>');
            return;
        }
        var attributes = Sanitizer.FixTagAttributes(tag.AttributesText, tag.Name, Options.FragmentModes[0]);
        output.Append('<').Append(tag.Name).Append(attributes);
        output.Append(Sanitizer.IsVoidElement(tag.Name) ? " />" : ">");
    }

    private void WriteExtensionTag(ExtensionTagNode tag, StringBuilder output)
    {
        switch (tag.Name)
        {
            case "nowiki":
                output.Append(State.Strip.Add("nowiki", Html.EscapeAllowEntities(tag.RawBody ?? "")));
                break;
            case "pre":
            {
                var body = (tag.RawBody ?? "").Replace("<nowiki>", "", StringComparison.OrdinalIgnoreCase)
                    .Replace("</nowiki>", "", StringComparison.OrdinalIgnoreCase);
                var html = "<pre" + Sanitizer.FixTagAttributes(tag.AttributesText, "pre") + ">" + Html.EscapeAllowEntities(body) + "</pre>";
                output.Append(State.Strip.Add("pre", html));
                break;
            }
            case "ref":
            {
                // A ref that shows nothing (a follow= continuation) leaves its line empty, as in MediaWiki.
                var html = State.Cite.Ref(tag, this);
                if (html.Length > 0) output.Append(State.Strip.Add("ref", html));
                break;
            }
            case "references":
            {
                var html = State.Cite.References(tag, this);
                if (html.Length > 0) output.Append(State.Strip.Add("references", html));
            }
                break;
            case "center":
                output.Append("<center").Append(Sanitizer.FixTagAttributes(tag.AttributesText, "center")).Append('>');
                if (tag.Body is not null) Write(tag.Body.Children, output);
                if (!tag.IsSelfClosing) output.Append("</center>");
                break;
            case "poem":
                if (tag.Body is not null) output.Append(Write(tag.Body.Children).Replace("\n", "<br />\n", StringComparison.Ordinal));
                break;
            case "noinclude" or "onlyinclude":
                if (tag.RawBody is not null) Write(WikitextParser.Parse(tag.RawBody).Children, output);
                break;
            default:
                // Media, maths and other extensions are drawn by later stages of the site; nothing here.
                break;
        }
    }

    private void WriteWikiLink(WikiLinkNode link, StringBuilder output)
    {
        var targetSource = link.Target.ToWikitext();
        var leadingColon = targetSource.TrimStart().StartsWith(':');
        if (!leadingColon && link.Kind == WikiLinkKind.Category)
        {
            TrimTrailingNewlines(output);
            return;
        }
        var title = PageTitle.Parse(targetSource, Options);
        // "[[Foo|]]" is no link: MediaWiki wants at least one character after the pipe.
        if (title is null || (link.Kind == WikiLinkKind.Page && link.Parts.Count == 1 && link.Parts[0].Span.Length == 0))
        {
            WriteLinkAsText(link, output);
            return;
        }
        if (!leadingColon && !title.Local && title.Interwiki is not null && Options.InterlanguagePrefixes.Contains(title.Interwiki))
        {
            TrimTrailingNewlines(output);
            return;
        }
        if (!leadingColon && link.Kind == WikiLinkKind.File && title.Interwiki is null)
        {
            // Images are laid out by the site's figure renderer; the parser-level renderer links the caption.
            var caption = link.Parts.Count > 0 ? WriteInline(link.Parts[^1].Children) : Html.EscapeAllowEntities(title.FullText);
            output.Append("<a href=\"").Append(Html.EscapeAttribute(ArticleUrl(title.FullText, ""))).Append("\" class=\"mw-file-description\">")
                .Append(caption).Append("</a>");
            return;
        }

        string text;
        if (link.Parts.Count > 0)
        {
            var parts = new List<WikiNode>();
            for (var i = 0; i < link.Parts.Count; i++)
            {
                if (i > 0) parts.Add(new TextNode(link.Parts[i].Span, "|"));
                parts.AddRange(link.Parts[i].Children);
            }
            _inLinkText++;
            text = WriteInline(parts);
            _inLinkText--;
            if (text.Length == 0 && link.Parts.Count == 1) text = Html.EscapeAllowEntities(StripColon(PageTitle.DecodePercent(targetSource)));
        }
        else
        {
            text = Html.EscapeAllowEntities(StripColon(PageTitle.DecodePercent(targetSource)));
        }
        if (link.Trail is not null) text += Html.EscapeAllowEntities(link.Trail.Text);

        if (title.Interwiki is not null)
        {
            var pattern = Options.Interwiki[title.Interwiki];
            var encoded = PageTitle.UrlEncode(title.FullText.Replace(' ', '_'));
            var url = pattern.Contains("$1", StringComparison.Ordinal)
                ? (title.FullText.Length == 0 ? pattern.Replace("$1", "", StringComparison.Ordinal).TrimEnd('?') : pattern.Replace("$1", encoded, StringComparison.Ordinal))
                : pattern;
            if (title.Fragment.Length > 0)
            {
                url += "#" + (Options.ExternalInterwiki.Contains(title.Interwiki)
                    ? Anchors.ForLink(title.Fragment.Trim(), FragmentMode.Legacy)
                    : PageTitle.EncodeFragment(title.Fragment));
            }
            output.Append("<a href=\"").Append(Html.EscapeAttribute(url)).Append("\" class=\"extiw\" title=\"")
                .Append(Html.EscapeAttribute(title.DisplayTitle)).Append("\">").Append(text).Append("</a>");
            return;
        }
        if (title.FullText.Length == 0)
        {
            output.Append("<a href=\"#").Append(Html.EscapeAttribute(LinkFragment(title.Fragment))).Append("\">").Append(text).Append("</a>");
            return;
        }
        var self = PageTitle.Parse(Options.PageTitle, Options);
        if (self is not null && self.FullText == title.FullText && title.Fragment.Length > 0 && title.Interwiki is null)
        {
            output.Append("<a class=\"mw-selflink-fragment\" href=\"#").Append(Html.EscapeAttribute(LinkFragment(title.Fragment))).Append("\">")
                .Append(text).Append("</a>");
            return;
        }
        if (self is not null && self.FullText == title.FullText && title.Fragment.Length == 0)
        {
            output.Append("<a class=\"mw-selflink selflink\">").Append(text).Append("</a>");
            return;
        }
        var exists = Options.PageExists is null || Options.PageExists(title.FullText);
        if (!exists)
        {
            // A special page cannot be created: its red link points at the page itself, without the fragment.
            var href = title.Namespace == "Special"
                ? ArticleUrl(title.FullText, "")
                : Options.ScriptPath + "?title=" + PageTitle.UrlEncode(title.FullText.Replace(' ', '_')) + "&action=edit&redlink=1";
            output.Append("<a href=\"").Append(Html.EscapeAttribute(href)).Append("\" class=\"new\" title=\"")
                .Append(Html.EscapeAttribute(title.FullText + " (page does not exist)")).Append("\">").Append(text).Append("</a>");
            return;
        }
        output.Append("<a href=\"").Append(Html.EscapeAttribute(ArticleUrl(title.FullText, title.Fragment))).Append("\" title=\"")
            .Append(Html.EscapeAttribute(title.FullText)).Append("\">").Append(text).Append("</a>");
    }

    private string ArticleUrl(string fullText, string fragment)
    {
        var url = Options.ArticlePath.Replace("$1", PageTitle.UrlEncode(fullText.Replace(' ', '_')), StringComparison.Ordinal);
        if (fragment.Length > 0) url += "#" + LinkFragment(fragment);
        return url;
    }

    private string LinkFragment(string fragment) =>
        Options.FragmentModes[0] == FragmentMode.Html5 ? PageTitle.EncodeFragment(fragment) : Anchors.ForLink(fragment.Trim(), Options.FragmentModes[0]);

    private static string StripColon(string target)
    {
        var trimmed = target.TrimStart();
        return trimmed.StartsWith(':') ? trimmed[1..] : target;
    }

    private void WriteLinkAsText(WikiLinkNode link, StringBuilder output)
    {
        foreach (var child in link.Children)
        {
            if (child is MarkupToken token) output.Append(Html.EscapeAllowEntities(token.Text));
            else if (child is Fragment fragment) Write(fragment.Children, output);
            else Write([child], output);
        }
    }

    /// <summary>A category or language link on a line of its own leaves no empty line behind (T359886: spaces stay).</summary>
    private static void TrimTrailingNewlines(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] == '\n') end--;
        output.Length = end;
    }

    private void WriteExternalLink(ExternalLinkNode link, StringBuilder output)
    {
        var href = Html.EscapeAttribute(CleanUrl(link.Url));
        var text = link.Text is null ? "" : Write(link.Text.Children).TrimStart();
        if (text.Length == 0)
        {
            State.ExternalLinkNumber++;
            output.Append("<a").Append(NoFollow(link.Url)).Append(" class=\"external autonumber\" href=\"").Append(href).Append("\">[")
                .Append(State.ExternalLinkNumber).Append("]</a>");
            return;
        }
        output.Append("<a").Append(NoFollow(link.Url)).Append(" class=\"external text\" href=\"").Append(href).Append("\">").Append(text).Append("</a>");
    }

    /// <summary>
    /// <c> rel="nofollow"</c> unless the URL's host is one of <see cref="HtmlRenderOptions.NoFollowDomainExceptions"/>
    /// or a subdomain of one (MediaWiki's wfMatchesDomainList).
    /// </summary>
    private string NoFollow(string url)
    {
        if (Options.NoFollowDomainExceptions.Count == 0) return " rel=\"nofollow\"";
        var host = Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "http:" + url : url, UriKind.Absolute, out var uri) ? uri.Host : "";
        foreach (var domain in Options.NoFollowDomainExceptions)
        {
            if (host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase)) return "";
        }
        return " rel=\"nofollow\"";
    }

    private void WriteHeading(HeadingNode heading, StringBuilder output)
    {
        var level = heading.Level;
        var content = WriteInline(heading.Content.Children).Trim();
        var stripped = Html.StripTags(State.Strip.Unstrip(content));
        // The edit link's hint is the plain heading text, trimmed of ASCII white space only (PHP's trim).
        var text = stripped.Trim(' ', '\t', '\n', '\r', '\0', '\v');
        // The id is the text normalised as the fragment of a title ("#" + text): runs of spaces, underscores and
        // Unicode spaces become one underscore, trailing ones go, a leading one stays.
        var idText = TitleSpaces().Replace(text, "_").TrimEnd('_');
        var modes = Options.FragmentModes;
        var id = Anchors.ForAttribute(idText, modes[0]);
        var suffix = "";
        if (!State.HeadingIds.Add(id))
        {
            var n = 2;
            while (!State.HeadingIds.Add(id + "_" + n)) n++;
            suffix = "_" + n;
            id += suffix;
        }
        // A second fragment mode adds an empty anchor with the other spelling, so old links keep working.
        // Like MediaWiki's normalizeSectionNameWhitespace: runs of spaces, underscores and no-break spaces are one space.
        var fallback = modes.Count > 1 ? Anchors.ForAttribute(idText, modes[1]) + suffix : id;
        State.SectionNumber++;
        State.Headings.Add((level, id, content));
        output.Append("<div class=\"mw-heading mw-heading").Append(level).Append("\"><h").Append(level)
            .Append(" id=\"").Append(Html.EscapeAttribute(id)).Append("\">");
        if (fallback != id) output.Append("<span id=\"").Append(Html.EscapeAttribute(fallback)).Append("\"></span>");
        output.Append(content).Append("</h").Append(level).Append('>');
        if (Options.SectionEditLinks)
        {
            var href = Options.ScriptPath + "?title=" + PageTitle.UrlEncode(Options.PageTitle.Replace(' ', '_')) + "&action=edit&section=" + State.SectionNumber;
            output.Append("<span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"")
                .Append(Html.EscapeAttribute(href)).Append("\" title=\"").Append(Html.EscapeAttribute("Edit section: " + text))
                .Append("\">edit</a><span class=\"mw-editsection-bracket\">]</span></span>");
        }
        output.Append("</div>");
    }

    [System.Text.RegularExpressions.GeneratedRegex("[ _\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")]
    private static partial System.Text.RegularExpressions.Regex TitleSpaces();
}
