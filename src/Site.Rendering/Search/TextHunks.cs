namespace Site.Rendering.Search;

/// <summary>A place where another edition's folded text differs from this edition's: <see cref="Length"/> characters at <see cref="Start"/> read <see cref="Other"/> there.</summary>
public sealed record TextHunk(int Start, int Length, string Other);

/// <summary>
/// Where two editions' folded texts differ after the character fold: regional words (朝鲜战争 / 韩战, 里根 / 雷根),
/// characters the fold keeps apart (复 / 覆). A greedy diff that resynchronises on three equal characters; the texts
/// are the same document converted twice, so differences are short and local.
/// </summary>
public static class TextHunks
{
    private const int MaxSkip = 24;
    private const int Sync = 3;

    public static List<TextHunk> Diff(string own, string other)
    {
        var hunks = new List<TextHunk>();
        int i = 0, j = 0;
        while (i < own.Length && j < other.Length)
        {
            if (own[i] == other[j]) { i++; j++; continue; }
            var (a, b) = Resync(own, other, i, j);
            hunks.Add(new TextHunk(i, a, other.Substring(j, b)));
            i += a;
            j += b;
        }
        if (i < own.Length || j < other.Length) hunks.Add(new TextHunk(i, own.Length - i, other[j..]));
        return hunks;
    }

    /// <summary>The other edition's text: this edition's with the hunks applied.</summary>
    public static string Apply(string own, IReadOnlyList<TextHunk> hunks)
    {
        var builder = new System.Text.StringBuilder(own.Length + 16);
        var at = 0;
        foreach (var hunk in hunks)
        {
            builder.Append(own, at, hunk.Start - at).Append(hunk.Other);
            at = hunk.Start + hunk.Length;
        }
        return builder.Append(own, at, own.Length - at).ToString();
    }

    /// <summary>A position in the other text as a position in this one; inside a hunk, its start (or its end for <paramref name="end"/>).</summary>
    public static int ToOwn(IReadOnlyList<TextHunk> hunks, int position, bool end)
    {
        var shift = 0;
        foreach (var hunk in hunks)
        {
            var start = hunk.Start + shift;
            if (position < start || (end && position == start)) break;
            if (position < start + hunk.Other.Length || (end && position == start + hunk.Other.Length)) return end ? hunk.Start + hunk.Length : hunk.Start;
            shift += hunk.Other.Length - hunk.Length;
        }
        return position - shift;
    }

    private static (int, int) Resync(string own, string other, int i, int j)
    {
        for (var d = 1; d <= MaxSkip; d++)
        {
            for (var a = 0; a <= d; a++)
            {
                if (Synced(own, other, i + a, j + d - a)) return (a, d - a);
            }
        }
        return (own.Length - i, other.Length - j);
    }

    private static bool Synced(string own, string other, int x, int y)
    {
        for (var k = 0; k < Sync; k++)
        {
            if (x + k >= own.Length || y + k >= other.Length) return x + k >= own.Length && y + k >= other.Length;
            if (own[x + k] != other[y + k]) return false;
        }
        return true;
    }
}
