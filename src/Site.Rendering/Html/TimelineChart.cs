using System.Globalization;
using System.Text;

namespace Site.Rendering.Html;

/// <summary>A period band on the chart: title and the years it covers.</summary>
public sealed record ChartPeriod(string Title, int StartYear, int EndYear);

/// <summary>An event mark: the year (with fraction for month) and a short label.</summary>
public sealed record ChartEvent(double Year, string Label);

/// <summary>
/// Draws the timeline as a static SVG: an axis of years, one band per period, a mark per event.
/// Text is real SVG text (readable and selectable); the figure caption carries the text alternative.
/// </summary>
public static class TimelineChart
{
    public static string Render(IReadOnlyList<ChartPeriod> periods, IReadOnlyList<ChartEvent> events, string title)
    {
        if (events.Count == 0) return "";
        var min = Math.Floor(Math.Min(events.Min(e => e.Year), periods.Count > 0 ? periods.Min(p => p.StartYear) : double.MaxValue) / 10) * 10;
        var max = Math.Ceiling((Math.Max(events.Max(e => e.Year), periods.Count > 0 ? periods.Max(p => p.EndYear) : double.MinValue) + 1) / 10) * 10;
        const int width = 960, left = 20, right = 20, bandTop = 34, bandHeight = 26;
        var bandRows = periods.Count;
        var axisY = bandTop + bandRows * (bandHeight + 4) + 24;
        var height = axisY + 40;
        double X(double year) => left + (year - min) / (max - min) * (width - left - right);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\">");
        b.Append("<title id=\"chart-title\">").Append(HtmlEscaper.Escape(title)).Append("</title>");
        b.Append("<style>.band{fill:var(--card,#eef);stroke:var(--line,#ccd)}.band-text{font-size:12px;fill:var(--fg,#222)}.tick{stroke:var(--line,#ccd)}.year{font-size:11px;fill:var(--muted,#555)}.mark{fill:var(--accent,#15c);opacity:.75}</style>");
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var x1 = X(p.StartYear);
            var x2 = Math.Max(X(p.EndYear + 1), x1 + 4);
            var y = bandTop + i * (bandHeight + 4);
            b.Append(CultureInfo.InvariantCulture, $"<g><rect class=\"band\" x=\"{x1:0.#}\" y=\"{y}\" width=\"{x2 - x1:0.#}\" height=\"{bandHeight}\" rx=\"4\"/>");
            var labelX = Math.Min(x1 + 4, width - 200);
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"band-text\" x=\"{labelX:0.#}\" y=\"{y + 17}\">").Append(HtmlEscaper.Escape(p.Title)).Append("</text></g>");
        }
        var step = (max - min) > 120 ? 20 : 10;
        for (var year = min; year <= max; year += step)
        {
            var x = X(year);
            b.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{x:0.#}\" y1=\"{bandTop - 6}\" x2=\"{x:0.#}\" y2=\"{axisY}\"/>");
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"year\" x=\"{x:0.#}\" y=\"{axisY + 16}\" text-anchor=\"middle\">{year:0}</text>");
        }
        foreach (var e in events)
        {
            var x = X(e.Year);
            b.Append(CultureInfo.InvariantCulture, $"<circle class=\"mark\" cx=\"{x:0.#}\" cy=\"{axisY}\" r=\"4\"><title>").Append(HtmlEscaper.Escape(e.Label)).Append("</title></circle>");
        }
        b.Append("</svg>");
        return b.ToString();
    }
}
