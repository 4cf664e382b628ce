using System.Text.RegularExpressions;

namespace Site.Conversion;

/// <summary>
/// Parses MediaWiki conversion rule text (ConverterRule::parseRules): <c>zh-cn:X; zh-tw:Y;</c> (bidirectional)
/// and <c>src=&gt;zh-cn:X;</c> (unidirectional). The text is split on <c>;</c> only where a valid variant code
/// follows, so semicolons inside the texts and in HTML entities survive; an item naming an invalid variant
/// discards the whole rule.
/// </summary>
public static partial class RuleParser
{
    // PHP's \s and trim() are ASCII-only.
    private const string Ws = "[ \\t\\n\\r\\f\\v]";
    private static readonly char[] PhpTrimChars = [' ', '\t', '\n', '\r', '\0', '\v'];

    private static readonly string VariantAlternation = string.Join("|",
        ZhVariants.All.SelectMany(v => new[] { v.Code(), v.Bcp47() }).Distinct().OrderByDescending(c => c.Length).Select(Regex.Escape));

    private static readonly Regex Separator = new(
        $";{Ws}*(?=(?:{VariantAlternation}){Ws}*:|[^;]*?=>{Ws}*(?:{VariantAlternation}){Ws}*:|{Ws}*$)",
        RegexOptions.CultureInvariant);

    /// <summary>Parses rule text; returns <see cref="ConversionRule.Empty"/> when nothing valid remains.</summary>
    public static ConversionRule Parse(string rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules = rules.Replace("=&gt;", "=>", StringComparison.Ordinal);

        // Protect the semicolons of HTML entities from the split.
        var protectedText = EntityPattern().Replace(rules, "$1\u0001");
        var bid = new List<KeyValuePair<ZhVariant, string>>();
        var unid = new List<UnidirectionalPair>();
        foreach (var rawChoice in Separator.Split(protectedText))
        {
            var choice = rawChoice.Replace('\u0001', ';');
            var colon = choice.IndexOf(':');
            if (colon < 0)
            {
                continue; // syntax error: skipped
            }

            var to = choice[(colon + 1)..].Trim(PhpTrimChars);
            var head = choice[..colon].Trim(PhpTrimChars);
            var arrow = head.IndexOf("=>", StringComparison.Ordinal);
            ZhVariant variant;
            bool valid;
            if (arrow < 0)
            {
                valid = ZhVariants.TryParseCode(head, out variant);
                if (valid && to.Length > 0)
                {
                    SetBidirectional(bid, variant, to);
                }
            }
            else
            {
                var from = head[..arrow].Trim(PhpTrimChars);
                valid = ZhVariants.TryParseCode(head[(arrow + 2)..].Trim(PhpTrimChars), out variant);
                if (valid && from.Length > 0)
                {
                    SetUnidirectional(unid, new UnidirectionalPair(variant, from, to));
                }
            }

            if (!valid)
            {
                return ConversionRule.Empty;
            }
        }

        return bid.Count == 0 && unid.Count == 0 ? ConversionRule.Empty : new ConversionRule(bid, unid);
    }

    // PHP array assignment: an existing key keeps its position and gets the new value.
    private static void SetBidirectional(List<KeyValuePair<ZhVariant, string>> bid, ZhVariant variant, string text)
    {
        var index = bid.FindIndex(p => p.Key == variant);
        if (index >= 0)
        {
            bid[index] = KeyValuePair.Create(variant, text);
        }
        else
        {
            bid.Add(KeyValuePair.Create(variant, text));
        }
    }

    private static void SetUnidirectional(List<UnidirectionalPair> unid, UnidirectionalPair pair)
    {
        var existing = unid.FindIndex(p => p.Variant == pair.Variant && p.From == pair.From);
        if (existing >= 0)
        {
            unid[existing] = pair;
            return;
        }

        // Keep pairs grouped by variant, variants in first-written order.
        var lastOfVariant = unid.FindLastIndex(p => p.Variant == pair.Variant);
        unid.Insert(lastOfVariant >= 0 ? lastOfVariant + 1 : unid.Count, pair);
    }

    [GeneratedRegex("(&[#a-zA-Z0-9]+);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();
}
