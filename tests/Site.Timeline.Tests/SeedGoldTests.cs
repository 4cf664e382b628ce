using Site.Timeline.Tests.Seed;

namespace Site.Timeline.Tests;

/// <summary>Precision and recall against hand-written gold lists for two sections of the seed article.</summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    private const double Bar = 0.95;

    [Fact]
    public void SyngmanRheeSection_MeetsTheBar() => Evaluate("李承晚时期", GoldLists.SyngmanRhee);

    [Fact]
    public void Since1990sSection_MeetsTheBar() => Evaluate("1990年代以后", GoldLists.Since1990s);

    private void Evaluate(string heading, IReadOnlyList<GoldEvent> gold)
    {
        var segments = SeedArticle.Section(heading);
        Assert.NotEmpty(segments);
        var predicted = TimelineExtractor.Extract(segments).Events;

        var unmatched = predicted.ToList();
        var missed = new List<GoldEvent>();
        foreach (var g in gold)
        {
            var hit = unmatched.FirstOrDefault(e => Matches(e, g));
            if (hit is null)
            {
                missed.Add(g);
            }
            else
            {
                unmatched.Remove(hit);
            }
        }

        var truePositives = gold.Count - missed.Count;
        var precision = predicted.Count == 0 ? 0 : (double)truePositives / predicted.Count;
        var recall = (double)truePositives / gold.Count;

        output.WriteLine($"[{heading}] gold={gold.Count} predicted={predicted.Count} tp={truePositives} precision={precision:F3} recall={recall:F3}");
        foreach (var e in predicted)
        {
            output.WriteLine($"  {e.Start.Iso}{(e.End is null ? "" : ".." + e.End.Iso)} {e.Precision} {e.Qualifier}{(e.IsRelative ? " rel" : "")} «{e.RawExpression}» {e.Clause}");
        }

        foreach (var g in missed)
        {
            output.WriteLine($"  MISSED {g}");
        }

        foreach (var e in unmatched)
        {
            output.WriteLine($"  SPURIOUS {e.Start.Iso} «{e.RawExpression}»");
        }

        Assert.True(precision >= Bar, $"precision {precision:F3} < {Bar}");
        Assert.True(recall >= Bar, $"recall {recall:F3} < {Bar}");
    }

    private static bool Matches(TimelineEvent e, GoldEvent g) =>
        e.RawExpression == g.Expression && e.Start.Iso == g.Start && e.End?.Iso == g.End && e.Qualifier == g.Qualifier;
}
