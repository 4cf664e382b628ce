using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Rendering.Cite;

/// <summary>
/// MediaWiki's Cite extension for the renderer: numbers &lt;ref&gt; footnotes per group in order of first
/// use, merges named reuses and list-defined bodies, and writes &lt;references&gt; lists with back-links.
/// </summary>
internal sealed partial class CiteRenderer
{
    private static readonly HashSet<string> RefParameters = new(StringComparer.Ordinal) { "name", "group", "follow", "dir" };

    private readonly Dictionary<string, FootnoteGroup> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _groupOrder = [];
    private readonly FragmentMode _mode;
    private int _nextKey = 1;

    private readonly bool _subReferencing;
    private readonly bool _responsive;
    private readonly bool _defaultDirAuto;

    public CiteRenderer(HtmlRenderOptions options)
    {
        _mode = options.FragmentModes[0];
        _subReferencing = options.CiteSubReferencing;
        _responsive = options.CiteResponsiveReferences;
        _defaultDirAuto = options.CiteDefaultRefDirAuto;
    }
    private string? _listGroup;
    private readonly List<string> _listTagErrors = [];

    private sealed class Footnote
    {
        public string? Name;
        public int Key;
        public int Number;
        public string? Text;
        public int Uses;
        public readonly List<string> Errors = [];
        public bool Unused;
        public string? Dir;
        public readonly List<string> OtherDirs = [];

        /// <summary>Sub-references (<c>details=</c>) of this footnote, numbered N.1, N.2, …</summary>
        public readonly List<Footnote> Subs = [];
        public string? Details;
        public string? SubLabel;
    }

    private sealed class FootnoteGroup
    {
        public readonly List<Footnote> Notes = [];
        public readonly Dictionary<string, Footnote> ByName = new(StringComparer.Ordinal);
        public readonly List<string> LooseFollows = [];
        public readonly List<Footnote> ListErrors = [];
        public int NextNumber = 1;
    }

    public string Ref(ExtensionTagNode tag, InlineWriter writer)
    {
        var html = RefOrError(tag, writer);
        // Inside <references>, a ref's error has no place in the text: Cite lists it after the list.
        if (_listGroup is null || html.Length == 0) return html;
        _listTagErrors.Add(html);
        return "";
    }

    private string RefOrError(ExtensionTagNode tag, InlineWriter writer)
    {
        var attributes = Sanitizer.ParseAttributes(tag.AttributesText);
        string? Attribute(string key) => attributes.FirstOrDefault(a => a.Key == key).Value;
        var unknown = attributes.FirstOrDefault(a => !RefParameters.Contains(a.Key) && !(_subReferencing && a.Key == "details")).Key;
        var details = _subReferencing ? Blank(Attribute("details")) : null;
        var name = Blank(Attribute("name"));
        var follow = Blank(Attribute("follow"));
        var groupAttribute = Attribute("group")?.Trim();
        var group = _listGroup ?? groupAttribute ?? "";
        string? text = null;
        if (!tag.IsSelfClosing && tag.Body is not null)
        {
            text = writer.WriteInline(tag.Body.Children).Trim();
            if (text.Length == 0) text = null;
        }
        var errors = new List<string>();
        if (unknown is not null) errors.Add(Error($"Invalid parameter \"{Html.Escape(unknown)}\" in <code>&lt;ref&gt;</code> tag. The supported parameters are: dir, follow, group, name."));
        if (name is not null && follow is not null)
        {
            if (unknown is not null) return errors[0];
            return Error("A <code>&lt;ref follow=\"…\"&gt;</code> tag that is the continuation of a previous one cannot be named individually or have details.");
        }
        var dirAttribute = Attribute("dir");
        string? dir = null;
        if (dirAttribute is not null)
        {
            dir = dirAttribute.Trim().ToLowerInvariant();
            if (dir is not ("ltr" or "rtl" or "auto"))
            {
                errors.Add(Error($"Invalid <code>dir=\"{Html.Escape(dirAttribute)}\"</code>, must be \"ltr\", \"rtl\" or \"auto\"."));
                dir = null;
            }
        }
        if (name is not null && IntegerPattern().IsMatch(name))
        {
            errors.Add(Error("Invalid <code>&lt;ref&gt;</code> tag; name cannot be a simple integer. Use a descriptive title."));
            name = null;
        }

        var hasDetails = _subReferencing && Attribute("details") is not null;
        if (_listGroup is not null) return DefineInList(name, groupAttribute, text, errors, hasDetails);

        var notes = Group(group);
        if (follow is not null)
        {
            if (text is null) return "";
            // The continuation joins the footnote's text at once (Cite's appendText), so a body given later under
            // the same name differs from it and is reported as a second definition.
            if (notes.ByName.TryGetValue(follow, out var parent)) parent.Text = parent.Text is null ? text : parent.Text + " " + text;
            else
            {
                _nextKey++;
                notes.LooseFollows.Add(text);
            }
            return "";
        }
        if (details is not null && name is null && text is null)
        {
            return Error("A <code>&lt;ref&gt;</code> tag with details must contain content or point to a parent reference by name.");
        }
        if (name is null && text is null)
        {
            return tag.IsSelfClosing || Attribute("name") is not null && tag.IsSelfClosing
                ? Error("The opening <code>&lt;ref&gt;</code> tag is malformed or has a bad name.")
                : Error("Invalid <code>&lt;ref&gt;</code> tag; refs with no name must have content.");
        }
        Footnote note;
        if (details is not null) return SubReference(notes, name, text, details, group, errors, dir, writer);
        if (name is not null && notes.ByName.TryGetValue(name, out var existing))
        {
            note = existing;
            if (text is not null)
            {
                if (note.Text is null) note.Text = text;
                else if (note.Text != text && !note.Errors.Any(e => e.Contains("defined multiple times", StringComparison.Ordinal)))
                {
                    note.Errors.Add(Error($"Invalid <code>&lt;ref&gt;</code> tag; name \"{Html.Escape(name)}\" defined multiple times with different content."));
                }
            }
        }
        else
        {
            note = new Footnote { Name = name, Key = _nextKey++, Number = notes.NextNumber++, Text = text };
            notes.Notes.Add(note);
            if (name is not null) notes.ByName[name] = note;
        }
        note.Errors.AddRange(errors);
        SetDir(note, dir, text is not null);
        note.Uses++;
        return Marker(note, group, note.Uses - 1);
    }

