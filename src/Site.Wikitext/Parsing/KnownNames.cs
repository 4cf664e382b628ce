using System.Runtime.CompilerServices;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// The tag names and link prefixes of a <see cref="ParserOptions"/>, looked up by span so that reading a tag or
/// classifying a link makes no string. Built once per options instance (they are immutable). Used only when the
/// option sets compare ignoring case as the default ones do; otherwise the callers ask the sets themselves.
/// </summary>
internal sealed class KnownNames
{
    private static readonly ConditionalWeakTable<ParserOptions, KnownNames> Cache = new();

    private readonly Dictionary<string, TagName> _tags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WikiLinkKind> _prefixes = new(StringComparer.OrdinalIgnoreCase);

    private KnownNames(ParserOptions options)
    {
        TagsUsable = IgnoresCase(options.ParsedExtensionTags) && IgnoresCase(options.RawExtensionTags) && IgnoresCase(options.HtmlTags);
        if (TagsUsable)
        {
            foreach (var name in options.ParsedExtensionTags.Concat(options.RawExtensionTags).Concat(options.HtmlTags))
            {
                var lower = name.ToLowerInvariant();
                _tags[lower] = new TagName(
                    lower, options.ParsedExtensionTags.Contains(lower), options.RawExtensionTags.Contains(lower), options.HtmlTags.Contains(lower));
            }
        }
        PrefixesUsable = IgnoresCase(options.FileNamespaces) && IgnoresCase(options.MediaNamespaces) &&
            IgnoresCase(options.CategoryNamespaces) && IgnoresCase(options.InterlanguagePrefixes);
        if (PrefixesUsable)
        {
            // Later kinds overwrite earlier ones: the order of precedence is file, media, category, interlanguage.
            foreach (var prefix in options.InterlanguagePrefixes) _prefixes[prefix] = WikiLinkKind.Interlanguage;
            foreach (var prefix in options.CategoryNamespaces) _prefixes[prefix] = WikiLinkKind.Category;
            foreach (var prefix in options.MediaNamespaces) _prefixes[prefix] = WikiLinkKind.Media;
            foreach (var prefix in options.FileNamespaces) _prefixes[prefix] = WikiLinkKind.File;
        }
        Tags = _tags.GetAlternateLookup<ReadOnlySpan<char>>();
        Prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static KnownNames For(ParserOptions options) => Cache.GetValue(options, o => new KnownNames(o));

    public bool TagsUsable { get; }

    public bool PrefixesUsable { get; }

    public Dictionary<string, TagName>.AlternateLookup<ReadOnlySpan<char>> Tags { get; }

    public Dictionary<string, WikiLinkKind>.AlternateLookup<ReadOnlySpan<char>> Prefixes { get; }

    private static bool IgnoresCase(IReadOnlySet<string> set) =>
        set is HashSet<string> hash && ReferenceEquals(hash.Comparer, StringComparer.OrdinalIgnoreCase);
}

/// <summary>A tag name the options know, lower-case, with what it is and the start of its closing tag.</summary>
internal sealed class TagName(string name, bool isParsedExtension, bool isRawExtension, bool isHtml)
{
    public string Name { get; } = name;

    public bool IsExtension { get; } = isParsedExtension || isRawExtension;

    public bool IsParsedExtension { get; } = isParsedExtension;

    public bool IsHtml { get; } = isHtml;

    /// <summary><c>&lt;/name</c>, searched for case-insensitively.</summary>
    public string CloseNeedle { get; } = "</" + name;
}
