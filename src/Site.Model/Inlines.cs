using System.Text.Json.Serialization;

namespace Site.Model;

/// <summary>Inline content of the article, free of wikitext syntax. Text is in the source script until converted.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor)]
[JsonDerivedType(typeof(TextInline), "text")]
[JsonDerivedType(typeof(StyledInline), "styled")]
[JsonDerivedType(typeof(WikiLinkInline), "wikilink")]
[JsonDerivedType(typeof(ExternalLinkInline), "externallink")]
[JsonDerivedType(typeof(InterlanguageLinkInline), "interlanguagelink")]
[JsonDerivedType(typeof(LanguageInline), "language")]
[JsonDerivedType(typeof(LineBreakInline), "linebreak")]
[JsonDerivedType(typeof(ReferenceMarkerInline), "referencemarker")]
[JsonDerivedType(typeof(ConversionInline), "conversion")]
[JsonDerivedType(typeof(VerbatimInline), "verbatim")]
[JsonDerivedType(typeof(MathInline), "math")]
[JsonDerivedType(typeof(UnknownTemplateInline), "unknowntemplate")]
[JsonDerivedType(typeof(ImageInline), "image")]
[JsonDerivedType(typeof(CitationInline), "citation")]
[JsonDerivedType(typeof(WebArchiveInline), "webarchive")]
[JsonDerivedType(typeof(LanguageIconInline), "languageicon")]
public abstract record Inline;

public sealed record TextInline(string Text) : Inline;

public enum InlineStyle
{
    Bold,
    Italic,
    Code,
    Superscript,
    Subscript,
    Small,
    Big,
    Underline,
    Strikethrough,
    Inserted,
    Deleted,
    Span,
    Quote,
    Mark,
    Abbreviation,
    Keyboard,
    Variable,
    Citation,
    Emphasis,
    Strong,
    Ruby,
    RubyText,
    RubyParenthesis,
}

/// <summary>Formatted content; <see cref="Attributes"/> are the (later sanitised) HTML attributes written in the source.</summary>
public sealed record StyledInline(InlineStyle Style, IReadOnlyList<Inline> Children, IReadOnlyList<KeyValuePair<string, string>>? Attributes = null) : Inline;

/// <summary>A link to a wiki page: the target is the page title as written (never converted).</summary>
public sealed record WikiLinkInline(string Target, string? Fragment, IReadOnlyList<Inline> Children) : Inline;

public sealed record ExternalLinkInline(string Url, IReadOnlyList<Inline> Children, bool IsNumbered = false) : Inline;

/// <summary><c>{{link-en|中文|English}}</c>: a Chinese title with a link to another language's article.</summary>
public sealed record InterlanguageLinkInline(string Target, string Language, string ForeignTitle, IReadOnlyList<Inline> Children) : Inline;

/// <summary>Text in another language, <c>{{lang|en|...}}</c>.</summary>
public sealed record LanguageInline(string Language, IReadOnlyList<Inline> Children) : Inline;

public sealed record LineBreakInline : Inline;

/// <summary>An inline reference marker <c>[1]</c> or note marker <c>[a]</c>.</summary>
public sealed record ReferenceMarkerInline(ReferenceUse Use) : Inline;

/// <summary>
/// <c>-{ }-</c> markup, resolved per edition by the conversion stage. <see cref="Body"/> is the content as inlines;
/// <see cref="RuleText"/> the body as plain text for rule parsing.
/// </summary>
public sealed record ConversionInline(string? Flags, string RuleText, IReadOnlyList<Inline> Body) : Inline;

/// <summary>Text the conversion stage must leave alone (nowiki, code, math, URLs shown as text).</summary>
public sealed record VerbatimInline(string Text, bool IsCode = false) : Inline;

public sealed record MathInline(string TeX) : Inline;

/// <summary>A template with no handler: shown in a neutral form with its arguments, never dropped.</summary>
public sealed record UnknownTemplateInline(string Name, IReadOnlyList<Inline> Arguments) : Inline;

/// <summary>An inline image (a file link without thumb/frame).</summary>
public sealed record ImageInline(MediaFile File, string? Alt, int? Width) : Inline;

/// <summary>A structured citation shown in a reference, formatted by the renderer in one consistent style.</summary>
public sealed record CitationInline(Citation Citation) : Inline;

/// <summary><c>{{webarchive|url=…|date=…}}</c> after a bare link.</summary>
public sealed record WebArchiveInline(string Url, CitationDate? Date) : Inline;

/// <summary><c>{{ko icon}}</c>: marks the language of a source.</summary>
public sealed record LanguageIconInline(string Language) : Inline;
