using System.Globalization;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>Dates, times and numbers in each language, from the patterns in the resources.</summary>
public sealed class FormatsTests
{
    private static readonly DateTime Thursday = new(2017, 11, 16, 15, 0, 0);

    private static readonly Formats Formats = new(new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

    [Theory]
    [InlineData("en", "Thursday 16 November 2017, 15:00")]
    [InlineData("fr", "jeudi 16 novembre 2017, 15\u00a0h\u00a000")]
    [InlineData("es", "jueves, 16 de noviembre de 2017, 15:00")]
    public void LongDateTime_ReadsAsInEachLanguage(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => Formats.LongDateTime(Thursday)));

    [Theory]
    [InlineData("en", "09:05", "Thu 16 Nov, 15:00", "Thu 15:00")]
    [InlineData("fr", "9\u00a0h\u00a005", "jeu. 16 nov., 15\u00a0h\u00a000", "jeu. 15\u00a0h\u00a000")]
    [InlineData("es", "9:05", "jue 16 nov, 15:00", "jue 15:00")]
    public void TimesAndShortDates_ReadAsInEachLanguage(string culture, string time, string shortDateTime, string dayTime)
    {
        Assert.Equal(time, In(culture, () => Formats.Time(new DateTime(2017, 11, 16, 9, 5, 0))));
        Assert.Equal(shortDateTime, In(culture, () => Formats.ShortDateTime(Thursday)));
        Assert.Equal(dayTime, In(culture, () => Formats.DayTime(Thursday)));
    }

    [Theory]
    [InlineData("en", "16–17 November 2017", "30 November – 1 December 2017", "1 December 2017")]
    [InlineData("fr", "16–17 novembre 2017", "30 novembre – 1er décembre 2017", "1er décembre 2017")]
    [InlineData("es", "16–17 de noviembre de 2017", "30 de noviembre – 1 de diciembre de 2017", "1 de diciembre de 2017")]
    public void DateRanges_AndTheFirstOfTheMonth(string culture, string sameMonth, string acrossMonths, string first)
    {
        Assert.Equal(sameMonth, In(culture, () => Formats.DateRange(new(2017, 11, 16), new(2017, 11, 17))));
        Assert.Equal(acrossMonths, In(culture, () => Formats.DateRange(new(2017, 11, 30), new(2017, 12, 1))));
        Assert.Equal(first, In(culture, () => Formats.Date(new DateOnly(2017, 12, 1))));
    }

    [Theory]
    [InlineData("en", "12,345")]
    [InlineData("fr", "12\u202f345")]
    [InlineData("es", "12.345")]
    public void Numbers_GroupDigitsAsEachLanguageDoes(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => Formats.Number(12345)));

    private static string In(string culture, Func<string> format)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return format();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
