using System.Globalization;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Taxonomy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>The app's resources outside a request, and a block of code run in one interface language.</summary>
public static class Languages
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    /// <summary>The shared resources, read in the current UI culture as the app's pages read them.</summary>
    public static IStringLocalizer Shared { get; } = Factory.Create(typeof(SharedResource));

    /// <summary>Runs <paramref name="action"/> with the UI culture (and the culture) set to <paramref name="code"/>, then puts them back.</summary>
    public static T In<T>(string code, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(code);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    /// <summary>The choices of the capture form, named in <paramref name="language"/> (null: the original wording).</summary>
    public static async Task<CapturePage.TaxonomyChoices> ChoicesAsync(this MechelenAppFactory factory, string? language = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return CapturePage.Choices(await scope.ServiceProvider.GetRequiredService<TaxonomyReader>().NamesAsync(language, default));
    }

    /// <summary>A client whose requests ask for <paramref name="code"/> through <c>Accept-Language</c>, as a browser set to that language does.</summary>
    public static HttpClient WithLanguage(this HttpClient client, string code)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(code);
        return client;
    }
}
