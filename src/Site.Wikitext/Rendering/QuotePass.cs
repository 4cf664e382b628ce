using System.Text;
using System.Text.RegularExpressions;

namespace Site.Wikitext.Rendering;

/// <summary>MediaWiki's doQuotes: turns runs of apostrophes into &lt;i&gt; and &lt;b&gt;, one line at a time.</summary>
internal static partial class QuotePass
{
    public static string Apply(string text)
    {
        if (!text.Contains("''", StringComparison.Ordinal)) return text;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = ApplyLine(lines[i]);
        return string.Join('\n', lines);
    }

    public static string ApplyLine(string text)
    {
        var arr = Runs().Split(text);
        if (arr.Length == 1) return text;
        int bolds = 0, italics = 0;
        for (var i = 1; i < arr.Length; i += 2)
        {
            var length = arr[i].Length;
            if (length == 4)
            {
                arr[i - 1] += "'";
                arr[i] = "'''";
                length = 3;
            }
            else if (length > 5)
            {
                arr[i - 1] += new string('\'', length - 5);
                arr[i] = "'''''";
                length = 5;
            }
            if (length == 2) italics++;
            else if (length == 3) bolds++;
            else if (length == 5)
            {
                italics++;
                bolds++;
            }
        }
        if (bolds % 2 == 1 && italics % 2 == 1)
        {
            int singleLetter = -1, multiLetter = -1, space = -1;
            for (var i = 1; i < arr.Length; i += 2)
            {
                if (arr[i].Length != 3) continue;
                var before = arr[i - 1];
                var x1 = before.Length >= 1 ? before[^1] : '\0';
                var x2 = before.Length >= 2 ? before[^2] : '\0';
                if (x1 == ' ')
                {
                    if (space == -1) space = i;
                }
                else if (x2 == ' ')
                {
                    singleLetter = i;
                    break;
                }
                else if (multiLetter == -1)
                {
                    multiLetter = i;
                }
            }
            var chosen = singleLetter > -1 ? singleLetter : multiLetter > -1 ? multiLetter : space;
            if (chosen > -1)
            {
                arr[chosen] = "''";
                arr[chosen - 1] += "'";
            }
        }

        var output = new StringBuilder(text.Length + 16);
        var buffer = new StringBuilder();
        var state = "";
        for (var i = 0; i < arr.Length; i++)
        {
            var r = arr[i];
            if (i % 2 == 0)
            {
                if (state == "both") buffer.Append(r);
                else output.Append(r);
                continue;
            }
            switch (r.Length)
            {
                case 2:
                    switch (state)
                    {
                        case "i": output.Append("</i>"); state = ""; break;
                        case "bi": output.Append("</i>"); state = "b"; break;
                        case "ib": output.Append("</b></i><b>"); state = "b"; break;
                        case "both": output.Append("<b><i>").Append(buffer).Append("</i>"); state = "b"; break;
                        default: output.Append("<i>"); state += "i"; break;
                    }
                    break;
                case 3:
                    switch (state)
                    {
                        case "b": output.Append("</b>"); state = ""; break;
                        case "bi": output.Append("</i></b><i>"); state = "i"; break;
                        case "ib": output.Append("</b>"); state = "i"; break;
                        case "both": output.Append("<i><b>").Append(buffer).Append("</b>"); state = "i"; break;
                        default: output.Append("<b>"); state += "b"; break;
                    }
                    break;
                default:
                    switch (state)
                    {
                        case "b": output.Append("</b><i>"); state = "i"; break;
                        case "i": output.Append("</i><b>"); state = "b"; break;
                        case "bi": output.Append("</i></b>"); state = ""; break;
                        case "ib": output.Append("</b></i>"); state = ""; break;
                        case "both": output.Append("<i><b>").Append(buffer).Append("</b></i>"); state = ""; break;
                        default: buffer.Clear(); state = "both"; break;
                    }
                    break;
            }
        }
        if (state is "b" or "ib") output.Append("</b>");
        if (state is "i" or "bi" or "ib") output.Append("</i>");
        if (state == "bi") output.Append("</b>");
        if (state == "both" && buffer.Length > 0) output.Append("<b><i>").Append(buffer).Append("</i></b>");
        return output.ToString();
    }

    [GeneratedRegex("(''+)")]
    private static partial Regex Runs();
}