    /// <summary>
    /// <c>&lt;ref name="book" details="p. 2"&gt;</c>: the main footnote (defined here when the tag has a body) gets a
    /// numbered sub-footnote per distinct details text; only the sub-footnote is marked in the text.
    /// </summary>
    private string SubReference(
        FootnoteGroup notes, string? name, string? text, string details, string group, List<string> errors, string? dir, InlineWriter writer)
    {
        Footnote main;
        if (name is not null && notes.ByName.TryGetValue(name, out var existing))
        {
            main = existing;
            if (text is not null)
            {
                if (main.Text is null) main.Text = text;
                else if (main.Text != text && !main.Errors.Any(e => e.Contains("defined multiple times", StringComparison.Ordinal)))
                {
                    main.Errors.Add(Error($"Invalid <code>&lt;ref&gt;</code> tag; name \"{Html.Escape(name)}\" defined multiple times with different content."));
                }
            }
        }
        else
        {
            main = new Footnote { Name = name, Key = _nextKey++, Number = notes.NextNumber++, Text = text };
            notes.Notes.Add(main);
            if (name is not null) notes.ByName[name] = main;
        }
        main.Errors.AddRange(errors);
        SetDir(main, dir, text is not null);
        var html = writer.WriteInline(Parsing.WikitextParser.Parse(details).Children).Trim();
        var sub = main.Subs.FirstOrDefault(s => s.Details == html);
        if (sub is null)
        {
            sub = new Footnote { Key = _nextKey++, Number = main.Number, Text = html, Details = html, Dir = dir };
            sub.SubLabel = main.Number.ToString(CultureInfo.InvariantCulture) + "." + (main.Subs.Count + 1).ToString(CultureInfo.InvariantCulture);
            main.Subs.Add(sub);
        }
        sub.Uses++;
        return Marker(sub, group, sub.Uses - 1);
    }

    /// <summary>The direction comes from the tag with the body; another tag giving a different one is an error.</summary>
    private static void SetDir(Footnote note, string? dir, bool withBody)
    {
        if (dir is null) return;
        if (withBody && note.Dir is null) note.Dir = dir;
        else note.OtherDirs.Add(dir);
    }

