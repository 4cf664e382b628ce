using Site.Rendering.Search;

namespace Site.Tests.Search;

public sealed class TextHunksTests
{
    [Theory]
    [InlineData("韩美正式建交。朝鲜战争后，两国结盟。", "韩美正式建交。韩战后，两国结盟。")]
    [InlineData("美国总统罗纳德·里根在宣誓就职时", "美国总统罗纳德·雷根在宣誓就职时")]
    [InlineData("abc", "")]
    [InlineData("", "abc")]
    [InlineData("恢复与恢复", "恢覆与恢覆")]
    [InlineData("完全不同的一句话", "another sentence entirely")]
    public void Applying_the_hunks_gives_the_other_text(string own, string other)
    {
        var hunks = TextHunks.Diff(own, other);
        Assert.Equal(other, TextHunks.Apply(own, hunks));
        Assert.Empty(TextHunks.Diff(own, own));
    }

    [Fact]
    public void Positions_in_the_other_text_map_back_into_ours()
    {
        const string own = "依照朝鲜战争结束后韩美签订";
        const string other = "依照韩战结束后韩美签订";
        var hunks = TextHunks.Diff(own, other);
        var at = other.IndexOf("韩战结束", StringComparison.Ordinal);
        var start = TextHunks.ToOwn(hunks, at, end: false);
        var end = TextHunks.ToOwn(hunks, at + 4, end: true);
        Assert.Equal("朝鲜战争结束", own[start..end]);
        Assert.Equal(own.IndexOf("签订", StringComparison.Ordinal), TextHunks.ToOwn(hunks, other.IndexOf("签订", StringComparison.Ordinal), end: false));
    }
}
