using Site.Wikitext;
using Site.Wikitext.Diagnostics;

namespace Site.Model.Citations;

/// <summary>
/// MediaWiki Cite semantics: numbering by first use per group, named reuse with back-links a, b, c,
/// list-defined references, first non-empty body wins, and the usual errors as diagnostics.
/// </summary>
public sealed class CiteRegistry(Action<DiagnosticDescriptor, SourceSpan, object[]> report)
{
    public const string NoteGroup = "note";

    private readonly Dictionary<(string Group, string Name), Entry> _named = [];
    private readonly Dictionary<string, List<Entry>> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listedGroups = new(StringComparer.Ordinal);
    private int _nextId;

    private sealed class Entry(string group, int number, string? name, string noteId, string idPart)
    {
        public string Group { get; } = group;
        public int Number { get; } = number;
        public string? Name { get; } = name;
        public string NoteId { get; } = noteId;
        public string IdPart { get; } = idPart;
        public IReadOnlyList<Inline>? Content { get; set; }
        public string? BodyKey { get; set; }
        public SourceSpan Location { get; set; }
        public List<ReferenceUse> Uses { get; } = [];
        public bool DefinedInList { get; set; }
    }

    /// <summary>A reference body: its inlines and a key to compare bodies written twice.</summary>
    public sealed record Body(IReadOnlyList<Inline> Content, string Key);

    /// <summary>Records one use. <paramref name="body"/> is null for a reuse (<c>&lt;ref name=x/&gt;</c>).</summary>
    public ReferenceUse Use(string group, string? name, Body? body, string? pages, SourceSpan location, UsePlace place)
    {
        name = NormalizeName(name);
        if (name is not null && name.All(char.IsAsciiDigit))
        {
            report(ModelDiagnostics.NumericReferenceName, location, [name]);
        }
        var entry = name is not null && _named.TryGetValue((group, name), out var existing) ? existing : null;
        if (entry is null || entry.Uses.Count == 0 && entry.DefinedInList && entry.Number == 0)
        {
            entry = entry is null ? Create(group, name, location) : Promote(entry, location);
        }
        if (body is not null) Define(entry, body, location);
        var k = entry.Uses.Count;
        var backlink = name is null ? $"cite_ref-{entry.IdPart}" : $"cite_ref-{Anchor(name)}_{entry.IdPart}-{k}";
        var use = new ReferenceUse(group, entry.Number, LabelOf(group, entry.Number), entry.NoteId, backlink, pages,
            place.ParagraphAnchor, place.SectionAnchor, place.SectionTitle);
        entry.Uses.Add(use);
        return use;
    }

    /// <summary>A definition inside <c>&lt;references&gt;</c> or <c>{{Reflist|refs=}}</c>: gives a body, not a use.</summary>
    public void DefineInList(string group, string? name, Body body, SourceSpan location)
    {
        name = NormalizeName(name);
        if (name is null) return;
        if (!_named.TryGetValue((group, name), out var entry))
        {
            entry = new Entry(group, 0, name, "", "") { DefinedInList = true, Location = location };
            _named[(group, name)] = entry;
        }
        Define(entry, body, location);
    }

    /// <summary>Attaches a page locator (<c>{{rp}}</c>) to a use already recorded.</summary>
    public ReferenceUse WithPages(ReferenceUse use, string pages)
    {
        var updated = use with { Pages = use.Pages is null ? pages : use.Pages + ", " + pages };
        foreach (var entry in _groups.GetValueOrDefault(use.Group) ?? [])
        {
            var index = entry.Uses.IndexOf(use);
            if (index >= 0) entry.Uses[index] = updated;
        }
        return updated;
    }

    public void MarkListed(string group) => _listedGroups.Add(group);

    public bool IsListed(string group) => _listedGroups.Contains(group);

