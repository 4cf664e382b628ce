using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>
/// MediaWiki's BlockLevelPass (doBlockLevels): wraps paragraphs in &lt;p&gt;, builds lists from
/// <c>*#:;</c> prefixes and &lt;pre&gt; blocks from lines that start with a space. Runs on HTML
/// whose inline markup is already done, line by line.
/// </summary>
internal sealed partial class BlockLevelPass
{
    private string _lastParagraph = "";
    private bool _inPre;
    private bool _dtOpen;

    public static string Run(string text, bool lineStart = true) => new BlockLevelPass().Execute(text, lineStart);

    private string Execute(string text, bool lineStart)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder(text.Length + text.Length / 4);
        var lastPrefix = "";
        var inBlockElem = false;
        var prefixLength = 0;
        string? pendingPTag = null;
        var inBlockquote = false;
        var prefix2 = "";

        for (var lineIndex = 0; lineIndex < lines.Length; lineIndex++)
        {
            var inputLine = lines[lineIndex];
            if (!lineStart)
            {
                output.Append(inputLine);
                lineStart = true;
                continue;
            }
            var lastPrefixLength = lastPrefix.Length;
            var preCloseMatch = PreClose().IsMatch(inputLine);
            var preOpenMatch = PreOpen().IsMatch(inputLine);
            string prefix;
            string t;
            if (!_inPre)
            {
                prefixLength = 0;
                while (prefixLength < inputLine.Length && inputLine[prefixLength] is '*' or '#' or ':' or ';') prefixLength++;
                prefix = inputLine[..prefixLength];
                prefix2 = prefix.Replace(';', ':');
                t = inputLine[prefixLength..];
                _inPre = preOpenMatch;
            }
            else
            {
                prefixLength = 0;
                prefix = prefix2 = "";
                t = inputLine;
            }

            if (prefixLength > 0 && lastPrefix == prefix2)
            {
                output.Append(NextItem(prefix[^1]));
                pendingPTag = null;
                if (prefix[^1] == ';' && FindColonNoLinks(t, out var term, out var after))
                {
                    t = after;
                    output.Append(term.Trim()).Append(NextItem(':'));
                }
            }
            else if (prefixLength > 0 || lastPrefixLength > 0)
            {
                var common = Common(prefix, lastPrefix);
                pendingPTag = null;
                while (common < lastPrefixLength)
                {
                    output.Append(CloseList(lastPrefix[lastPrefixLength - 1]));
                    lastPrefixLength--;
                }
                if (prefixLength <= common && common > 0) output.Append(NextItem(prefix[common - 1]));
                if (_dtOpen && common > 0 && prefix[common - 1] == ':') output.Append(NextItem(':'));
                if (lastPrefix.Length > 0 && prefixLength > common) output.Append('\n');
                while (prefixLength > common)
                {
                    var c = prefix[common];
                    output.Append(OpenList(c));
                    if (c == ';' && FindColonNoLinks(t, out var term, out var after))
                    {
                        t = after;
                        output.Append(term.Trim()).Append(NextItem(':'));
                    }
                    common++;
                }
                if (prefixLength == 0 && lastPrefix.Length > 0) output.Append('\n');
                lastPrefix = prefix2;
            }

            if (prefixLength == 0)
            {
                var openMatch = OpenBlock().IsMatch(t);
                var closeMatch = CloseBlock().IsMatch(t);
                if (openMatch || closeMatch)
                {
                    pendingPTag = null;
                    output.Append(CloseParagraph());
                    if (preOpenMatch && !preCloseMatch) _inPre = true;
                    foreach (Match bq in Blockquote().Matches(t)) inBlockquote = bq.Groups[1].Length == 0;
                    inBlockElem = !closeMatch;
                }
                else if (!inBlockElem && !_inPre)
                {
                    if (t.StartsWith(' ') && (_lastParagraph == "pre" || t.Trim().Length > 0) && !inBlockquote)
                    {
                        if (_lastParagraph != "pre")
                        {
                            pendingPTag = null;
                            output.Append(CloseParagraph()).Append("<pre>");
                            _lastParagraph = "pre";
                        }
                        t = t[1..];
                    }
                    else if (StyleOnly().IsMatch(t))
                    {
                        if (pendingPTag is not null)
                        {
                            output.Append(CloseParagraph());
                            pendingPTag = null;
                        }
                    }
                    else if (t.Trim().Length == 0)
                    {
                        if (pendingPTag is not null)
                        {
                            output.Append(pendingPTag).Append("<br />");
                            pendingPTag = null;
                            _lastParagraph = "p";
                        }
                        else if (_lastParagraph != "p")
                        {
                            output.Append(CloseParagraph());
                            pendingPTag = "<p>";
                        }
                        else
                        {
                            pendingPTag = "</p><p>";
                        }
                    }
                    else if (pendingPTag is not null)
                    {
                        output.Append(pendingPTag);
                        pendingPTag = null;
                        _lastParagraph = "p";
                    }
                    else if (_lastParagraph != "p")
                    {
                        output.Append(CloseParagraph()).Append("<p>");
                        _lastParagraph = "p";
                    }
                }
            }
            if (preCloseMatch && _inPre) _inPre = false;
            if (pendingPTag is null)
            {
                if (prefixLength == 0)
                {
                    output.Append(t);
                    if (_lastParagraph.Length > 0 || lineIndex < lines.Length - 1) output.Append('\n');
                }
                else
                {
                    output.Append(t.Trim());
                }
            }
        }
        while (prefixLength > 0)
        {
            output.Append(CloseList(prefix2[prefixLength - 1]));
            prefixLength--;
            if (prefixLength == 0) output.Append('\n');
        }
        output.Append(CloseParagraph(atTheEnd: true));
        return output.ToString();
    }

    private static int Common(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < shorter && a[i] == b[i]) i++;
        return i;
    }

    private string CloseParagraph(bool atTheEnd = false)
    {
        var result = "";
        if (_lastParagraph.Length > 0)
        {
            result = "</" + _lastParagraph + ">";
            if (!atTheEnd) result += "\n";
        }
        _inPre = false;
        _lastParagraph = "";
        return result;
    }

    private string OpenList(char c)
    {
        var result = CloseParagraph();
        switch (c)
        {
            case '*': return result + "<ul><li>";
            case '#': return result + "<ol><li>";
            case ':': return result + "<dl><dd>";
            default:
                _dtOpen = true;
                return result + "<dl><dt>";
        }
    }

    private string NextItem(char c)
    {
        if (c is '*' or '#') return "</li>\n<li>";
        var close = _dtOpen ? "</dt>\n" : "</dd>\n";
        if (c == ';')
        {
            _dtOpen = true;
            return close + "<dt>";
        }
        _dtOpen = false;
        return close + "<dd>";
    }

    private string CloseList(char c)
    {
        if (c == '*') return "</li></ul>";
        if (c == '#') return "</li></ol>";
        if (_dtOpen)
        {
            _dtOpen = false;
            return "</dt></dl>";
        }
        return "</dd></dl>";
    }

    private enum ColonState
    {
        Text,
        Tag,
        TagStart,
        CloseTag,
        TagSlash,
        Comment,
        CommentDash,
        CommentDashDash,
        LanguageConversion,
    }

    /// <summary>Finds the ':' that ends a definition term, skipping colons inside tags and links.</summary>
    internal static bool FindColonNoLinks(string text, out string before, out string after)
    {
        before = after = "";
        var state = ColonState.Text;
        var tagLevel = 0;
        var conversionLevel = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (state)
            {
                case ColonState.Text:
                    if (c == '<') state = ColonState.TagStart;
                    else if (c == ':' && tagLevel == 0)
                    {
                        before = text[..i];
                        after = text[(i + 1)..];
                        return true;
                    }
                    else if (c == '-' && i + 1 < text.Length && text[i + 1] == '{')
                    {
                        state = ColonState.LanguageConversion;
                        conversionLevel++;
                        i++;
                    }
                    break;
                case ColonState.LanguageConversion:
                    if (c == '-' && i + 1 < text.Length && text[i + 1] == '{')
                    {
                        conversionLevel++;
                        i++;
                    }
                    else if (c == '}' && i + 1 < text.Length && text[i + 1] == '-')
                    {
                        conversionLevel--;
                        i++;
                        if (conversionLevel == 0) state = ColonState.Text;
                    }
                    break;
                case ColonState.Tag:
                    if (c == '>')
                    {
                        tagLevel++;
                        state = ColonState.Text;
                    }
                    else if (c == '/') state = ColonState.TagSlash;
                    break;
                case ColonState.TagStart:
                    state = c switch
                    {
                        '/' => ColonState.CloseTag,
                        '!' => ColonState.Comment,
                        '>' => ColonState.Text,
                        _ => ColonState.Tag,
                    };
                    break;
                case ColonState.CloseTag:
                    if (c == '>')
                    {
                        if (tagLevel > 0) tagLevel--;
                        state = ColonState.Text;
                    }
                    break;
                case ColonState.TagSlash:
                    state = c == '>' ? ColonState.Text : ColonState.Tag;
                    break;
                case ColonState.Comment:
                    if (c == '-') state = ColonState.CommentDash;
                    break;
                case ColonState.CommentDash:
                    state = c == '-' ? ColonState.CommentDashDash : ColonState.Comment;
                    break;
                case ColonState.CommentDashDash:
                    state = c == '>' ? ColonState.Text : ColonState.Comment;
                    break;
            }
        }
        return false;
    }

    [GeneratedRegex("<pre", RegexOptions.IgnoreCase)]
    private static partial Regex PreOpen();

    [GeneratedRegex("</pre", RegexOptions.IgnoreCase)]
    private static partial Regex PreClose();

    [GeneratedRegex("(?:<table|<h1|<h2|<h3|<h4|<h5|<h6|<pre|<tr|<p|<ul|<ol|<dl|<li|</tr|</td|</th)", RegexOptions.IgnoreCase)]
    private static partial Regex OpenBlock();

    [GeneratedRegex("(?:</table|</h1|</h2|</h3|</h4|</h5|</h6|<td|<th|</?blockquote|</?div|<hr|</pre|</p|</mw:|\u007f'\"`UNIQ--pre|</li|</ul|</ol|</dl|</?center)", RegexOptions.IgnoreCase)]
    private static partial Regex CloseBlock();

    [GeneratedRegex(@"<(/?)blockquote[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex Blockquote();

    [GeneratedRegex(@"^(?:<style\b[^>]*>.*?</style>\s*|<link\b[^>]*>\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex StyleOnly();
}