    private string DefineInList(string? name, string? groupAttribute, string? text, List<string> errors, bool hasDetails)
    {
        var notes = Group(_listGroup!);
        if (hasDetails && name is not null)
        {
            errors.Add(Error($"<code>&lt;ref&gt;</code> tag with name \"{Html.Escape(name)}\" cannot use details when inside <code>&lt;references&gt;</code>."));
        }
        if (name is null)
        {
            notes.ListErrors.Add(new Footnote { Text = text, Errors = { Error("<code>&lt;ref&gt;</code> tag defined in <code>&lt;references&gt;</code> has no name attribute.") } });
            return "";
        }
        if (text is null)
        {
            return Error($"<code>&lt;ref&gt;</code> tag with name \"{Html.Escape(name)}\" defined in <code>&lt;references&gt;</code> group \"{Html.Escape(_listGroup!)}\" has no content.");
        }
        if (groupAttribute is not null && groupAttribute != _listGroup)
        {
            notes.ListErrors.Add(new Footnote { Text = text, Errors = { Error($"<code>&lt;ref&gt;</code> tag in <code>&lt;references&gt;</code> has conflicting group attribute \"{Html.Escape(groupAttribute)}\".") } });
            return "";
        }
        if (notes.ByName.TryGetValue(name, out var note))
        {
            if (text is not null)
            {
                if (note.Text is null) note.Text = text;
                else if (note.Text != text) note.Errors.Add(Error($"Invalid <code>&lt;ref&gt;</code> tag; name \"{Html.Escape(name)}\" defined multiple times with different content."));
            }
            note.Errors.AddRange(errors);
            return "";
        }
        var unused = new Footnote { Text = text, Unused = true };
        if (hasDetails) unused.Errors.AddRange(errors);
        else unused.Errors.Add(Error($"<code>&lt;ref&gt;</code> tag with name \"{Html.Escape(name)}\" defined in <code>&lt;references&gt;</code> is not used in prior text."));
        notes.ListErrors.Add(unused);
        return "";
    }

    public string References(ExtensionTagNode tag, InlineWriter writer)
    {
        var attributes = Sanitizer.ParseAttributes(tag.AttributesText);
        var unknown = attributes.FirstOrDefault(a => a.Key is not ("group" or "responsive")).Key;
        if (unknown is not null)
        {
            return Error($"Invalid parameter \"{Html.Escape(unknown)}\" in <code>&lt;references&gt;</code> tag. The supported parameters are: group, responsive.");
        }
        var group = attributes.FirstOrDefault(a => a.Key == "group").Value?.Trim() ?? "";
        // responsive="0" switches the wrapper off; an empty value does not.
        var responsiveValue = attributes.FirstOrDefault(a => a.Key == "responsive").Value;
        var responsive = responsiveValue is null || responsiveValue.Trim().Length == 0 ? _responsive : responsiveValue.Trim() != "0";
        _listTagErrors.Clear();
        if (tag.Body is not null)
        {
            _listGroup = group;
            writer.Write(tag.Body.Children);
            _listGroup = null;
        }
        // MediaWiki unstrips extension output before its block-level pass, so the error lines after the list
        // become a paragraph.
        return List(group, writer, responsive, _listTagErrors.Count == 0 ? "" : "\n" + string.Join("<br />\n", _listTagErrors));
    }

    /// <summary>The list MediaWiki appends for footnotes of the default group that no &lt;references/&gt; showed.</summary>
    public string Remaining(InlineWriter writer)
    {
        var builder = new StringBuilder();
        if (_groups.TryGetValue("", out var main) && (main.Notes.Count > 0 || main.LooseFollows.Count > 0)) builder.Append(List("", writer, _responsive));
        foreach (var name in _groupOrder)
        {
            if (name.Length == 0 || !_groups.TryGetValue(name, out var group) || group.Notes.Count == 0) continue;
            if (builder.Length > 0) builder.Append('\n');
            builder.Append(Error($"<code>&lt;ref&gt;</code> tags exist for a group named \"{Html.Escape(name)}\", but no corresponding <code>&lt;references group=\"{Html.Escape(name)}\"/&gt;</code> tag was found."));
        }
        return builder.ToString();
    }

    private string List(string group, InlineWriter writer, bool responsive, string after = "")
    {
        if (!_groups.TryGetValue(group, out var notes)) return after.Length == 0 ? "" : BlockLevelPass.Run(after.TrimStart('\n'));
        _groups.Remove(group);
        _groupOrder.Remove(group);
        if (notes.Notes.Count == 0 && notes.LooseFollows.Count == 0 && notes.ListErrors.Count == 0) return after.Length == 0 ? "" : BlockLevelPass.Run(after.TrimStart('\n'));
        var builder = new StringBuilder();
        if (responsive)
        {
            builder.Append("<div class=\"mw-references-wrap");
            if (notes.Notes.Count > 10) builder.Append(" mw-references-columns");
            builder.Append("\">");
        }
        builder.Append("<ol class=\"references\"");
        if (group.Length > 0) builder.Append(" data-mw-group=\"").Append(Html.EscapeAttribute(group)).Append('"');
        builder.Append(">\n");
        // Cite sorts the list by footnote number, and items without one (a follow="…" whose footnote is not there,
        // a list-defined ref that cannot be listed) sort as 0: they come first, in the order they were met.
        foreach (var follow in notes.LooseFollows) builder.Append("<span class=\"reference-text\">").Append(follow).Append("</span>\n");
        foreach (var note in notes.ListErrors) AppendItem(builder, note);
        foreach (var note in notes.Notes) AppendItem(builder, note);
        builder.Append(responsive ? "</ol></div>" : "</ol>").Append(after);
        return BlockLevelPass.Run(builder.ToString());
    }

