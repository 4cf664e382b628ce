using Site.Timeline.Lexing;

namespace Site.Timeline.Matching;

/// <summary>
/// Walks folded text left to right; at each position every matcher may claim an expression, the
/// longest claim wins and scanning resumes after it. Each matcher reads a bounded number of chars,
/// so the scan is linear in the length of the text.
/// </summary>
internal sealed class ExpressionScanner
{
    private readonly IReadOnlyList<IDateMatcher> matchers;

    public ExpressionScanner()
        : this([new AbsoluteDateMatcher(), new EraMatcher(), new RelativeDateMatcher()])
    {
    }

    public ExpressionScanner(IReadOnlyList<IDateMatcher> matchers)
    {
        this.matchers = matchers;
    }

    /// <summary>The expressions of <paramref name="folded"/> (text from <see cref="TextNormalizer"/>), in order.</summary>
    public IReadOnlyList<DateExpression> Scan(string folded)
    {
        var found = new List<DateExpression>();
        var position = 0;
        while (position < folded.Length)
        {
            var best = IsCandidateStart(folded[position]) ? Longest(folded, position) : null;
            if (best is null)
            {
                position++;
                continue;
            }

            found.Add(best);
            position = best.End;
        }

        return found;
    }

    private DateExpression? Longest(string folded, int position)
    {
        DateExpression? best = null;
        foreach (var matcher in matchers)
        {
            var candidate = matcher.TryMatch(folded, position);
            if (candidate is not null && candidate.Length > 0 && (best is null || candidate.Length > best.Length))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static bool IsCandidateStart(char c) =>
        CharClass.IsDigit(c) || ChineseNumerals.IsNumeral(c) || c is '同' or '当' or '是' or '该' or '次' or '翌' or '隔';
}
