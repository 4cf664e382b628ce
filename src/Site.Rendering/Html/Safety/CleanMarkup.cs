using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Site.Rendering.Html.Safety;

/// <summary>
/// Tells, from AngleSharp's spec tokenizer alone, that HtmlSanitizer would find nothing to remove in a fragment:
/// only text, allowed tags, allowed attributes and safe URLs, no comments, doctypes or tokenizer errors. Any doubt
/// answers "no", and <see cref="ContentSanitizer"/> then runs the full sanitiser.
/// </summary>
/// <remarks>
/// Sound because none of the allowed elements changes how the tokenizer reads what follows (no raw text, RCDATA or
/// foreign content), so tokenizing the fragment alone sees the tokens the sanitiser's parser sees; tree building can only
/// move allowed elements around. Skips the DOM, the walk and the serialisation: on the seed's content about 1/20 of the
/// full pass's time (docs/fuzzing.md).
/// </remarks>
internal sealed class CleanMarkup(IEnumerable<string> tags, IEnumerable<string> attributes, IEnumerable<string> urlAttributes)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tags = Lookup(tags);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _attributes = Lookup(attributes);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _urlAttributes = Lookup(urlAttributes);

    public bool IsClean(string html)
    {
        // Struct tokens and no text collected: the text between tags cannot hold anything the sanitiser removes.
        var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver) { SkipDataText = true, DisableElementPositionTracking = true };
        var errors = 0;
        tokenizer.Error += (_, _) => errors++;
        while (errors == 0)
        {
            ref var token = ref tokenizer.GetStructToken();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return errors == 0;
                case HtmlTokenType.Character:
                    continue;
                case HtmlTokenType.StartTag when IsAllowed(ref token):
                    continue;
                case HtmlTokenType.EndTag when _tags.Contains(token.Name):
                    continue;
                default:
                    return false;
            }
        }
        return false;
    }

    private bool IsAllowed(ref StructHtmlToken tag)
    {
        if (!_tags.Contains(tag.Name)) return false;
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            ReadOnlySpan<char> name = attributes[i].Name;
            if (!_attributes.Contains(name) && !(name.StartsWith("data-") && name.Length > 5)) return false;
            if (name is "srcset" ? !IsSafeSrcset(attributes[i].Value.ToString()) : _urlAttributes.Contains(name) && !IsSafeUrl(attributes[i].Value.ToString())) return false;
        }
        return true;
    }

    /// <summary>Stricter than the sanitiser: a URL with whitespace or control characters anywhere goes to the full pass.</summary>
    private static bool IsSafeUrl(string url) =>
        !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) && UrlPolicy.IsSafeOrRelative(url);

    /// <summary>A srcset as the renderer writes it: comma-separated candidates, each a URL and an optional descriptor.</summary>
    private static bool IsSafeSrcset(string srcset) =>
        srcset.Split(',').All(candidate => candidate.Trim().Split(' ') is [var url, ..] && url.Length > 0 && IsSafeUrl(url));

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> names) =>
        new HashSet<string>(names, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
