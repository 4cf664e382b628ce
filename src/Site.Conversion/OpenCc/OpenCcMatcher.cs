namespace Site.Conversion;

/// <summary>Longest-prefix matching over one dictionary or a group of them (OpenCC Dict / DictGroup).</summary>
internal abstract class OpenCcMatcher
{
    public abstract bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string value);

    /// <summary>False only when no key can start with <paramref name="c"/>; used to skip unmatchable runs in bulk.</summary>
    public abstract bool CanStart(char c);

    public static OpenCcMatcher Create(OpenCcDictionarySpec spec) => spec switch
    {
        OpenCcFileSpec file => new DictionaryMatcher(OpenCcDictionaries.Get(file.Name)),
        OpenCcGroupSpec { Members.Count: 1 } group => Create(group.Members[0]),
        OpenCcGroupSpec { Policy: OpenCcMatchPolicy.ShortCircuit } group => new ShortCircuitMatcher(group.Members.Select(Create).ToArray()),
        OpenCcGroupSpec group => new UnionMatcher(group.Members.Select(Create).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(spec)),
    };

    private sealed class DictionaryMatcher(PrefixDictionary dictionary) : OpenCcMatcher
    {
        public override bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string value) =>
            dictionary.TryMatchPrefix(text, out length, out value);

        public override bool CanStart(char c) => dictionary.CanStart(c);
    }

    private sealed class ShortCircuitMatcher(OpenCcMatcher[] members) : OpenCcMatcher
    {
        public override bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string value)
        {
            foreach (var member in members)
            {
                if (member.TryMatchPrefix(text, out length, out value))
                {
                    return true;
                }
            }

            length = 0;
            value = null!;
            return false;
        }

        public override bool CanStart(char c)
        {
            foreach (var member in members)
            {
                if (member.CanStart(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class UnionMatcher(OpenCcMatcher[] members) : OpenCcMatcher
    {
        public override bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string value)
        {
            length = 0;
            value = null!;
            foreach (var member in members)
            {
                if (member.TryMatchPrefix(text, out var l, out var v) && l > length)
                {
                    length = l;
                    value = v;
                }
            }

            return length > 0;
        }

        public override bool CanStart(char c)
        {
            foreach (var member in members)
            {
                if (member.CanStart(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
