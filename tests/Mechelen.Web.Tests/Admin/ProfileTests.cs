using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Admin;

public sealed class ProfileTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task APerson_ChangesTheirNameAndLanguage_AndTheHeaderAndPagesFollow()
    {
        var (client, user) = await factory.SignedInAsync(Roles.Secretariat);

        var saved = await client.SubmitAsync("/account/profile", "/account/profile",
            f => f.With("Form.DisplayName", "Sofía R.").With("Form.Language", "es"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/account/profile"));
        Assert.Contains("Sofía R.", page);
        Assert.Contains("<html lang=\"es\"", page);
        var stored = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.DisplayName, u.Language }).SingleAsync());
        Assert.Equal(("Sofía R.", "es"), (stored.DisplayName, stored.Language));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == user.Id && a.Action == "profile-update")));
    }

    [Fact]
    public async Task AnUnknownLanguageOrAnEmptyName_IsRefusedWithAMessage_AndNothingChanges()
    {
        var (client, user) = await factory.SignedInAsync(Roles.Rapporteur);

        var bad = await client.SubmitAsync("/account/profile", "/account/profile", f => f.With("Form.DisplayName", "").With("Form.Language", "de"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Enter the name shown in the app.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(user.DisplayName, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.DisplayName).SingleAsync()));
        var language = await client.SubmitAsync("/account/profile", "/account/profile", f => f.With("Form.Language", "de"));
        Assert.Contains("Choose English, French or Spanish.", WebUtility.HtmlDecode(await language.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task APerson_ChangesTheirPassword_OnlyWithTheCurrentOne()
    {
        var (client, user) = await factory.SignedInAsync(Roles.Rapporteur);

        var wrong = await client.SubmitAsync("/account/profile", "/account/password",
            f => f.With("Password.Current", "not-my-password-1").With("Password.New", "next-pass-2026").With("Password.Confirm", "next-pass-2026"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Your current password is not correct.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));

        var changed = await client.SubmitAsync("/account/profile", "/account/password",
            f => f.With("Password.Current", TestAccounts.Password).With("Password.New", "next-pass-2026").With("Password.Confirm", "next-pass-2026"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).StatusCode);
        await factory.CreateBrowserClient().SignInAsync(user.Email!, "next-pass-2026");
    }
}
