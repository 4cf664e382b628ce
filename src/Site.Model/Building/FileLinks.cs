using System.Globalization;
using System.Text.RegularExpressions;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary><c>[[File:x.jpg|thumb|right|200px|alt=…|caption]]</c> → a figure (thumb, frame) or an inline image.</summary>
internal static partial class FileLinks
{
    private static readonly HashSet<string> ThumbOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "thumb", "thumbnail", "frame", "framed", "enframed", "缩略图", "縮圖", "缩图", "有框", "框",
    };

    private static readonly Dictionary<string, FigureAlignment> AlignOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["left"] = FigureAlignment.Left, ["right"] = FigureAlignment.Right, ["center"] = FigureAlignment.Center,
        ["centre"] = FigureAlignment.Center, ["none"] = FigureAlignment.None, ["左"] = FigureAlignment.Left,
        ["右"] = FigureAlignment.Right, ["居中"] = FigureAlignment.Center, ["无"] = FigureAlignment.None, ["無"] = FigureAlignment.None,
    };

    private static readonly HashSet<string> OtherOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "frameless", "border", "upright", "baseline", "middle", "sub", "super", "text-top", "text-bottom", "top", "bottom",
        "无框", "無框", "边框", "邊框",
    };

    public static string FileName(string target)
    {
        var colon = target.IndexOf(':');
        var name = (colon >= 0 ? target[(colon + 1)..] : target).Trim().Replace('_', ' ');
        return name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    /// <param name="recoveredCaption">Caption nodes found after the link (the seed's broken captions).</param>
    public static Inline Build(BuildContext context, WikiLinkNode link, IReadOnlyList<WikiNode>? recoveredCaption)
    {
        var file = new MediaFile(FileName(link.TargetText));
        var isThumb = false;
        var alignment = FigureAlignment.Default;
        int? width = null;
        string? alt = null;
        Fragment? caption = null;
        foreach (var part in link.Parts)
        {
            var text = part.ToWikitext().Trim();
            if (ThumbOptions.Contains(text) || text.StartsWith("thumb=", StringComparison.OrdinalIgnoreCase)) isThumb = true;
            else if (AlignOptions.TryGetValue(text, out var align)) alignment = align;
            else if (Width().Match(text) is { Success: true } m) width = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            else if (text.StartsWith("alt=", StringComparison.OrdinalIgnoreCase)) alt = text[4..].Trim();
            else if (OtherOptions.Contains(text) || IsKeyedOption(text)) { }
            else caption = part;
        }
        var anchor = context.NextFigureAnchor();
        var captionInlines = context.At(anchor, () => recoveredCaption is not null
            ? context.Inlines.Build(recoveredCaption)
            : context.Inlines.Build(caption));
        if (!isThumb && recoveredCaption is null)
        {
            return new ImageInline(file, alt ?? (captionInlines.Count > 0 ? InlineText.Flatten(captionInlines) : null), width);
        }
        var figure = new Figure(anchor, file, captionInlines, alt, width, alignment, isThumb || recoveredCaption is not null, recoveredCaption is not null, link.Span);
        return new BlockHolder([new FigureBlock(figure)]);
    }

    public static bool IsFigure(WikiLinkNode link) =>
        link.Kind == WikiLinkKind.File && link.Parts.Any(p => ThumbOptions.Contains(p.ToWikitext().Trim()));

    /// <summary>True when the link has no caption part (only options).</summary>
    public static bool HasNoCaption(WikiLinkNode link) =>
        link.Parts.All(p =>
        {
            var text = p.ToWikitext().Trim();
            return ThumbOptions.Contains(text) || AlignOptions.ContainsKey(text) || Width().IsMatch(text) || OtherOptions.Contains(text) || IsKeyedOption(text);
        });

    private static bool IsKeyedOption(string text) =>
        KeyedOption().IsMatch(text);

    [GeneratedRegex(@"^(?:\d*x)?(\d+)\s*(?:px|像素)$", RegexOptions.IgnoreCase)]
    private static partial Regex Width();

    [GeneratedRegex(@"^(?:alt|link|page|class|lang|upright|thumb|thumbnail|loop|start|end|muted|poster|链接|連結)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex KeyedOption();
}
