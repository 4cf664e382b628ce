namespace Site.Model.Building;

/// <summary>
/// Builds nested styled inlines from toggles and open/close tags, the way MediaWiki reopens
/// an inner style when an outer one closes first (<c>'''bold ''both''' italic''</c>).
/// </summary>
/// <remarks>Most runs of inlines open no style: the list of open levels is made only when one opens.</remarks>
internal sealed class StyleStack
{
    private readonly List<Inline> _root = [];

    /// <summary>The open styles and tags, innermost last.</summary>
    private List<Level>? _open;

    private sealed record Level(InlineStyle Style, string? Tag, IReadOnlyList<KeyValuePair<string, string>>? Attributes)
    {
        public List<Inline> Children { get; } = [];
    }

    private List<Inline> Current => _open is { Count: > 0 } open ? open[^1].Children : _root;

    public void Add(Inline inline) => Current.Add(inline);

    public void AddRange(IEnumerable<Inline> inlines) => Current.AddRange(inlines);

    public bool IsOpen(InlineStyle style) => _open is not null && _open.Exists(l => l.Style == style && l.Tag is null);

    /// <summary>Opens the style, or closes it if it is open (apostrophes).</summary>
    public void Toggle(InlineStyle style)
    {
        var index = _open?.FindLastIndex(l => l.Style == style && l.Tag is null) ?? -1;
        if (index < 0) Push(new Level(style, null, null));
        else CloseAt(index);
    }

    public void Open(string tag, InlineStyle style, IReadOnlyList<KeyValuePair<string, string>>? attributes) =>
        Push(new Level(style, tag, attributes));

    /// <summary>Closes the innermost open element with this tag; an end tag with no start is ignored.</summary>
    public bool Close(string tag)
    {
        var index = _open?.FindLastIndex(l => l.Tag == tag) ?? -1;
        if (index < 0) return false;
        CloseAt(index);
        return true;
    }

    /// <summary>Closes only the apostrophe styles (they end at the end of a line), keeping tags open.</summary>
    public void CloseQuotes()
    {
        int index;
        while (_open is not null && (index = _open.FindLastIndex(l => l.Tag is null)) >= 0)
        {
            CloseAt(index);
        }
    }

    public List<Inline> Finish()
    {
        while (_open is { Count: > 0 }) Pop();
        return _root;
    }

    private void Push(Level level) => (_open ??= []).Add(level);

    private void CloseAt(int index)
    {
        var reopen = new List<Level>();
        while (_open!.Count - 1 > index)
        {
            reopen.Add(_open[^1]);
            Pop();
        }
        Pop();
        for (var i = reopen.Count - 1; i >= 0; i--)
        {
            var level = reopen[i];
            Push(new Level(level.Style, level.Tag, level.Attributes));
        }
    }

    private void Pop()
    {
        var level = _open![^1];
        _open.RemoveAt(_open.Count - 1);
        if (level.Children.Count > 0) Current.Add(new StyledInline(level.Style, level.Children, level.Attributes));
    }
}
