using System.Text;

namespace Site.Timeline.Tests.Seed;

/// <summary>
/// Test-only, deliberately crude markup remover for seed lines: drops references, comments, tags,
/// files and most templates, keeps link labels, {{lang|x|y}} → y, {{link-en|a|b}} → a,
/// {{efn|…}} → its text. Keeps a source offset for every output char.
/// </summary>
internal static class CrudeWikitext
{
    public static (string Text, IReadOnlyList<int> Map) Strip(string source, int start, int end)
    {
        var text = new StringBuilder();
        var map = new List<int>();
        StripInto(source, start, end, text, map);
        return (text.ToString(), map);
    }

    private static void StripInto(string s, int start, int end, StringBuilder text, List<int> map)
    {
        var i = start;
        while (i < end)
        {
            if (At(s, i, end, "<!--"))
            {
                i = After(s, i, end, "-->");
            }
            else if (At(s, i, end, "<ref"))
            {
                var close = s.IndexOf('>', i, end - i);
                i = close < 0 ? end : s[close - 1] == '/' ? close + 1 : After(s, close, end, "</ref>");
            }
            else if (s[i] == '<' && i + 1 < end && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] == '/'))
            {
                var close = s.IndexOf('>', i, end - i);
                i = close < 0 ? end : close + 1;
            }
            else if (At(s, i, end, "{{"))
            {
                var close = Matching(s, i, end, "{{", "}}");
                Template(s, i + 2, close, text, map);
                i = Math.Min(end, close + 2);
            }
            else if (At(s, i, end, "[["))
            {
                var close = Matching(s, i, end, "[[", "]]");
                Link(s, i + 2, close, text, map);
                i = Math.Min(end, close + 2);
            }
            else if (At(s, i, end, "'''"))
            {
                i += 3;
            }
            else if (At(s, i, end, "''"))
            {
                i += 2;
            }
            else
            {
                text.Append(s[i]);
                map.Add(i);
                i++;
            }
        }
    }

    private static void Template(string s, int start, int end, StringBuilder text, List<int> map)
    {
        var parts = SplitTopLevel(s, start, end);
        var name = s[parts[0].Start..parts[0].End].Trim().ToLowerInvariant();
        var kept = name switch
        {
            "lang" when parts.Count >= 3 => parts[^1],
            "link-en" when parts.Count >= 2 => parts[1],
            "efn" when parts.Count >= 2 => parts[1],
            _ => ((int, int)?)null,
        };
        if (kept is { } keep)
        {
            StripInto(s, keep.Item1, keep.Item2, text, map);
        }
    }

    private static void Link(string s, int start, int end, StringBuilder text, List<int> map)
    {
        var target = s[start..end];
        if (target.StartsWith("File:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("Image:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("Category:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var label = SplitTopLevel(s, start, end)[^1];
        StripInto(s, label.Start, label.End, text, map);
    }

    private static List<(int Start, int End)> SplitTopLevel(string s, int start, int end)
    {
        var parts = new List<(int Start, int End)>();
        var depth = 0;
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (At(s, i, end, "{{") || At(s, i, end, "[["))
            {
                depth++;
                i++;
            }
            else if (At(s, i, end, "}}") || At(s, i, end, "]]"))
            {
                depth--;
                i++;
            }
            else if (s[i] == '|' && depth == 0)
            {
                parts.Add((from, i));
                from = i + 1;
            }
        }

        parts.Add((from, end));
        return parts;
    }

    private static int Matching(string s, int open, int end, string opener, string closer)
    {
        var depth = 0;
        for (var i = open; i < end - 1; i++)
        {
            if (At(s, i, end, opener))
            {
                depth++;
                i++;
            }
            else if (At(s, i, end, closer))
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }

                i++;
            }
        }

        return end;
    }

    private static bool At(string s, int i, int end, string word) =>
        i + word.Length <= end && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    private static int After(string s, int i, int end, string word)
    {
        var found = s.IndexOf(word, i, end - i, StringComparison.Ordinal);
        return found < 0 ? end : found + word.Length;
    }
}
