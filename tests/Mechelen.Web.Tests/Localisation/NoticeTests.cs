using System.Globalization;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>A notice crosses the redirect as a key and arguments, and is worded only by the page that shows it.</summary>
public sealed class NoticeTests
{
    [Fact]
    public void Notice_KeepsItsKindKeysAndNumbers_AcrossTheRedirect_ForThePageToWordInItsLanguage()
    {
        var store = new MemoryTempData();
        var posting = new TempDataDictionary(new DefaultHttpContext(), store);
        Notice.Error(new Message("Nothing was saved."), new Message("The sheet has {0:N0} filled rows; at most {1:N0} can be uploaded at once. Split them over several files.", 6000, 5000))
            .Keep(posting);
        posting.Save();

        var next = new TempDataDictionary(new DefaultHttpContext(), store);
        var notice = Notice.Take(next);

        Assert.NotNull(notice);
        Assert.Equal(NoticeKind.Error, notice.Kind);
        Assert.Equal([6000L, 5000L], notice.Messages[1].Args);
        var french = InFrench(() => notice.Messages.Select(m => Localizer.Text(m)).ToList());
        Assert.Equal("Rien n'a été enregistré.", french[0]);
        Assert.StartsWith("La feuille compte 6\u202f000 lignes remplies\u202f; 5\u202f000 au plus", french[1]);
        next.Save();
        Assert.Null(Notice.Take(new TempDataDictionary(new DefaultHttpContext(), store)));
    }

    private static readonly StringLocalizer<SharedResource> Localizer = new(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static T InFrench<T>(Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    private sealed class MemoryTempData : ITempDataProvider
    {
        private Dictionary<string, object> _values = [];

        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>(_values);

        public void SaveTempData(HttpContext context, IDictionary<string, object> values) => _values = new Dictionary<string, object>(values);
    }
}
