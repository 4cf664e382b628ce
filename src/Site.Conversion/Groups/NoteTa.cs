using System.Collections.Immutable;
using System.Globalization;

namespace Site.Conversion;

/// <summary>One hidden rule that {{noteTA}} emits (as <c>-{H|…}-</c>).</summary>
/// <param name="Parameter">The parameter it came from, e.g. <c>G2</c> or <c>3</c>.</param>
/// <param name="Group">The group name for <c>G</c> parameters, else null.</param>
/// <param name="RuleText">The rule text in MediaWiki syntax.</param>
/// <param name="Rule">The rule as an H block defines it (plain text without rules protects that text in every variant).</param>
public sealed record NoteTaRule(string Parameter, string? Group, string RuleText, ConversionRule Rule);

/// <summary>A <c>G</c> parameter naming a group that does not exist (zh.wikipedia silently drops it; report it).</summary>
public sealed record NoteTaMissingGroup(string Parameter, string GroupName);

/// <summary>The outcome of a {{noteTA}}: the title rule, the hidden rules in output order, and problems.</summary>
public sealed record NoteTaResult(
    string? TitleRuleText,
    ImmutableArray<NoteTaRule> Rules,
    ImmutableArray<NoteTaMissingGroup> MissingGroups,
    ImmutableArray<string> IgnoredParameters)
{
    /// <summary>The page title for <paramref name="variant"/> set by <c>|T=</c> (as <c>-{T|…}-</c>), or null.</summary>
    public string? TitleFor(ZhVariant variant) =>
        TitleRuleText is null ? null : LanguageConversionBlock.Evaluate("T|" + TitleRuleText, variant).Title;

    /// <summary>Adds the rules to a page table, in the order the template emits them (groups, then 1…30).</summary>
    public PageRuleTable ApplyTo(PageRuleTable table) => table.AddRange(Rules.Select(r => r.Rule));
}

/// <summary>
/// Template:NoteTA / Module:NoteTA: <c>|T=</c> becomes <c>-{T|…}-</c>; <c>|G1=</c>…<c>|G30=</c> add every
/// rule of the named conversion group, then <c>|1=</c>…<c>|30=</c> each become <c>-{H|…}-</c>.
/// </summary>
public static class NoteTa
{
    public const int MaxParameters = 30;

    /// <param name="parameters">Template parameters as written (names and values are trimmed; empty values are ignored).</param>
    /// <param name="groups">The available conversion groups.</param>
    public static NoteTaResult Evaluate(IEnumerable<KeyValuePair<string, string>> parameters, ConversionGroupLibrary groups)
    {
        string? title = null;
        var local = new SortedDictionary<int, string>();
        var groupNames = new SortedDictionary<int, string>();
        var ignored = ImmutableArray.CreateBuilder<string>();
        foreach (var (rawName, rawValue) in parameters)
        {
            var name = rawName.Trim();
            var value = rawValue.Trim();
            if (name == "T")
            {
                if (value.Length > 0)
                {
                    title = value;
                }
            }
            else if (TryIndex(name, out var i))
            {
                if (value.Length > 0)
                {
                    local[i] = value;
                }
            }
            else if (name.StartsWith('G') && TryIndex(name[1..], out var g))
            {
                if (value.Length > 0)
                {
                    groupNames[g] = value;
                }
            }
            else
            {
                ignored.Add(name);
            }
        }

        var rules = ImmutableArray.CreateBuilder<NoteTaRule>();
        var missing = ImmutableArray.CreateBuilder<NoteTaMissingGroup>();
        foreach (var (index, groupName) in groupNames)
        {
            var parameter = "G" + index.ToString(CultureInfo.InvariantCulture);
            if (!groups.TryGet(groupName, out var group))
            {
                missing.Add(new NoteTaMissingGroup(parameter, groupName));
                continue;
            }

            foreach (var item in group.Items)
            {
                rules.Add(Hidden(parameter, group.Name, item.Rule));
            }
        }

        foreach (var (index, text) in local)
        {
            rules.Add(Hidden(index.ToString(CultureInfo.InvariantCulture), null, text));
        }

        return new NoteTaResult(title, rules.ToImmutable(), missing.ToImmutable(), ignored.ToImmutable());
    }

    private static NoteTaRule Hidden(string parameter, string? group, string ruleText) =>
        new(parameter, group, ruleText, LanguageConversionBlock.Evaluate("H|" + ruleText, ZhVariant.Zh).Rule);

    // Only 1…30 count; 31 and beyond are ignored (zh.wikipedia puts the page in a tracking category).
    private static bool TryIndex(string s, out int index) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index is >= 1 and <= MaxParameters
        && s == index.ToString(CultureInfo.InvariantCulture);
}
