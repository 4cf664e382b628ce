namespace Site.Timeline.Matching;

/// <summary>Recognises one family of date forms starting exactly at a position of the folded text.</summary>
internal interface IDateMatcher
{
    /// <summary>The expression that starts at <paramref name="position"/>, or null.</summary>
    DateExpression? TryMatch(string text, int position);
}
