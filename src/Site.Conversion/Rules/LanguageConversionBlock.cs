namespace Site.Conversion;

/// <summary>What a <c>-{…}-</c> block does to the page-wide rule table.</summary>
public enum RuleAction
{
    None,

    /// <summary>A or H: the rule's pairs are added page-wide (setPair).</summary>
    Add,

    /// <summary>The <c>-</c> flag: the rule's keys are removed page-wide.</summary>
    Remove,
}

/// <summary>
/// The outcome of one <c>-{flags|rules}-</c> block for one variant.
/// </summary>
/// <param name="Display">The text shown in place of the block. It is final: do not convert it again.</param>
/// <param name="IsError">True when MediaWiki would show its "manual rule error" (S flag, no text for the variant); <see cref="Display"/> is then empty.</param>
/// <param name="Title">The page title this block sets for the variant (T flag), or null.</param>
/// <param name="Action">The page-wide effect.</param>
/// <param name="Rule">The parsed rule (for A/H/- without explicit rules: the same text for every variant).</param>
/// <param name="Flags">The effective flags after MediaWiki's normalisation, e.g. <c>+H</c>, <c>AS+</c>... as a string of flag letters.</param>
public sealed record LanguageConversionResult(
    string Display,
    bool IsError,
    string? Title,
    RuleAction Action,
    ConversionRule Rule,
    string Flags)
{
    /// <summary>Applies <see cref="Action"/> to a page rule table.</summary>
    public PageRuleTable ApplyTo(PageRuleTable table) => Action switch
    {
        RuleAction.Add => table.Add(Rule),
        RuleAction.Remove => table.Remove(Rule),
        _ => table,
    };
}

/// <summary>
/// Evaluates the inside of one <c>-{…}-</c> block (ConverterRule::parseFlags + parse). The caller has already
/// found the block (and handled nesting); this is text in, display text and page-wide effect out.
/// </summary>
public static class LanguageConversionBlock
{
    /// <summary>
    /// Evaluates <paramref name="text"/> (everything between <c>-{</c> and <c>}-</c>) for <paramref name="variant"/>.
    /// </summary>
    /// <param name="text">Flags and rules, e.g. <c>H|zh-cn:X; zh-tw:Y;</c>, or just <c>zh-cn:X; zh-tw:Y;</c>.</param>
    /// <param name="variant">The variant being rendered.</param>
    /// <param name="autoConvert">
    /// Converts text to a variant, used only by variant flags (<c>-{zh-hans;zh-hant|text}-</c>); typically
    /// <c>(t, v) =&gt; new EditionConverter(v, rules).Convert(t)</c>. When null, such text is shown unconverted.
    /// </param>
    public static LanguageConversionResult Evaluate(string text, ZhVariant variant, Func<string, ZhVariant, string>? autoConvert = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (flags, variantFlags, body) = ParseFlags(text);

        if (variantFlags.Count > 0)
        {
            ZhVariant? target = variantFlags.Contains(variant)
                ? variant
                : variant.Fallbacks().Where(variantFlags.Contains).Cast<ZhVariant?>().FirstOrDefault();
            if (target is { } t && autoConvert is not null)
            {
                body = autoConvert(body, t);
            }

            flags = ['R'];
        }

        var rule = ConversionRule.Empty;
        if (!flags.Contains('R') && !flags.Contains('N'))
        {
            body = body.Replace("=&gt;", "=>", StringComparison.Ordinal);
            rule = RuleParser.Parse(body);
        }

        if (rule.IsEmpty)
        {
            if (flags.Contains('+') || flags.Contains('-'))
            {
                // -{A|text}-, -{H|text}-, -{-|text}- without rules: the same text for every variant.
                rule = ConversionRule.SameForAllVariants(body);
            }
            else if (!flags.Contains('N') && !flags.Contains('T'))
            {
                flags = ['R'];
            }
        }

        string? display = null;
        string? title = null;
        var action = RuleAction.None;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case 'R':
                    display = body;
                    break;
                case 'N':
                    display = ZhVariants.TryParseExactCode(body.Trim(), out var named) ? named.DisplayName() : string.Empty;
                    break;
                case 'D':
                    display = rule.Describe();
                    break;
                case 'H':
                    display = string.Empty;
                    break;
                case '-':
                    action = RuleAction.Remove;
                    display = string.Empty;
                    break;
                case '+':
                    action = RuleAction.Add;
                    display = string.Empty;
                    break;
                case 'S':
                    display = rule.IsEmpty ? body : rule.DisplayFor(variant);
                    break;
                case 'T':
                    title = rule.TitleFor(variant);
                    display = string.Empty;
                    break;
            }
        }

        return new LanguageConversionResult(display ?? string.Empty, display is null, title, action, rule, new string([.. flags]));
    }

    /// <summary>ConverterRule::parseFlags: returns the effective flags in MediaWiki's order, the variant flags and the rule text.</summary>
    internal static (List<char> Flags, HashSet<ZhVariant> VariantFlags, string Body) ParseFlags(string text)
    {
        var flags = new List<char>();
        var variantFlags = new HashSet<ZhVariant>();
        var variantOrder = new List<ZhVariant>();
        var bar = text.IndexOf('|');
        if (bar >= 0)
        {
            foreach (var raw in text[..bar].Split(';'))
            {
                var f = raw.Trim(' ', '\t', '\n', '\r', '\0', '\v');
                if (f.Length == 1 && "ATRD-HN".Contains(f[0]))
                {
                    AddOnce(flags, f[0]);
                }
                else if (ZhVariants.TryParseExactCode(f, out var v) && variantFlags.Add(v))
                {
                    variantOrder.Add(v);
                }
            }

            text = text[(bar + 1)..];
        }

        var any = flags.Count > 0 || variantFlags.Count > 0;
        if (!any)
        {
            return (['S'], [], text);
        }

        if (flags.Contains('R'))
        {
            return (['R'], [], text);
        }

        if (flags.Contains('N'))
        {
            return (['N'], [], text);
        }

        if (flags.Contains('-'))
        {
            return (['-'], [], text);
        }

        if (flags.Count == 1 && flags[0] == 'T' && variantFlags.Count == 0)
        {
            return (['T', 'H'], [], text);
        }

        if (flags.Contains('H'))
        {
            List<char> temp = ['+', 'H'];
            if (flags.Contains('T'))
            {
                temp.Add('T');
            }

            if (flags.Contains('D'))
            {
                temp.Add('D');
            }

            return (temp, [], text);
        }

        if (flags.Contains('A'))
        {
            AddOnce(flags, '+');
            AddOnce(flags, 'S');
        }

        if (flags.Contains('D'))
        {
            flags.Remove('S');
        }

        if (variantFlags.Count > 0)
        {
            return ([], variantFlags, text);
        }

        return (flags, [], text);
    }

    private static void AddOnce(List<char> flags, char flag)
    {
        if (!flags.Contains(flag))
        {
            flags.Add(flag);
        }
    }
}
