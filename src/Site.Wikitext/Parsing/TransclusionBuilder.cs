using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Builds templates, parser functions and arguments from a closed brace frame.</summary>
internal static class TransclusionBuilder
{
    private static readonly HashSet<string> ColonFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "lc", "uc", "lcfirst", "ucfirst", "urlencode", "anchorencode", "fullurl", "localurl", "canonicalurl",
        "ns", "nse", "formatnum", "padleft", "padright", "plural", "grammar", "gender", "int", "displaytitle",
        "defaultsort", "defaultsortkey", "defaultcategorysort", "filepath", "pagesincategory", "pagesize",
        "protectionlevel", "subst", "safesubst", "msg", "msgnw", "raw", "special", "speciale", "tag",
        "localurle", "fullurle", "urlencode", "bidi", "numberofpages", "language",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ColonLookup =
        ColonFunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsFunctionNameTail(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-')) return false;
        }
        return true;
    }

    /// <param name="openStart">Offset of the first of the <paramref name="count"/> braces that open this node.</param>
    public static WikiNode Build(ParseContext context, Frame frame, int openStart, int count, int closeStart)
    {
        var split = Materializer.Split(context, frame.Pieces, frame);
        var open = Materializer.Token(context, openStart, count);
        var close = Materializer.Token(context, closeStart, count);
        var span = context.Span(openStart, closeStart + count - openStart);
        return count == 3
            ? BuildArgument(context, split, open, close, span)
            : BuildTemplate(context, split, open, close, span);
    }

    private static ArgumentNode BuildArgument(ParseContext context, SplitPieces split, MarkupToken open, MarkupToken close, SourceSpan span)
    {
        var marks = split.Marks.Count;
        var children = new WikiNode[3 + 2 * marks];
        children[0] = open;
        var name = Materializer.Fragment(context, split.Segment(0), open.End);
        children[1] = name;
        Fragment? @default = null;
        for (var i = 0; i < marks; i++)
        {
            var pipe = Materializer.Token(context, split.Marks[i]);
            var value = Materializer.Fragment(context, split.Segment(i + 1), pipe.End);
            @default ??= value;
            children[2 + 2 * i] = pipe;
            children[3 + 2 * i] = value;
        }
        children[^1] = close;
        return new ArgumentNode(span, children, name, @default);
    }

    private static TransclusionNode BuildTemplate(ParseContext context, SplitPieces split, MarkupToken open, MarkupToken close, SourceSpan span)
    {
        var nameNodes = split.Segment(0);
        var functionName = FindFunctionName(nameNodes, out var index, out var colonIndex);
        var marks = split.Marks.Count;
        var extra = functionName is not null ? 1 : 0;
        var children = new WikiNode[3 + 2 * extra + 2 * marks];
        var positional = 0;
        var c = 0;
        children[c++] = open;
        Fragment name;
        if (functionName is not null)
        {
            // {{#tag:ref|...}}: the text after the colon is the first parameter.
            var colonNode = (TextNode)nameNodes[index];
            var (before, after) = Materializer.SplitText(context, colonNode, colonIndex);
            name = Materializer.Fragment(context, null, nameNodes[..index], before, open.End);
            var colon = Materializer.Token(context, after!.Start, 1);
            var (_, rest) = Materializer.SplitText(context, after, 1);
            var value = Materializer.Fragment(context, rest, nameNodes[(index + 1)..], null, colon.End);
            var first = new TemplateParameter(value, ++positional);
            children[c++] = name;
            children[c++] = colon;
            children[c++] = first;
        }
        else
        {
            name = Materializer.Fragment(context, nameNodes, open.End);
            children[c++] = name;
        }

        for (var i = 0; i < marks; i++)
        {
            var pipe = Materializer.Token(context, split.Marks[i]);
            children[c++] = pipe;
            children[c++] = BuildParameter(context, split.Segment(i + 1), pipe.End, ref positional);
        }
        children[c] = close;
        return functionName is not null
            ? new ParserFunctionNode(span, children, name, functionName)
            : new TemplateNode(span, children, name);
    }

    private static TemplateParameter BuildParameter(ParseContext context, ReadOnlySpan<WikiNode> nodes, int position, ref int positional)
    {
        if (PlainParameter(context, nodes, position, ref positional) is { } plain) return plain;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not TextNode text) continue;
            var equals = text.AsSpan().IndexOf('=');
            if (equals < 0) continue;
            var start = text.Start;
            var nameText = equals > 0 ? Materializer.Text(context, start, equals) : null;
            var name = Materializer.Fragment(context, null, nodes[..i], nameText, position);
            var sign = Materializer.Token(context, start + equals, 1);
            var restLength = text.Length - equals - 1;
            var restText = restLength > 0 ? Materializer.Text(context, start + equals + 1, restLength) : null;
            var value = Materializer.Fragment(context, restText, nodes[(i + 1)..], null, sign.End);
            var span = context.Span(position, value.End - position);
            return new TemplateParameter(span, new WikiNode[] { name, sign, value }, name, value, 0);
        }
        var positionalValue = Materializer.Fragment(context, nodes, position);
        return new TemplateParameter(positionalValue, ++positional);
    }

    /// <summary>
    /// A parameter that is empty or one run of text (most are): it keeps its offset and length, and its fragments
    /// are made when first read. Null for any other.
    /// </summary>
    private static TemplateParameter? PlainParameter(ParseContext context, ReadOnlySpan<WikiNode> nodes, int position, ref int positional)
    {
        if (nodes.Length == 0) return new TemplateParameter(context.Source, position, 0, -1, ++positional);
        if (nodes.Length != 1 || nodes[0] is not TextNode text || text.Start != position) return null;
        var equals = text.AsSpan().IndexOf('=');
        var parameter = new TemplateParameter(context.Source, text.Start, text.Length, equals, equals < 0 ? ++positional : 0);
        text.Drop();
        return parameter;
    }

    /// <summary>Returns the function name when the name part starts with <c>#name:</c> or a known <c>name:</c>.</summary>
    private static string? FindFunctionName(ReadOnlySpan<WikiNode> nameNodes, out int index, out int colonIndex)
    {
        index = -1;
        colonIndex = -1;
        var at = 0;
        while (at < nameNodes.Length && nameNodes[at] is CommentNode) at++;
        if (at == nameNodes.Length || nameNodes[at] is not TextNode text) return null;
        var colon = text.AsSpan().IndexOf(':');
        if (colon <= 0) return null;
        var candidate = text.AsSpan()[..colon].Trim();
        if (candidate.Length == 0) return null;
        var isFunction = candidate[0] == '#'
            ? candidate.Length > 1 && IsFunctionNameTail(candidate[1..])
            : ColonLookup.Contains(candidate);
        if (!isFunction) return null;
        index = at;
        colonIndex = colon;
        return candidate.ToString();
    }
}
