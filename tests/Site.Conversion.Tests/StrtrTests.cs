namespace Site.Conversion.Tests;

public sealed class StrtrTests
{
    [Fact]
    public void LongestKeyWins() =>
        Assert.Equal("[ab]c", Strtr.Replace("abc", new Dictionary<string, string> { ["a"] = "[a]", ["ab"] = "[ab]" }));

    [Fact]
    public void ReplacedTextIsNotRescanned() =>
        Assert.Equal("ba", Strtr.Replace("ab", new Dictionary<string, string> { ["a"] = "b", ["b"] = "a" }));

    [Fact]
    public void SinglePassLeftToRight() =>
        // At position 0 "ab" matches, so the later "bc" never gets a chance.
        Assert.Equal("Xc", Strtr.Replace("abc", new Dictionary<string, string> { ["ab"] = "X", ["bc"] = "Y" }));

    [Fact]
    public void EmptyKeysAreIgnored() =>
        Assert.Equal("abc", Strtr.Replace("abc", new Dictionary<string, string> { [""] = "X" }));
}
