namespace Site.Wikitext.Syntax;

/// <summary>Lists a node's children of one type, for properties (rows, cells, parameters) the parser leaves to its children.</summary>
internal static class ChildrenOfType
{
    /// <summary>The children of <paramref name="node"/> that are <typeparamref name="T"/>, in order; one thread's list wins the slot.</summary>
    public static IReadOnlyList<T> List<T>(WikiNode node, ref IReadOnlyList<T>? slot) where T : WikiNode
    {
        var children = node.Children;
        var count = 0;
        foreach (var child in children)
        {
            if (child is T) count++;
        }
        var list = count == 0 ? [] : new T[count];
        var at = 0;
        foreach (var child in children)
        {
            if (child is T typed) list[at++] = typed;
        }
        return Interlocked.CompareExchange(ref slot, list, null) ?? list;
    }
}
