using System.Numerics;
using System.Runtime.CompilerServices;

namespace Site.Conversion;

/// <summary>
/// An immutable string map that finds the longest key that is a prefix of a text (OpenCC's MatchPrefix,
/// and the per-position step of PHP <c>strtr</c>). Keys are looked up by hash without allocating; a
/// per-first-character bit mask of key lengths skips lengths that cannot match.
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
        if (_map.Count >= DenseThreshold)
        {
            _denseMasks = new uint[char.MaxValue + 1];
        }
        else
        {
            _sparseMasks = [];
        }

        foreach (var key in _map.Keys)
        {
            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
            var bit = 1u << Math.Min(key.Length - 1, LongKeyBit);
            if (_denseMasks is not null)
            {
                _denseMasks[key[0]] |= bit;
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

    /// <summary>True when some key starts with <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CanStart(char c) => Mask(c) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Mask(char c) =>
        _denseMasks is not null ? _denseMasks[c] : _sparseMasks!.GetValueOrDefault(c);

    /// <summary>Finds the longest key that is a prefix of <paramref name="text"/>.</summary>
    public bool TryMatchPrefix(ReadOnlySpan<char> text, out int length, out string value)
    {
        if (!text.IsEmpty)
        {
            var mask = Mask(text[0]);
            if (mask != 0)
            {
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
                while (candidates != 0)
                {
                    var bit = 31 - BitOperations.LeadingZeroCount(candidates);
                    if (_lookup.TryGetValue(text[..(bit + 1)], out value!))
                    {
                        length = bit + 1;
                        return true;
                    }

                    candidates &= ~(1u << bit);
                }
            }
        }

        length = 0;
        value = null!;
        return false;
    }
}
