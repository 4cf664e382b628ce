using System.Text;

namespace Site.Fuzzing;

/// <summary>
/// Byte-level and token-level mutations of corpus text: openers and closers of every construct inserted, deleted and
/// duplicated, two texts spliced, truncation, random Unicode. Inputs are windows of the corpus, kept small so a
/// million of them run in minutes.
/// </summary>
public static class WikitextMutator
{
    public static readonly string[] Tokens =
    [
        "[[", "]]", "[", "]", "{{", "}}", "{{{", "}}}", "{|", "|}", "|-", "|+", "||", "!!", "|", "!", "-{", "}-", "-{H|", "-{R|", "-{zh-cn:",
        "<ref>", "</ref>", "<ref name=\"a\"/>", "<ref name=a>", "<references/>", "'''", "''", "'''''", "<nowiki>", "</nowiki>", "<pre>", "</pre>",
        "<!--", "-->", "<span>", "</span>", "<b>", "</b>", "<div>", "</div>", "<br/>", "<math>", "</math>", "<gallery>", "</gallery>",
        "\n", "\n\n", "\n*", "\n#", "\n;", "\n:", "\n ", "\n==", "==\n", "=", "\n----", "&amp;", "&#x4E2D;", "&", "<", ">", "\"",
        "[[File:A.jpg|thumb|", "[[Category:", "{{cite web|url=", "{{r|", "{{efn|", "{{lang|en|", "{{noteTA|G1=", "{{Infobox x|a=",
        "{{reflist}}", "{{#if:", "{{!}}", "__TOC__", "~~~~", "http://", "https://example.org/", "javascript:", "mailto:", "ISBN ", ":", ";",
    ];

    private static readonly string[] Unicode =
    [
        "\0", "\r", "\r\n", "\t", "\u00A0", "\u200B", "\u200E", "\u202E", "\uFEFF", "\u0301", "\uFFFD", "\uD83D\uDE00", "\uD800", "\uDC00",
        "\u3000", "中", "韓", "，", "。", "「", "」", "（", "）", "\u2028", "\u0085", "𠀀", "ß", "İ", "ﬁ",
    ];

    public const int MaxWindow = 2000;

    public static string Mutate(Random random, FuzzCorpus corpus)
    {
        var text = Window(random, corpus.Texts[random.Next(corpus.Texts.Count)]);
        var rounds = 1 + random.Next(6);
        for (var i = 0; i < rounds; i++) text = MutateOnce(random, corpus, text);
        return text.Length > 3 * MaxWindow ? text[..(3 * MaxWindow)] : text;
    }

    private static string Window(Random random, string text)
    {
        if (text.Length <= MaxWindow) return text;
        var length = 50 + random.Next(MaxWindow - 50);
        return text.Substring(random.Next(text.Length - length), length);
    }

    private static string MutateOnce(Random random, FuzzCorpus corpus, string text)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        switch (random.Next(11))
        {
            case 0 or 1 or 2: // insert a token
                return text.Insert(at, Tokens[random.Next(Tokens.Length)]);
            case 3: // delete an occurrence of a token
            {
                var token = Tokens[random.Next(Tokens.Length)];
                var index = text.IndexOf(token, at == text.Length ? 0 : at, StringComparison.Ordinal);
                return index < 0 ? text : text.Remove(index, token.Length);
            }
            case 4: // duplicate a range
            {
                var (start, length) = Range(random, text);
                return text.Insert(start, text.Substring(start, length));
            }
            case 5: // delete a range
            {
                var (start, length) = Range(random, text);
                return text.Remove(start, length);
            }
            case 6: // splice with another text
            {
                var other = Window(random, corpus.Texts[random.Next(corpus.Texts.Count)]);
                var cut = other.Length == 0 ? 0 : random.Next(other.Length);
                return text[..at] + other[cut..];
            }
            case 7: // truncate
                return text[..at];
            case 8: // random unicode
                return text.Insert(at, Unicode[random.Next(Unicode.Length)]);
            case 9: // replace a character with a random BMP one
                if (text.Length == 0) return text;
                var builder = new StringBuilder(text);
                builder[Math.Min(at, text.Length - 1)] = (char)random.Next(0x20, 0xFFFF);
                return builder.ToString();
            default: // repeat a token many times (deep nesting)
                var repeated = string.Concat(Enumerable.Repeat(Tokens[random.Next(Tokens.Length)], 2 + random.Next(60)));
                return text.Insert(at, repeated);
        }
    }

    private static (int Start, int Length) Range(Random random, string text)
    {
        if (text.Length == 0) return (0, 0);
        var start = random.Next(text.Length);
        return (start, random.Next(Math.Min(200, text.Length - start) + 1));
    }
}
