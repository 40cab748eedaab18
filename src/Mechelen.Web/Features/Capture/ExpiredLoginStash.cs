using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// A capture POST that arrives after the sign-in expired is turned away by the authorisation middleware
/// before any action runs. Just before the redirect to the login page, the posted note is kept in
/// TempData (a data-protected, chunked cookie), and the capture page puts it back in the form after the
/// rapporteur signs in again. It is restored, not saved: whoever signs in must see it and press Save.
/// </summary>
public static partial class ExpiredLoginStash
{
    private static readonly string[] Fields =
        [nameof(RecommendationForm.Text), nameof(RecommendationForm.Rationale), nameof(RecommendationForm.Language), nameof(RecommendationForm.IdempotencyKey)];

    private static readonly string[] ListFields =
        [nameof(RecommendationForm.AreaIds), nameof(RecommendationForm.Levels), nameof(RecommendationForm.Actors)];

    public static IServiceCollection AddExpiredLoginStash(this IServiceCollection services) =>
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var redirect = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = async context =>
            {
                await KeepAsync(context.HttpContext);
                await redirect(context);
            };
        });

    public static string Key(int sessionId) => $"capture-note:{sessionId}";

    /// <summary>The note kept for this session, if any (reading it removes it).</summary>
    public static RecommendationForm? Take(ITempDataDictionary tempData, int sessionId)
    {
        if (tempData[Key(sessionId)] is not string json)
        {
            return null;
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [];
        string? One(string name) => values.TryGetValue(name, out var v) ? v.FirstOrDefault() : null;
        List<int> Many(string name) => values.TryGetValue(name, out var v)
            ? v.Select(x => int.TryParse(x, out var i) ? i : 0).Where(i => i != 0).ToList()
            : [];
        return new RecommendationForm
        {
            Text = One(nameof(RecommendationForm.Text)) ?? "",
            Rationale = One(nameof(RecommendationForm.Rationale)),
            Language = Enum.TryParse<Domain.RecommendationLanguage>(One(nameof(RecommendationForm.Language)), out var l) && Enum.IsDefined(l) ? l : default,
            IdempotencyKey = Guid.TryParse(One(nameof(RecommendationForm.IdempotencyKey)), out var k) ? k : Guid.NewGuid(),
            AreaIds = Many(nameof(RecommendationForm.AreaIds)),
            Levels = Many(nameof(RecommendationForm.Levels)),
            Actors = Many(nameof(RecommendationForm.Actors)),
        };
    }

    private static async Task KeepAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        var match = CapturePath().Match(request.Path.Value ?? "");
        if (!match.Success)
        {
            return;
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        var values = Fields.Concat(ListFields)
            .Where(form.ContainsKey)
            .ToDictionary(name => name, name => form[name].Select(v => v ?? "").ToArray());
        if (!values.ContainsKey(nameof(RecommendationForm.Text)))
        {
            return;
        }

        var tempData = context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
        tempData[Key(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))] = JsonSerializer.Serialize(values);
        tempData.Save();
    }

    [GeneratedRegex(@"^/sessions/(\d{1,9})/capture/?$", RegexOptions.IgnoreCase)]
    private static partial Regex CapturePath();
}