    private void AppendItem(StringBuilder builder, Footnote note)
    {
        var listed = note.Uses > 0;
        builder.Append("<li");
        if (note.Dir is null && _defaultDirAuto && note.Uses > 0) note.Dir = "auto";
        if (note.Dir is not null) builder.Append(" class=\"mw-cite-dir-").Append(note.Dir).Append('"');
        if (listed) builder.Append(" id=\"cite_note-").Append(Html.EscapeAttribute(Id(NoteId(note)))).Append('"');
        builder.Append("><span class=\"mw-cite-backlink\">");
        if (!listed) builder.Append('↑');
        else if (note.Uses == 1) builder.Append("<a href=\"#cite_ref-").Append(Html.EscapeAttribute(Link(RefId(note, 0)))).Append("\">↑</a>");
        else
        {
            builder.Append('↑');
            for (var i = 0; i < note.Uses; i++)
            {
                builder.Append(" <sup><a href=\"#cite_ref-").Append(Html.EscapeAttribute(Link(RefId(note, i)))).Append("\">")
                    .Append(note.Number.ToString(CultureInfo.InvariantCulture)).Append('.').Append(i.ToString(CultureInfo.InvariantCulture)).Append("</a></sup>");
            }
        }
        builder.Append("</span> <span class=\"reference-text\"").Append(note.Dir == "auto" ? " dir=\"auto\"" : "").Append('>');
        var text = note.Text ?? "";
        var errors = new List<string>(note.Errors);
        if (note.Dir is not null && note.OtherDirs.Any(d => d != note.Dir))
        {
            errors.Add(Error($"One of the <code>&lt;ref&gt;</code> tags with the name \"{Html.Escape(note.Name ?? "")}\" does have a conflicting dir attribute."));
        }
        if (note.Text is null && note.Name is not null && (listed || note.Subs.Count > 0))
        {
            errors.Add(Error($"Invalid <code>&lt;ref&gt;</code> tag; no text was provided for refs named \"{Html.Escape(note.Name)}\"."));
        }
        builder.Append(text);
        foreach (var error in errors) builder.Append(' ').Append(error);
        builder.Append("</span>");
        if (note.Subs.Count > 0)
        {
            builder.Append("\n<ol class=\"mw-subreference-list\">\n");
            foreach (var sub in note.Subs) AppendItem(builder, sub);
            builder.Append("</ol>");
        }
        builder.Append("\n</li>\n");
    }

    private string Marker(Footnote note, string group, int use)
    {
        var number = note.SubLabel ?? note.Number.ToString(CultureInfo.InvariantCulture);
        var label = group.Length > 0 ? group + " " + number : number;
        return "<sup id=\"cite_ref-" + Html.EscapeAttribute(Id(RefId(note, use))) + "\" class=\"reference\"><a href=\"#cite_note-" +
               Html.EscapeAttribute(Link(NoteId(note))) + "\"><span class=\"cite-bracket\">&#91;</span>" + Html.Escape(label) +
               "<span class=\"cite-bracket\">&#93;</span></a></sup>";
    }

    private string Id(string id) => Anchors.ForAttribute(id, _mode);

    private string Link(string id) => Anchors.ForLink(id, _mode);

    private static string RefId(Footnote note, int use) =>
        note.Name is null ? note.Key.ToString(CultureInfo.InvariantCulture) + (use > 0 ? "-" + use.ToString(CultureInfo.InvariantCulture) : "") : $"{Anchor(note.Name)}_{note.Key}-{use}";

    private static string NoteId(Footnote note) =>
        note.Name is null ? note.Key.ToString(CultureInfo.InvariantCulture) : $"{Anchor(note.Name)}-{note.Key}";

    private static string Anchor(string name) => UnderscorePattern().Replace(name.Trim(), "_");

    private FootnoteGroup Group(string name)
    {
        if (!_groups.TryGetValue(name, out var group))
        {
            group = new FootnoteGroup();
            _groups[name] = group;
            _groupOrder.Add(name);
        }
        return group;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Error(string message) =>
        "<span class=\"error mw-ext-cite-error\" lang=\"en\" dir=\"ltr\">Cite error: " + message + "</span>";

    [GeneratedRegex("^-?[1-9][0-9]*$|^0$")]
    private static partial Regex IntegerPattern();

    // Cite's normalizeKey: runs of underscores and any Unicode white space (U+00A0, U+2028…) become one underscore.
    [GeneratedRegex(@"[_\s]+")]
    private static partial Regex UnderscorePattern();
}
