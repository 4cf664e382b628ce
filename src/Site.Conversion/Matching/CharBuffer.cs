using System.Buffers;

namespace Site.Conversion;

/// <summary>
/// A growable char buffer on pooled arrays; cheaper than StringBuilder for many small appends, and a converted
/// string costs one allocation (the result) instead of a buffer per call. Dispose returns the array to the pool.
/// </summary>
internal sealed class CharBuffer(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + text.Length));
            _chars.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>The text, or <paramref name="original"/> itself when the text equals it (nothing was converted).</summary>
    public string ToString(string original) => Span.SequenceEqual(original) ? original : ToString();

    public override string ToString() => new(_chars, 0, Length);

    public void Dispose()
    {
        if (_chars.Length == 0) return;
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        Length = 0;
    }
}
