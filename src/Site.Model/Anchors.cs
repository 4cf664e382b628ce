namespace Site.Model;

/// <summary>
/// Section anchors the MediaWiki way (HTML5 fragment mode): the heading's text with spaces as
/// underscores, taken from the unconverted source so both editions share them; repeats get _2, _3.
/// </summary>
public sealed class AnchorSet
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Add(string headingText)
    {
        var baseId = FromText(headingText);
        if (baseId.Length == 0) baseId = "section";
        var id = baseId;
        for (var n = 2; !_used.Add(id); n++) id = $"{baseId}_{n}";
        return id;
    }

    public static string FromText(string text)
    {
        var collapsed = string.Join('_', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Replace('"', '_').Replace('\'', '_');
    }
}
