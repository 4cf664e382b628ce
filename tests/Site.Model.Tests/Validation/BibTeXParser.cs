using System.Text;

namespace Site.Model.Tests.Validation;

internal sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// A strict reader of .bib files as BibTeX sees them: text outside entries is a comment; an entry is
/// <c>@type{key, name = value, …}</c>; values are brace-delimited (every brace counts, as in BibTeX, escaped or not),
/// quoted, numbers or macro names, joined with <c>#</c>. Throws <see cref="FormatException"/> on any error, duplicate
/// keys and duplicate field names included.
/// </summary>
internal sealed class BibTeXParser
{
    private readonly string _text;
    private int _pos;

    private BibTeXParser(string text) => _text = text;

    public static IReadOnlyList<BibEntry> Parse(string text) => new BibTeXParser(text).ParseAll();

    private List<BibEntry> ParseAll()
    {
        var entries = new List<BibEntry>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var at = _text.IndexOf('@', _pos);
            if (at < 0) return entries;
            _pos = at + 1;
            var type = Identifier().ToLowerInvariant();
            if (type.Length == 0) throw Error("entry type expected");
            SkipSpace();
            var close = Expect('{', '(') == '{' ? '}' : ')';
            if (type is "comment" or "preamble" or "string") throw Error("unexpected @" + type);
            SkipSpace();
            var key = ReadKey();
            if (!keys.Add(key)) throw Error("duplicate key " + key);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            SkipSpace();
            while (Peek() == ',')
            {
                _pos++;
                SkipSpace();
                if (Peek() == close) break;
                var name = Identifier().ToLowerInvariant();
                if (name.Length == 0) throw Error("field name expected");
                SkipSpace();
                Expect('=');
                SkipSpace();
                var value = Value();
                if (!fields.TryAdd(name, value)) throw Error($"duplicate field {name} in {key}");
                SkipSpace();
            }
            Expect(close);
            entries.Add(new BibEntry(type, key, fields));
        }
    }

    private string ReadKey()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[_pos])) _pos++;
        if (_pos == start) throw Error("key expected");
        return _text[start.._pos];
    }

    private string Value()
    {
        var builder = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '{') builder.Append(Braced());
            else if (c == '"') builder.Append(Quoted());
            else if (char.IsAsciiDigit(c)) builder.Append(Identifier());
            else if (char.IsAsciiLetter(c)) builder.Append('@').Append(Identifier());
            else throw Error("value expected");
            SkipSpace();
            if (Peek() != '#') return builder.ToString();
            _pos++;
            SkipSpace();
        }
    }

    /// <summary>The text between balanced braces, outer pair excluded.</summary>
    private string Braced()
    {
        var start = ++_pos;
        var depth = 1;
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return _text[start..(_pos - 1)];
            else if (c == '@' && depth == 1 && IsEntryStart(_pos - 1)) throw Error("entry starts inside a value");
        }
        throw Error("unbalanced braces");
    }

    private string Quoted()
    {
        var start = ++_pos;
        var depth = 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) throw Error("unbalanced braces in quoted value");
            else if (c == '"' && depth == 0) return _text[start..(_pos - 1)];
        }
        throw Error("unterminated quoted value");
    }

    private bool IsEntryStart(int at) => at == 0 || _text[at - 1] == '\n';

    private string Identifier()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-' or ':' or '.')) _pos++;
        return _text[start.._pos];
    }

    private char Expect(params char[] options)
    {
        var c = Peek();
        if (!options.Contains(c)) throw Error($"expected {string.Join(" or ", options)}, found '{c}'");
        _pos++;
        return c;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private FormatException Error(string message)
    {
        var line = _text.AsSpan(0, Math.Min(_pos, _text.Length)).Count('\n') + 1;
        return new FormatException($"line {line}: {message}");
    }
}
