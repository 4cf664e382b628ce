using System.Buffers;
using System.Text;

namespace Site.Rendering.Templating;

/// <summary>
/// Where a template renders to: the text goes straight to UTF-8 in pooled memory, with <c>\r\n</c> written as
/// <c>\n</c> (templates checked out with Windows line ends render as on Linux). A page used to be a string built up
/// in a StringBuilder, copied out, then encoded: three copies of every page, the largest objects of a build.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;
    private bool _pendingReturn;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_pendingReturn)
            {
                // A \r that ended the last write: dropped before \n, kept before anything else.
                _pendingReturn = false;
                if (text[0] != '\n') Encode("\r");
            }
            var cr = text.IndexOf('\r');
            if (cr < 0)
            {
                Encode(text);
                return;
            }
            Encode(text[..cr]);
            if (cr + 1 == text.Length)
            {
                _pendingReturn = true;
                return;
            }
            if (text[cr + 1] != '\n') Encode("\r");
            text = text[(cr + 1)..];
        }
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    /// <summary>The bytes written, as the file's content: valid until the writer is disposed or written to again.</summary>
    public ReadOnlySpan<byte> Complete()
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            Encode("\r");
        }
        Encode([], flush: true);
        return _buffer.AsSpan(0, _length);
    }

    private void Encode(ReadOnlySpan<char> text, bool flush = false)
    {
        // At most three bytes a character, and a surrogate held back from the last write.
        var needed = _length + text.Length * 3 + 4;
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        _length += _encoder.GetBytes(text, _buffer.AsSpan(_length), flush);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
    }
}
