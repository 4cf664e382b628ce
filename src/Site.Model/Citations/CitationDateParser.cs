using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Model.Citations;

/// <summary>Reads the date forms found in citations (2015年5月9日, 2013-05-08, 7 May 2013, May 7, 2013, 五月 28, 2010).</summary>
public static partial class CitationDateParser
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] ChineseMonths = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    public static CitationDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        return new CitationDate(value, ToIso(value));
    }

    public static string? ToIso(string value)
    {
        value = Normalize(value);
        Match m;
        if ((m = Cjk().Match(value)).Success) return Iso(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        if ((m = IsoLike().Match(value)).Success) return Iso(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        if ((m = DayMonthYear().Match(value)).Success) return Iso(m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value);
        if ((m = MonthDayYear().Match(value)).Success) return Iso(m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value);
        if ((m = ChineseMonthDayYear().Match(value)).Success)
        {
            var month = Array.IndexOf(ChineseMonths, m.Groups["mon"].Value) + 1;
            return Iso(m.Groups["y"].Value, month > 0 ? month.ToString(CultureInfo.InvariantCulture) : "", m.Groups["d"].Value);
        }
        if ((m = MonthYear().Match(value)).Success) return Iso(m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), "");
        if ((m = YearOnly().Match(value)).Success) return m.Groups["y"].Value;
        return null;
    }

    private static string Normalize(string value)
    {
        var chars = value.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray();
        return new string(chars).Trim();
    }

    private static string MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < EnglishMonths.Length; i++)
        {
            if (lower.Length >= 3 && EnglishMonths[i].StartsWith(lower, StringComparison.Ordinal)) return (i + 1).ToString(CultureInfo.InvariantCulture);
        }
        return "";
    }

    private static string? Iso(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1000 || y > 2999) return null;
        if (string.IsNullOrEmpty(month)) return y.ToString("D4", CultureInfo.InvariantCulture);
        if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mo) || mo is < 1 or > 12) return null;
        if (string.IsNullOrEmpty(day)) return $"{y:D4}-{mo:D2}";
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return $"{y:D4}-{mo:D2}-{d:D2}";
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*年\s*(?:(?<m>\d{1,2})\s*月\s*(?:(?<d>\d{1,2})\s*[日号號]?)?)?$")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?$")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9}\.?)\s*,?\s+(?<y>\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9}\.?)\s+(?<d>\d{1,2})\s*,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<mon>十[一二]?|[一二三四五六七八九])月\s*(?<d>\d{1,2})\s*[,，]\s*(?<y>\d{4})$")]
    private static partial Regex ChineseMonthDayYear();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9}\.?)\s*,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<y>\d{4})$")]
    private static partial Regex YearOnly();
}
