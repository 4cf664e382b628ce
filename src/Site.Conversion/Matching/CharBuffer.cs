namespace Site.Conversion;

/// <summary>A growable char buffer; cheaper than StringBuilder for many small appends.</summary>
internal sealed class CharBuffer(int capacity)
{
    private char[] _chars = new char[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + text.Length));
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    public override string ToString() => new(_chars, 0, Length);
}
