namespace Site.Model.Building;

/// <summary>
/// Builds nested styled inlines from toggles and open/close tags, the way MediaWiki reopens
/// an inner style when an outer one closes first (<c>'''bold ''both''' italic''</c>).
/// </summary>
internal sealed class StyleStack
{
    private readonly List<Level> _levels = [new Level(null, null, null)];

    private sealed record Level(InlineStyle? Style, string? Tag, IReadOnlyList<KeyValuePair<string, string>>? Attributes)
    {
        public List<Inline> Children { get; } = [];
    }

    public void Add(Inline inline) => _levels[^1].Children.Add(inline);

    public void AddRange(IEnumerable<Inline> inlines) => _levels[^1].Children.AddRange(inlines);

    public bool IsOpen(InlineStyle style) => _levels.Any(l => l.Style == style && l.Tag is null);

    /// <summary>Opens the style, or closes it if it is open (apostrophes).</summary>
    public void Toggle(InlineStyle style)
    {
        var index = _levels.FindLastIndex(l => l.Style == style && l.Tag is null);
        if (index < 1) _levels.Add(new Level(style, null, null));
        else CloseAt(index);
    }

    public void Open(string tag, InlineStyle style, IReadOnlyList<KeyValuePair<string, string>>? attributes) =>
        _levels.Add(new Level(style, tag, attributes));

    /// <summary>Closes the innermost open element with this tag; an end tag with no start is ignored.</summary>
    public bool Close(string tag)
    {
        var index = _levels.FindLastIndex(l => l.Tag == tag);
        if (index < 1) return false;
        CloseAt(index);
        return true;
    }

    /// <summary>Closes only the apostrophe styles (they end at the end of a line), keeping tags open.</summary>
    public void CloseQuotes()
    {
        int index;
        while ((index = _levels.FindLastIndex(l => l.Tag is null && l.Style is not null)) >= 1)
        {
            CloseAt(index);
        }
    }

    public List<Inline> Finish()
    {
        while (_levels.Count > 1) Pop();
        return _levels[0].Children;
    }

    private void CloseAt(int index)
    {
        var reopen = new List<Level>();
        while (_levels.Count - 1 > index)
        {
            var level = _levels[^1];
            reopen.Add(level);
            Pop();
        }
        Pop();
        for (var i = reopen.Count - 1; i >= 0; i--)
        {
            var level = reopen[i];
            _levels.Add(new Level(level.Style, level.Tag, level.Attributes));
        }
    }

    private void Pop()
    {
        var level = _levels[^1];
        _levels.RemoveAt(_levels.Count - 1);
        if (level.Children.Count > 0) _levels[^1].Children.Add(new StyledInline(level.Style!.Value, level.Children, level.Attributes));
    }
}
