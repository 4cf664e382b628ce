using System.Text;

namespace Site.Fuzzing;

/// <summary>Random wikitext from a small grammar: nested inline and block constructs, sometimes left unclosed.</summary>
public static class WikitextGrammar
{
    private static readonly string[] Words = ["韩美关系", "美国", "大韓民國", "text", "朝鲜战争", "1950年", "x", "總統", "a b", "同盟", "中"];

    private static readonly string[] Templates = ["cite web", "cite book", "r", "rp", "efn", "lang", "lang-en", "link-en", "noteTA", "Infobox country", "reflist", "notelist", "main", "about", "see also", "unknown", "#if:", "!", "le", "Flagicon"];

    public static string Generate(Random random)
    {
        var b = new StringBuilder();
        var blocks = 1 + random.Next(8);
        for (var i = 0; i < blocks; i++) Block(random, b, 0);
        return b.ToString();
    }

    private static void Block(Random random, StringBuilder b, int depth)
    {
        switch (random.Next(9))
        {
            case 0:
                var level = new string('=', 1 + random.Next(6));
                b.Append(level).Append(' ');
                Inline(random, b, depth + 1);
                b.Append(' ').Append(random.Next(5) == 0 ? "" : level).Append('\n');
                break;
            case 1:
                var marker = "*#:;"[random.Next(4)];
                for (var i = 0; i < 1 + random.Next(4); i++)
                {
                    b.Append(marker, 1 + random.Next(3)).Append(' ');
                    Inline(random, b, depth + 1);
                    b.Append('\n');
                }
                break;
            case 2:
                b.Append("{|").Append(random.Next(2) == 0 ? " class=\"wikitable\"" : "").Append('\n');
                if (random.Next(3) == 0) { b.Append("|+ "); Inline(random, b, depth + 1); b.Append('\n'); }
                for (var r = 0; r < 1 + random.Next(3); r++)
                {
                    b.Append("|-\n");
                    for (var c = 0; c < 1 + random.Next(3); c++)
                    {
                        b.Append(random.Next(4) == 0 ? "! " : "| ");
                        if (random.Next(4) == 0) b.Append("colspan=").Append(random.Next(4)).Append(" | ");
                        if (depth < 3 && random.Next(6) == 0) Block(random, b, depth + 1);
                        else Inline(random, b, depth + 1);
                        b.Append('\n');
                    }
                }
                if (random.Next(6) != 0) b.Append("|}\n");
                break;
            case 3:
                b.Append("[[File:F").Append(random.Next(5)).Append(".jpg|thumb|");
                if (random.Next(2) == 0) b.Append("alt=").Append(Word(random)).Append('|');
                if (random.Next(3) == 0) b.Append("link=").Append(Word(random)).Append('|');
                Inline(random, b, depth + 1);
                b.Append(random.Next(6) == 0 ? "" : "]]").Append('\n');
                break;
            case 4:
                b.Append(' ').Append(Word(random)).Append('\n');
                break;
            case 5:
                b.Append("----\n");
                break;
            default:
                Inline(random, b, depth);
                b.Append(random.Next(3) == 0 ? "\n" : "\n\n");
                break;
        }
    }

    private static void Inline(Random random, StringBuilder b, int depth)
    {
        var count = 1 + random.Next(5);
        for (var i = 0; i < count; i++)
        {
            if (depth > 5) { b.Append(Word(random)); continue; }
            switch (random.Next(16))
            {
                case 0: Wrap(random, b, depth, "'''", "'''"); break;
                case 1: Wrap(random, b, depth, "''", "''"); break;
                case 2: Wrap(random, b, depth, "[[" + Word(random) + "|", "]]"); break;
                case 3: b.Append("[[").Append(Word(random)).Append("]]").Append(random.Next(2) == 0 ? "们" : ""); break;
                case 4: Wrap(random, b, depth, "[https://example.org/" + random.Next(100) + " ", "]"); break;
                case 5: Template(random, b, depth); break;
                case 6: Wrap(random, b, depth, "<ref" + (random.Next(2) == 0 ? " name=\"n" + random.Next(4) + "\"" : "") + ">", "</ref>"); break;
                case 7: b.Append("<ref name=\"n").Append(random.Next(4)).Append("\" />"); break;
                case 8: Wrap(random, b, depth, "-{", "}-"); break;
                case 9: Wrap(random, b, depth, "-{zh-cn:" + Word(random) + "; zh-tw:", "}-"); break;
                case 10: Wrap(random, b, depth, "<span title=\"" + Word(random) + "\">", "</span>"); break;
                case 11: Wrap(random, b, depth, "<" + new[] { "b", "i", "sup", "sub", "small", "code", "s", "u", "big", "abbr" }[random.Next(10)] + ">", "</b>"); break;
                case 12: b.Append("<!-- ").Append(Word(random)).Append(random.Next(5) == 0 ? "" : " -->"); break;
                case 13: b.Append("<nowiki>").Append(Word(random)).Append("</nowiki>"); break;
                case 14: b.Append("https://example.org/").Append(Word(random)).Append(' '); break;
                default: b.Append(Word(random)); break;
            }
        }
    }

    private static void Template(Random random, StringBuilder b, int depth)
    {
        b.Append("{{").Append(Templates[random.Next(Templates.Length)]);
        var arguments = random.Next(5);
        for (var i = 0; i < arguments; i++)
        {
            b.Append('|');
            if (random.Next(2) == 0) b.Append(new[] { "url", "title", "1", "2", "G1", "date", "page", "name", "text" }[random.Next(9)]).Append('=');
            Inline(random, b, depth + 1);
        }
        if (random.Next(8) != 0) b.Append("}}");
    }

    private static void Wrap(Random random, StringBuilder b, int depth, string open, string close)
    {
        b.Append(open);
        Inline(random, b, depth + 1);
        if (random.Next(8) != 0) b.Append(close);
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];
}
