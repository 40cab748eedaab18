using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>How a request's language is chosen: ?culture=, the switcher's cookie, the profile at sign-in, Accept-Language.</summary>
public sealed class LanguageSelectionTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private const string CookieName = "mechelen.culture";

    [Theory]
    [InlineData("fr-BE,fr;q=0.9,en;q=0.5", "fr", "Se connecter")]
    [InlineData("es-MX,es;q=0.8", "es", "Iniciar sesión")]
    [InlineData("de-DE,de;q=0.9", "en", "Sign in")]
    [InlineData(null, "en", "Sign in")]
    public async Task AcceptLanguage_ChoosesTheLanguage_AndHtmlLangFollows(string? acceptLanguage, string expected, string signIn)
    {
        var client = Client(acceptLanguage);

        var html = await PageAsync(client, "/");

        Assert.Contains($"<html lang=\"{expected}\">", html);
        Assert.Contains($">{signIn}</a>", html);
    }

    [Fact]
    public async Task Programme_InFrench_ShowsFrenchDatesAndTimes()
    {
        var html = await PageAsync(Client("fr"), "/");

        Assert.Contains("16–17 novembre 2017", html);
        Assert.Contains(">jeudi 16 novembre 2017</h3>", html);
        Assert.Contains(">vendredi 17 novembre 2017</h3>", html);
        Assert.Contains(">15\u00a0h\u00a000</time>", html);
        Assert.Contains("Modération\u00a0:", html);
        Assert.DoesNotContain("Thursday", html);
    }

    [Fact]
    public async Task SessionPage_InSpanish_ShowsTheSpanishLongDate_InTheEventsTime()
    {
        var id = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Code == "gd-nua-implementation").Select(s => s.Id).SingleAsync());

        var html = await PageAsync(Client("es"), $"/sessions/{id}");

        Assert.Contains("viernes, 17 de noviembre de 2017, 9:30–11:00", html);
        Assert.Contains("(hora local en <bdi>Mechelen</bdi>)", html);
    }

    [Fact]
    public async Task Switcher_KeepsTheChoiceInACookie_ThatWinsOverAcceptLanguage_AndLosesToTheQueryString()
    {
        var client = Client("fr");

        var switched = await client.PostFormAsync("/account/login", "/language", [new("culture", "es"), new("returnUrl", "/sessions/1?culture=fr&x=1")]);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/sessions/1?x=1", switched.Headers.Location!.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieName + "=", StringComparison.Ordinal) && c.Contains("es", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"es\">", await PageAsync(client, "/"));
        Assert.Contains("<html lang=\"fr\">", await PageAsync(client, "/?culture=fr"));
        Assert.Contains("<html lang=\"es\">", await PageAsync(client, "/"));
    }

    [Theory]
    [InlineData("de", "/", HttpStatusCode.BadRequest, null)]
    [InlineData("fr", "//evil.example/phish", HttpStatusCode.Redirect, "/")]
    [InlineData("fr", "https://evil.example/", HttpStatusCode.Redirect, "/")]
    [InlineData("fr", "/\\evil.example", HttpStatusCode.Redirect, "/")]
    public async Task Switcher_RefusesUnknownLanguages_AndNeverLeavesTheSite(string culture, string returnUrl, HttpStatusCode status, string? location)
    {
        var response = await Client(null).PostFormAsync("/account/login", "/language", [new("culture", culture), new("returnUrl", returnUrl)]);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_TheProfilesLanguageWins_OverThisBrowsersCookie()
    {
        var email = $"profile-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.PolicyOfficer);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "es")));
        var client = Client("en");
        await client.PostFormAsync("/account/login", "/language", [new("culture", "fr"), new("returnUrl", "/")]);

        var signedIn = await client.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", TestAccounts.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieName + "=", StringComparison.Ordinal) && c.Contains("es", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"es\">", await PageAsync(client, "/recommendations"));
        Assert.Equal("es", await LanguageOfAsync(user.Id));
    }

    [Fact]
    public async Task AnonymousPages_CarryNoToken_ButASignedInUsersProfileChangesOnlyWithOne()
    {
        // The programme stays cacheable: no antiforgery token, so switching there needs none.
        var anonymous = Client("en");
        Assert.DoesNotContain("__RequestVerificationToken", await PageAsync(anonymous, "/"));
        var switched = await anonymous.PostAsync("/language", new FormUrlEncodedContent([new("culture", "es"), new("returnUrl", "/")]));
        Assert.Equal(HttpStatusCode.Found, switched.StatusCode);
        Assert.Contains("<html lang=\"es\">", await PageAsync(anonymous, "/"));

        // A cross-site post without the token cannot rewrite a signed-in user's profile.
        var (client, user) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var forged = await client.PostAsync("/language", new FormUrlEncodedContent([new("culture", "es"), new("returnUrl", "/")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await LanguageOfAsync(user.Id));
    }

    [Fact]
    public async Task SwitchingWhileSignedIn_UpdatesTheProfile_AndTheChoiceSurvivesSignOutAndASignInElsewhere()
    {
        var (client, user) = await factory.SignedInAsync(Roles.Secretariat);
        Assert.Null(await LanguageOfAsync(user.Id));

        await client.PostFormAsync("/", "/language", [new("culture", "fr"), new("returnUrl", "/")]);
        Assert.Equal("fr", await LanguageOfAsync(user.Id));

        await client.PostFormAsync("/", "/account/logout", []);
        Assert.Contains("<html lang=\"fr\">", await PageAsync(client, "/"));

        // Another browser that says it prefers English gets French from the profile at sign-in.
        var elsewhere = Client("en");
        await elsewhere.SignInAsync(user.Email!, TestAccounts.Password);
        Assert.Contains("<html lang=\"fr\">", await PageAsync(elsewhere, "/reports/outcome"));
    }

    [Fact]
    public async Task SignIn_WithoutAProfileLanguage_KeepsTheLanguageChosenBeforeIt_InTheProfile()
    {
        var email = $"chosen-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        var client = Client(null);
        await client.PostFormAsync("/account/login", "/language", [new("culture", "es"), new("returnUrl", "/account/login")]);

        await client.SignInAsync(email, TestAccounts.Password);

        Assert.Equal("es", await LanguageOfAsync(user.Id));
        Assert.Contains("<html lang=\"es\">", await PageAsync(client, "/"));
    }

    [Fact]
    public async Task SignIn_WithOnlyAcceptLanguage_LeavesTheProfileEmpty()
    {
        var email = $"header-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);

        await Client("fr").SignInAsync(email, TestAccounts.Password);

        Assert.Null(await LanguageOfAsync(user.Id));
    }

    [Fact]
    public async Task ValidationAndSignInMessages_AreInTheReadersLanguage()
    {
        var empty = await Client("fr").PostFormAsync("/account/login", "/account/login", [new("Email", ""), new("Password", "")]);
        var emptyHtml = await TextAsync(empty);
        Assert.Contains("Saisissez votre adresse électronique.", emptyHtml);
        Assert.Contains("Saisissez votre mot de passe.", emptyHtml);

        var wrong = await Client("es").PostFormAsync("/account/login", "/account/login", [new("Email", "nobody@test.example"), new("Password", "not-the-password-1")]);
        Assert.Contains("El correo electrónico o la contraseña no son correctos", await TextAsync(wrong));
    }

    [Fact]
    public async Task IdentityErrors_ModelBindingErrors_AndNotices_AreInTheReadersLanguage()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        await admin.PostFormAsync("/", "/language", [new("culture", "es"), new("returnUrl", "/")]);

        var (_, invited) = await Admin.InvitationTests.InviteAsync(admin, $"Weak; weak-{Guid.NewGuid():N}@test.example");
        var weak = await Client("es").SubmitAsync(new Uri(Admin.InvitationTests.Links(invited)[0]).PathAndQuery, "/account/invitation",
            f => f.With("Form.Password", "short").With("Form.Confirm", "short"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("La contraseña debe tener al menos 10 caracteres.", await TextAsync(weak));

        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).FirstAsync());
        var url = $"/admin/sessions/{session.Id}";
        var badDate = await admin.PostFormAsync(url, url, [new("Form.Title", session.Title), new("Form.Date", "el jueves"), new("Form.Start", "10:00"), new("Form.End", "11:00")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate.StatusCode);
        Assert.Contains("El valor «el jueves» no es válido para Día.", await TextAsync(badDate));

        var date = DateOnly.FromDateTime(session.StartsAt).ToString("yyyy-MM-dd");
        var saved = await admin.PostFormAsync(url, url, [new("Form.Title", session.Title), new("Form.Date", date), new("Form.Start", "09:00"), new("Form.End", "10:15")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Cambios guardados.", await PageAsync(admin, saved.Headers.Location!.OriginalString));
    }

    private HttpClient Client(string? acceptLanguage)
    {
        var client = factory.CreateBrowserClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TextAsync(response);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Task<string?> LanguageOfAsync(string userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Language).SingleAsync());
}
