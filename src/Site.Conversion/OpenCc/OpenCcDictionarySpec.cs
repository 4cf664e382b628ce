namespace Site.Conversion;

/// <summary>How a dictionary group combines its members (OpenCC's <c>match_policy</c>).</summary>
public enum OpenCcMatchPolicy
{
    /// <summary>The first member with any prefix match wins (so phrases are tried before characters).</summary>
    ShortCircuit,

    /// <summary>The longest match over all members wins.</summary>
    Union,
}

/// <summary>A dictionary in an <see cref="OpenCcConfig"/>: one vendored file or a group of them.</summary>
public abstract record OpenCcDictionarySpec
{
    /// <summary>One vendored OpenCC text dictionary, e.g. <c>STPhrases</c>.</summary>
    public static OpenCcDictionarySpec File(string name) => new OpenCcFileSpec(name);

    /// <summary>A short-circuit group: the first member with a match wins.</summary>
    public static OpenCcDictionarySpec ShortCircuit(params OpenCcDictionarySpec[] members) =>
        new OpenCcGroupSpec(OpenCcMatchPolicy.ShortCircuit, members);

    /// <summary>A union group: the longest match over all members wins.</summary>
    public static OpenCcDictionarySpec Union(params OpenCcDictionarySpec[] members) =>
        new OpenCcGroupSpec(OpenCcMatchPolicy.Union, members);

    public static implicit operator OpenCcDictionarySpec(string fileName) => File(fileName);
}

/// <summary>A vendored dictionary file (without <c>.txt</c>).</summary>
public sealed record OpenCcFileSpec(string Name) : OpenCcDictionarySpec
{
    public override string ToString() => Name;
}

/// <summary>A group of dictionaries.</summary>
public sealed record OpenCcGroupSpec(OpenCcMatchPolicy Policy, IReadOnlyList<OpenCcDictionarySpec> Members) : OpenCcDictionarySpec
{
    public override string ToString() =>
        $"{(Policy == OpenCcMatchPolicy.Union ? "union" : "short_circuit")}({string.Join(", ", Members)})";
}
