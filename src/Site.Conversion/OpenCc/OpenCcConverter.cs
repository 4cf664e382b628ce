using System.Collections.Concurrent;

namespace Site.Conversion;

/// <summary>
/// OpenCC's algorithm (SingleStageConverter): optional normalization of CJK Compatibility Ideographs, forward
/// maximum matching segmentation, then every segment through the conversion chain, each step again a
/// longest-prefix match inside the segment with unmatched characters copied. Immutable and thread-safe;
/// get instances through <see cref="Get(OpenCcConfig)"/> so dictionaries are loaded once.
/// </summary>
public sealed class OpenCcConverter
{
    private static readonly ConcurrentDictionary<OpenCcConfig, Lazy<OpenCcConverter>> Cache = new(ReferenceEqualityComparer.Instance);

    private readonly OpenCcMatcher? _normalization;
    private readonly OpenCcMatcher? _segmentation;
    private readonly OpenCcMatcher[] _chain;

    private OpenCcConverter(OpenCcConfig config)
    {
        Config = config;
        _normalization = config.Normalize ? OpenCcMatcher.Create(OpenCcDictionarySpec.File("CJK_Compatibility_Ideographs")) : null;
        _segmentation = config.Segmentation is null ? null : OpenCcMatcher.Create(config.Segmentation);
        _chain = config.Chain.Select(OpenCcMatcher.Create).ToArray();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (_chain.Any(m => m.CanStart((char)c)) || config.Normalize && IsCompatibilityIdeograph((char)c)) _changes[c >> 6] |= 1ul << c;
        }
    }

    /// <summary>Bit c is set when some step can change text at character c: no other character is ever converted.</summary>
    private readonly ulong[] _changes = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>Whether converting can change the text at all (false for most Latin text, numbers and URLs).</summary>
    internal bool MayChange(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((_changes[c >> 6] & (1ul << c)) != 0) return true;
        }
        return false;
    }

    public OpenCcConfig Config { get; }

    /// <summary>The shared converter for a config; built on first use, then cached.</summary>
    public static OpenCcConverter Get(OpenCcConfig config) =>
        Cache.GetOrAdd(config, c => new Lazy<OpenCcConverter>(() => new OpenCcConverter(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The shared converter for a predefined config name such as <c>s2tw</c>.</summary>
    public static OpenCcConverter Get(string configName) =>
        OpenCcConfig.TryGet(configName, out var config)
            ? Get(config)
            : throw new ArgumentException($"Unknown OpenCC config '{configName}'.", nameof(configName));

    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        using var output = new CharBuffer(text.Length + (text.Length / 8));
        Convert(text, output);
        return output.ToString(text);
    }

    internal void Convert(ReadOnlySpan<char> text, CharBuffer output)
    {
        if (_normalization is not null && NeedsNormalization(text))
        {
            using var normalized = new CharBuffer(text.Length);
            ConvertStep(_normalization, text, normalized);
            text = normalized.Span.ToArray();
        }

        using var scratch = _chain.Length > 1 ? new Scratch(Math.Min(text.Length, 256)) : null;
        if (_segmentation is null)
        {
            ConvertSegment(text, output, scratch);
            return;
        }

        var runStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (_segmentation.TryMatchPrefix(text[i..], out var length, out _))
            {
                if (runStart >= 0)
                {
                    ConvertSegment(text[runStart..i], output, scratch);
                    runStart = -1;
                }

                ConvertSegment(text.Slice(i, length), output, scratch);
                i += length;
            }
            else
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                i = SkipUnmatched(_segmentation, text, i);
            }
        }

        if (runStart >= 0)
        {
            ConvertSegment(text[runStart..], output, scratch);
        }
    }

    private void ConvertSegment(ReadOnlySpan<char> segment, CharBuffer output, Scratch? scratch)
    {
        if (scratch is null)
        {
            ConvertStep(_chain[0], segment, output);
            return;
        }

        var current = scratch.A;
        var next = scratch.B;
        current.Clear();
        ConvertStep(_chain[0], segment, current);
        for (var s = 1; s < _chain.Length - 1; s++)
        {
            next.Clear();
            ConvertStep(_chain[s], current.Span, next);
            (current, next) = (next, current);
        }

        ConvertStep(_chain[^1], current.Span, output);
    }

    private static void ConvertStep(OpenCcMatcher matcher, ReadOnlySpan<char> text, CharBuffer output)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (matcher.TryMatchPrefix(text[i..], out var length, out var value))
            {
                output.Append(value);
                i += length;
            }
            else
            {
                var end = SkipUnmatched(matcher, text, i);
                output.Append(text[i..end]);
                i = end;
            }
        }
    }

    /// <summary>Advances past one unmatched code point and every following character that cannot start a key.</summary>
    private static int SkipUnmatched(OpenCcMatcher matcher, ReadOnlySpan<char> text, int i)
    {
        i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        while (i < text.Length && !matcher.CanStart(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool NeedsNormalization(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsCompatibilityIdeograph(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CJK Compatibility Ideographs (U+F900–U+FAFF) and the Supplement (U+2F800–U+2FA1F, high surrogate U+D87E).</summary>
    private static bool IsCompatibilityIdeograph(char c) => c is >= '\uF900' and <= '\uFAFF' or '\uD87E';

    private sealed class Scratch(int capacity) : IDisposable
    {
        public CharBuffer A { get; } = new(capacity);

        public CharBuffer B { get; } = new(capacity);

        public void Dispose()
        {
            A.Dispose();
            B.Dispose();
        }
    }

    public override string ToString() => Config.ToString();
}
