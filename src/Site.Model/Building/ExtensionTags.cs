using System.Net;
using Site.Model.Citations;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>What extension tags become: references, lists, verbatim text, math, poems, galleries.</summary>
internal static class ExtensionTags
{
    public static IReadOnlyList<Inline> Build(BuildContext context, ExtensionTagNode tag)
    {
        switch (tag.Name)
        {
            case "ref":
                return [References.Ref(context, tag.GetAttribute("name"), tag.GetAttribute("group") ?? "", tag.IsSelfClosing ? null : tag.Body, null, tag.Span)];
            case "references":
                var group = tag.GetAttribute("group") ?? "";
                if (tag.Body is not null) References.DefineList(context, group, tag.Body.Children);
                context.Cite.MarkListed(group);
                return [new BlockHolder([new ReferenceListBlock(group, 1)])];
            case "nowiki":
                return [new VerbatimInline(WebUtility.HtmlDecode(tag.RawBody ?? ""))];
            case "pre":
                return [new BlockHolder([new Preformatted(WebUtility.HtmlDecode(tag.RawBody ?? "").Trim('\n'))])];
            case "math" or "chem" or "ce":
                return [new MathInline(tag.RawBody ?? "")];
            case "syntaxhighlight" or "source" or "code-block":
                var code = tag.RawBody ?? "";
                return code.Contains('\n')
                    ? [new BlockHolder([new Preformatted(code.Trim('\n'))])]
                    : [new VerbatimInline(code, IsCode: true)];
            case "poem":
                return Poem(context, tag);
            case "gallery":
                return [new BlockHolder([Gallery(context, tag.RawBody ?? "")])];
            case "center":
                return context.Inlines.Build(tag.Body);
            case "templatestyles" or "indicator" or "section" or "noinclude" or "includeonly" or "onlyinclude" or "categorytree":
                return [];
            default:
                context.Report(ModelDiagnostics.UnknownExtensionTag, tag.Span, tag.Name);
                return [new VerbatimInline(tag.RawBody ?? "", IsCode: true)];
        }
    }

    private static IReadOnlyList<Inline> Poem(BuildContext context, ExtensionTagNode tag)
    {
        var inlines = context.Inlines.Build(tag.Body);
        var result = new List<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is TextInline text && text.Text.Contains('\n'))
            {
                var lines = text.Text.Trim('\n').Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0) result.Add(new LineBreakInline());
                    if (lines[i].Length > 0) result.Add(new TextInline(lines[i]));
                }
            }
            else
            {
                result.Add(inline);
            }
        }
        return result;
    }

    private static GalleryBlock Gallery(BuildContext context, string body)
    {
        var figures = new List<Figure>();
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            var pipe = line.IndexOf('|');
            var name = FileLinks.FileName(pipe >= 0 ? line[..pipe] : line);
            var captionText = pipe >= 0 ? line[(pipe + 1)..] : "";
            var caption = context.Inlines.Build(Site.Wikitext.Parsing.WikitextParser.Parse(captionText, context.Source.Path).Children);
            figures.Add(new Figure(context.NextFigureAnchor(), new MediaFile(name), caption, null, null, FigureAlignment.Default, true, false));
        }
        return new GalleryBlock(figures);
    }
}
