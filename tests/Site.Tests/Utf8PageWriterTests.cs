using System.Text;
using Site.Rendering.Templating;

namespace Site.Tests;

/// <summary>
/// Templates render through <see cref="Utf8PageWriter"/>: its bytes must be those of the whole text with <c>\r\n</c>
/// made <c>\n</c> and encoded at once, however the text was cut into writes (a <c>\r</c> or half a surrogate pair at
/// the end of one write).
/// </summary>
public sealed class Utf8PageWriterTests
{
    [Fact]
    public async Task Writes_in_any_pieces_give_the_bytes_of_the_whole_text()
    {
        string[] pieces = ["\r", "\n", "\r\n", "\r\r\n", "韩美关系", "<p id=\"x\">", "a", "\uD83D", "\uDE00", "\uD83D\uDE00", "é", "", "\u2028"];
        var random = new Random(20261125);
        for (var round = 0; round < 2_000; round++)
        {
            var whole = new StringBuilder();
            using var writer = new Utf8PageWriter();
            for (var write = random.Next(1, 12); write > 0; write--)
            {
                var piece = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
                whole.Append(piece);
                switch (random.Next(4))
                {
                    case 0: writer.Write(piece); break;
                    case 1: foreach (var c in piece) writer.Write(c); break;
                    case 2: writer.Write(piece.ToCharArray(), 0, piece.Length); break;
                    default: await writer.WriteAsync(piece.AsMemory(), TestContext.Current.CancellationToken); break;
                }
            }
            var expected = new UTF8Encoding(false).GetBytes(whole.ToString().Replace("\r\n", "\n"));
            Assert.Equal(expected, writer.Complete().ToArray());
        }
    }

    [Fact]
    public void A_page_larger_than_the_first_buffer_is_written_whole()
    {
        var text = string.Concat(Enumerable.Repeat("韩美关系\r\n", 40_000));
        using var writer = new Utf8PageWriter();
        writer.Write(text);
        Assert.Equal(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")), writer.Complete().ToArray());
    }
}
