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
        var children = new List<WikiNode>(3 + 2 * split.Marks.Count) { open };
        var name = Materializer.Fragment(context, split.Segments[0], open.End);
        children.Add(name);
        Fragment? @default = null;
        for (var i = 0; i < split.Marks.Count; i++)
        {
            var pipe = Materializer.Token(context, split.Marks[i]);
            var value = Materializer.Fragment(context, split.Segments[i + 1], pipe.End);
            @default ??= value;
            children.Add(pipe);
            children.Add(value);
        }
        children.Add(close);
        return new ArgumentNode(span, children.ToArray(), name, @default);
    }

    private static TransclusionNode BuildTemplate(ParseContext context, SplitPieces split, MarkupToken open, MarkupToken close, SourceSpan span)
    {
        var nameNodes = split.Segments[0];
        var functionName = FindFunctionName(nameNodes, out var colonNode, out var colonIndex);
        var marks = split.Marks.Count;
        var extra = functionName is not null ? 1 : 0;
        var children = new WikiNode[3 + 2 * extra + 2 * marks];
        var parameters = new TemplateParameter[extra + marks];
        var positional = 0;
        var c = 0;
        children[c++] = open;
        Fragment name;
        if (functionName is not null)
        {
            // {{#tag:ref|...}}: the text after the colon is the first parameter.
            var index = Array.IndexOf(nameNodes, colonNode!);
            var (before, after) = Materializer.SplitText(context, colonNode!, colonIndex);
            var beforeNodes = new List<WikiNode>(index + 1);
            for (var k = 0; k < index; k++) beforeNodes.Add(nameNodes[k]);
            if (before is not null) beforeNodes.Add(before);
            name = Materializer.Fragment(context, beforeNodes, open.End);
            var colon = Materializer.Token(context, after!.Start, 1);
            var (_, rest) = Materializer.SplitText(context, after, 1);
            var firstNodes = new List<WikiNode>();
            if (rest is not null) firstNodes.Add(rest);
            for (var k = index + 1; k < nameNodes.Length; k++) firstNodes.Add(nameNodes[k]);
            var value = Materializer.Fragment(context, firstNodes, colon.End);
            var first = new TemplateParameter(context.Span(value.Start, value.Length), new WikiNode[] { value }, null, value, ++positional);
            children[c++] = name;
            children[c++] = colon;
            children[c++] = first;
            parameters[0] = first;
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
            var parameter = BuildParameter(context, split.Segments[i + 1], pipe.End, ref positional);
            children[c++] = parameter;
            parameters[extra + i] = parameter;
        }
        children[c] = close;
        return functionName is not null
            ? new ParserFunctionNode(span, children, name, parameters, functionName)
            : new TemplateNode(span, children, name, parameters);
    }

    private static TemplateParameter BuildParameter(ParseContext context, WikiNode[] nodes, int position, ref int positional)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not TextNode text) continue;
            var equals = text.AsSpan().IndexOf('=');
            if (equals < 0) continue;
            var start = text.Start;
            var nameNodes = new WikiNode[i + (equals > 0 ? 1 : 0)];
            Array.Copy(nodes, nameNodes, i);
            if (equals > 0) nameNodes[i] = Materializer.Text(context, start, equals);
            var name = Materializer.Fragment(context, nameNodes, position);
            var sign = Materializer.Token(context, start + equals, 1);
            var restLength = text.Length - equals - 1;
            var offset = restLength > 0 ? 1 : 0;
            var valueNodes = new WikiNode[offset + nodes.Length - i - 1];
            if (restLength > 0) valueNodes[0] = Materializer.Text(context, start + equals + 1, restLength);
            Array.Copy(nodes, i + 1, valueNodes, offset, nodes.Length - i - 1);
            var value = Materializer.Fragment(context, valueNodes, sign.End);
            var span = context.Span(position, value.End - position);
            return new TemplateParameter(span, new WikiNode[] { name, sign, value }, name, value, 0);
        }
        var positionalValue = Materializer.Fragment(context, nodes, position);
        return new TemplateParameter(context.Span(positionalValue.Start, positionalValue.Length), new WikiNode[] { positionalValue }, null, positionalValue, ++positional);
    }

    /// <summary>Returns the function name when the name part starts with <c>#name:</c> or a known <c>name:</c>.</summary>
    private static string? FindFunctionName(WikiNode[] nameNodes, out TextNode? colonNode, out int colonIndex)
    {
        colonNode = null;
        colonIndex = -1;
        var first = nameNodes.FirstOrDefault(n => n is not CommentNode);
        if (first is not TextNode text) return null;
        var colon = text.AsSpan().IndexOf(':');
        if (colon <= 0) return null;
        var candidate = text.AsSpan()[..colon].Trim();
        if (candidate.Length == 0) return null;
        var isFunction = candidate[0] == '#'
            ? candidate.Length > 1 && IsFunctionNameTail(candidate[1..])
            : ColonLookup.Contains(candidate);
        if (!isFunction) return null;
        colonNode = text;
        colonIndex = colon;
        return candidate.ToString();
    }
}
