namespace Site.Conversion.Tests;

public sealed class CharacterFoldTests
{
    [Theory]
    [InlineData("韓國", "韩国")]
    [InlineData("韩国", "韩国")]
    [InlineData("駐韓美軍", "驻韩美军")]
    [InlineData("朝鮮戰爭", "朝鲜战争")]
    [InlineData("裡裏里", "里里里")]
    [InlineData("臺灣台湾", "台湾台湾")]
    [InlineData("ＫＯＲＥＡ Korea", "korea korea")]
    public void Folds_both_scripts_to_one(string text, string expected) => Assert.Equal(expected, CharacterFold.Fold(text));

    [Fact]
    public void Keeps_the_length_and_is_a_fixed_point()
    {
        var map = CharacterFold.TraditionalToSimplified;
        Assert.True(map.Count > 2500, $"{map.Count} pairs");
        foreach (var (from, to) in map)
        {
            Assert.NotEqual(from, to);
            Assert.Equal(to, CharacterFold.Fold(to));
        }
        var text = "𠀀韓國 ABC，鄧小平";
        Assert.Equal(text.Length, CharacterFold.Fold(text).Length);
    }

    [Fact]
    public void Agrees_with_OpenCC_on_the_characters_of_a_Traditional_text()
    {
        const string traditional = "大韓民國與美國的雙邊關係、歷史、軍事同盟、經濟與文化交流";
        Assert.Equal(OpenCcConverter.Get(OpenCcConfig.T2S).Convert(traditional), CharacterFold.Fold(traditional));
    }
}