    public IReadOnlyList<ReferenceGroup> Build(out IReadOnlyList<string> unlistedGroups)
    {
        foreach (var entry in _named.Values.Where(e => e.Number == 0))
        {
            report(ModelDiagnostics.UnusedListDefinedReference, entry.Location, [entry.Name!]);
        }
        var groups = new List<ReferenceGroup>();
        foreach (var (group, entries) in _groups.OrderBy(g => g.Key == "" ? 0 : g.Key == NoteGroup ? 1 : 2).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var references = new List<Reference>();
            foreach (var entry in entries)
            {
                if (entry.Content is null) report(ModelDiagnostics.UndefinedReference, entry.Location, [entry.Name ?? "?"]);
                var content = entry.Content ?? [];
                references.Add(new Reference(group, entry.Number, LabelOf(group, entry.Number), entry.NoteId, entry.Name, content,
                    CitationsIn(content), entry.Uses.ToList()));
            }
            groups.Add(new ReferenceGroup(group, references));
        }
        unlistedGroups = _groups.Keys.Where(g => !_listedGroups.Contains(g)).Order(StringComparer.Ordinal).ToList();
        return groups;
    }

    public static string LabelOf(string group, int number) => group switch
    {
        "" => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NoteGroup or "lower-alpha" => Alpha(number),
        "upper-alpha" => Alpha(number).ToUpperInvariant(),
        _ => $"{group} {number}",
    };

    /// <summary>a … z, aa, ab, … as Cite's back-link labels and lower-alpha groups do.</summary>
    public static string Alpha(int number)
    {
        var label = "";
        while (number > 0)
        {
            number--;
            label = (char)('a' + number % 26) + label;
            number /= 26;
        }
        return label;
    }

    private Entry Create(string group, string? name, SourceSpan location)
    {
        if (!_groups.TryGetValue(group, out var list)) _groups[group] = list = [];
        var id = ++_nextId;
        var idPart = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var noteId = name is null ? $"cite_note-{idPart}" : $"cite_note-{Anchor(name)}-{idPart}";
        var entry = new Entry(group, list.Count + 1, name, noteId, idPart) { Location = location };
        list.Add(entry);
        if (name is not null) _named[(group, name)] = entry;
        return entry;
    }

    private Entry Promote(Entry listDefined, SourceSpan location)
    {
        var entry = Create(listDefined.Group, listDefined.Name, location);
        entry.Content = listDefined.Content;
        entry.BodyKey = listDefined.BodyKey;
        return entry;
    }

    private void Define(Entry entry, Body body, SourceSpan location)
    {
        if (string.IsNullOrWhiteSpace(body.Key)) return;
        if (entry.Content is null)
        {
            entry.Content = body.Content;
            entry.BodyKey = body.Key;
            return;
        }
        if (!string.Equals(Squash(entry.BodyKey), Squash(body.Key), StringComparison.Ordinal))
        {
            report(ModelDiagnostics.ConflictingReference, location, [entry.Name ?? "?"]);
        }
    }

    private static string? Squash(string? key) => key is null ? null : string.Join(' ', key.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<Citation> CitationsIn(IReadOnlyList<Inline> content)
    {
        var language = content.OfType<LanguageIconInline>().Select(i => i.Language).FirstOrDefault();
        var citations = Collect(content).ToList();
        if (citations.Count == 0)
        {
            var bare = BareCitation.From(content);
            if (bare is not null) citations.Add(bare);
        }
        return citations.Select(c => c.Language is null && language is not null ? c with { Language = language } : c).ToList();

        static IEnumerable<Citation> Collect(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case CitationInline c:
                        yield return c.Citation;
                        break;
                    case StyledInline s:
                        foreach (var c in Collect(s.Children)) yield return c;
                        break;
                }
            }
        }
    }

    private static string? NormalizeName(string? name)
    {
        if (name is null) return null;
        var value = System.Net.WebUtility.HtmlDecode(name).Trim();
        return value.Length == 0 ? null : string.Join(' ', value.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Anchor(string name) => name.Replace(' ', '_');
}

/// <summary>Where a use sits: the paragraph and section that hold it.</summary>
public sealed record UsePlace(string ParagraphAnchor, string SectionAnchor, string SectionTitle);
