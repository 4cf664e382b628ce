using System.Numerics;
using System.Runtime.CompilerServices;

namespace Site.Conversion;

/// <summary>
/// An immutable string map that finds the longest key that is a prefix of a text (OpenCC's MatchPrefix,
/// and the per-position step of PHP <c>strtr</c>). Keys are looked up by hash without allocating; a
/// per-first-character bit mask of key lengths skips lengths that cannot match. Large dictionaries (OpenCC's) also
/// keep their one-character keys in an array and a filter of the first two characters of longer keys: most
/// positions of running text start no phrase, and then one bit test replaces a hash lookup per key length.
/// </summary>
internal sealed class PrefixDictionary
{
    // Bit (len - 1) is set when some key of that length starts with the character; bit 31 means "length >= 32".
    private const int LongKeyBit = 31;
    private const int DenseThreshold = 2048;

    private readonly Dictionary<string, string> _map;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly uint[]? _denseMasks;
    private readonly Dictionary<char, uint>? _sparseMasks;

    /// <summary>
    /// Bit c (in large dictionaries; c mod 1024 in small ones, which are made per article) is set when some key starts
    /// with c: exact, or a filter whose false hits <see cref="Mask"/> turns down.
    /// </summary>
    private readonly ulong[] _starts;

    /// <summary>Dense dictionaries only: the value of each one-character key.</summary>
    private readonly string?[]? _singles;

    /// <summary>Dense dictionaries only: a Bloom-style filter of the first two characters of keys longer than one.</summary>
    private readonly ulong[]? _pairs;

    private const int PairBits = 21;

    public static PrefixDictionary Empty { get; } = new([]);

    /// <summary>Builds the dictionary; for a repeated key the last entry wins (like MediaWiki's setPair). Empty keys are ignored.</summary>
    public PrefixDictionary(IEnumerable<KeyValuePair<string, string>> entries)
    {
        _map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (key.Length > 0)
            {
                _map[key] = value;
            }
        }

        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new ulong[(_map.Count >= DenseThreshold ? char.MaxValue + 1 : 1024) / 64];
        if (_map.Count >= DenseThreshold)
        {
            _denseMasks = new uint[char.MaxValue + 1];
            _singles = new string?[char.MaxValue + 1];
            _pairs = new ulong[(1 << PairBits) / 64];
        }
        else
        {
            _sparseMasks = [];
        }

        foreach (var key in _map.Keys)
        {
            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
            var bit = 1u << Math.Min(key.Length - 1, LongKeyBit);
            var start = key[0] & (_starts.Length * 64 - 1);
            _starts[start >> 6] |= 1ul << start;
            if (_denseMasks is not null)
            {
                _denseMasks[key[0]] |= bit;
                if (key.Length == 1)
                {
                    _singles![key[0]] = _map[key];
                }
                else
                {
                    var pair = PairHash(key[0], key[1]);
                    _pairs![pair >> 6] |= 1ul << pair;
                }
            }
            else
            {
                _sparseMasks![key[0]] = _sparseMasks.GetValueOrDefault(key[0]) | bit;
            }
        }
    }

    public int Count => _map.Count;

    public int MaxKeyLength { get; }

    public IReadOnlyDictionary<string, string> Entries => _map;

    public bool TryGetValue(string key, out string value) => _map.TryGetValue(key, out value!);

    /// <summary>False when no key starts with <paramref name="c"/> (true may still find no key in a small dictionary).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CanStart(char c)
    {
        var start = c & (_starts.Length * 64 - 1);
        return (_starts[start >> 6] & (1ul << start)) != 0;
    }

    /// <summary>A hash of two characters into <see cref="PairBits"/> bits (Fibonacci hashing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairHash(char first, char second) => (int)((((uint)first << 16) | second) * 2654435769u >> (32 - PairBits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartPair(char first, char second)
    {
        var pair = PairHash(first, second);
        return (_pairs![pair >> 6] & (1ul << pair)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Mask(char c) =>
        _denseMasks is not null ? _denseMasks[c] : _sparseMasks!.GetValueOrDefault(c);

    /// <summary>Finds the longest key that is a prefix of <paramref name="text"/>.</summary>
    public bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string value)
    {
        if (!text.IsEmpty && CanStart(text[0]))
        {
            var mask = Mask(text[0]);
            // No longer key can match where the first two characters start none (always true for one character left).
            if (_pairs is not null && (text.Length < 2 || !MayStartPair(text[0], text[1])))
            {
                mask &= 1;
            }

            var max = Math.Min(text.Length, MaxKeyLength);
            if ((mask & (1u << LongKeyBit)) != 0)
            {
                for (var len = max; len > LongKeyBit; len--)
                {
                    if (_lookup.TryGetValue(text[..len], out value!))
                    {
                        length = len;
                        return true;
                    }
                }
            }

            var top = Math.Min(max, LongKeyBit);
            var candidates = mask & ((1u << top) - 1);
            while (candidates > 1)
            {
                var bit = 31 - BitOperations.LeadingZeroCount(candidates);
                if (_lookup.TryGetValue(text[..(bit + 1)], out value!))
                {
                    length = bit + 1;
                    return true;
                }

                candidates &= ~(1u << bit);
            }

            if (candidates == 1 && (_singles is not null ? _singles[text[0]] : _lookup.TryGetValue(text[..1], out value!) ? value : null) is { } single)
            {
                value = single;
                length = 1;
                return true;
            }
        }

        length = 0;
        value = null!;
        return false;
    }
}
