using System.Globalization;
using Mechelen.Web;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>Each resource string is read once per culture and name, and still comes in the reader's language.</summary>
public sealed class CachedStringLocalizerTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private sealed class Counting : IStringLocalizer, IStringLocalizerFactory
    {
        public int Reads { get; private set; }

        public LocalizedString this[string name]
        {
            get
            {
                Reads++;
                var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                return name == "missing" ? new LocalizedString(name, name, resourceNotFound: true) : new LocalizedString(name, $"{name} ({culture}) {{0}}");
            }
        }

        public LocalizedString this[string name, params object[] arguments] => throw new InvalidOperationException("formatted by the cache");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];

        public IStringLocalizer Create(Type resourceSource) => this;

        public IStringLocalizer Create(string baseName, string location) => this;
    }

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [Fact]
    public void Strings_AreReadOncePerCultureAndName_AndFormattedInTheCurrentCulture()
    {
        var inner = new Counting();
        var localizer = new CachedStringLocalizerFactory(inner).Create(typeof(SharedResource));
        Assert.Equal("Title (fr) {0}", In("fr", () => localizer["Title"].Value));
        Assert.Equal("Title (fr) {0}", In("fr", () => localizer["Title"].Value));
        Assert.Equal("Title (es) {0}", In("es", () => localizer["Title"].Value));
        Assert.Equal("Title (fr) 1234,5", In("fr", () => localizer["Title", 1234.5].Value));
        Assert.Equal(2, inner.Reads);

        var missing = In("en", () => localizer["missing"]);
        Assert.True(missing.ResourceNotFound);
        Assert.True(In("en", () => localizer["missing", 1]).ResourceNotFound);
        Assert.Equal(3, inner.Reads);
    }

    [Fact]
    public void TheApp_LocalizesThroughTheCache_InEachLanguage()
    {
        var localizerFactory = factory.Services.GetRequiredService<IStringLocalizerFactory>();
        Assert.IsType<CachedStringLocalizerFactory>(localizerFactory);
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        Assert.Equal("Search", In("en", () => localizer["Search"].Value));
        Assert.Equal("Rechercher", In("fr", () => localizer["Search"].Value));
        Assert.Equal("Buscar", In("es", () => localizer["Search"].Value));
    }
}
