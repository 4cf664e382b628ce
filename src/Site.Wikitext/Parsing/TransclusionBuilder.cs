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
        var children = new List<WikiNode> { open };
        var name = Materializer.Fragment(context, split.Segments[0], open.Span.End);
        children.Add(name);
        Fragment? @default = null;
        for (var i = 0; i < split.Marks.Count; i++)
        {
            var pipe = Materializer.Token(context, split.Marks[i]);
            var value = Materializer.Fragment(context, split.Segments[i + 1], pipe.Span.End);
            @default ??= value;
            children.Add(pipe);
            children.Add(value);
        }
        children.Add(close);
        return new ArgumentNode(span, children.ToArray(), name, @default);
    }

    private static TransclusionNode BuildTemplate(ParseContext context, SplitPieces split, MarkupToken open, MarkupToken close, SourceSpan span)
    {
        var children = new List<WikiNode> { open };
        var parameters = new List<TemplateParameter>();
        var positional = 0;

        var nameNodes = split.Segments[0];
        var functionName = FindFunctionName(nameNodes, out var colonNode, out var colonIndex);
        Fragment name;
        if (functionName is not null)
        {
            // {{#tag:ref|...}}: the text after the colon is the first parameter.
            var index = Array.IndexOf(nameNodes, colonNode!);
            var (before, after) = Materializer.SplitText(context, colonNode!, colonIndex);
            var beforeNodes = new List<WikiNode>(index + 1);
            for (var k = 0; k < index; k++) beforeNodes.Add(nameNodes[k]);
            if (before is not null) beforeNodes.Add(before);
            name = Materializer.Fragment(context, beforeNodes, open.Span.End);
            var colon = Materializer.Token(context, after!.Span.Start, 1);
            var (_, rest) = Materializer.SplitText(context, after, 1);
            var firstNodes = new List<WikiNode>();
            if (rest is not null) firstNodes.Add(rest);
            for (var k = index + 1; k < nameNodes.Length; k++) firstNodes.Add(nameNodes[k]);
            var value = Materializer.Fragment(context, firstNodes, colon.Span.End);
            var first = new TemplateParameter(value.Span, [value], null, value, ++positional);
            children.Add(name);
            children.Add(colon);
            children.Add(first);
            parameters.Add(first);
        }
        else
        {
            name = Materializer.Fragment(context, nameNodes, open.Span.End);
            children.Add(name);
        }

        for (var i = 0; i < split.Marks.Count; i++)
        {
            var pipe = Materializer.Token(context, split.Marks[i]);
            children.Add(pipe);
            var parameter = BuildParameter(context, split.Segments[i + 1], pipe.Span.End, ref positional);
            children.Add(parameter);
            parameters.Add(parameter);
        }
        children.Add(close);
        return functionName is not null
            ? new ParserFunctionNode(span, children.ToArray(), name, parameters.ToArray(), functionName)
            : new TemplateNode(span, children.ToArray(), name, parameters.ToArray());
    }

    private static TemplateParameter BuildParameter(ParseContext context, WikiNode[] nodes, int position, ref int positional)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not TextNode text) continue;
            var equals = text.AsSpan().IndexOf('=');
            if (equals < 0) continue;
            var (before, after) = Materializer.SplitText(context, text, equals);
            var nameNodes = new List<WikiNode>(i + 1);
            for (var k = 0; k < i; k++) nameNodes.Add(nodes[k]);
            if (before is not null) nameNodes.Add(before);
            var name = Materializer.Fragment(context, nameNodes, position);
            var sign = Materializer.Token(context, after!.Span.Start, 1);
            var (_, rest) = Materializer.SplitText(context, after, 1);
            var valueNodes = new List<WikiNode>();
            if (rest is not null) valueNodes.Add(rest);
            for (var k = i + 1; k < nodes.Length; k++) valueNodes.Add(nodes[k]);
            var value = Materializer.Fragment(context, valueNodes, sign.Span.End);
            var span = context.Span(position, value.Span.End - position);
            return new TemplateParameter(span, new WikiNode[] { name, sign, value }, name, value, 0);
        }
        var positionalValue = Materializer.Fragment(context, nodes, position);
        return new TemplateParameter(positionalValue.Span, [positionalValue], null, positionalValue, ++positional);
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
