using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.BrowserTests;

/// <summary>The web tests' app (fresh SQLite file, seeded) on Kestrel at 127.0.0.1 on a free port, for a real browser to talk to.</summary>
public class BrowserAppFactory : MechelenAppFactory
{
    public BrowserAppFactory()
        : this([])
    {
    }

    /// <summary>The app with the given settings applied before it starts.</summary>
    protected BrowserAppFactory(params (string Key, string Value)[] settings)
    {
        foreach (var (key, value) in settings)
        {
            WithSetting(key, value);
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>A rapporteur assigned to the first guided discussion; returns the session id.</summary>
    public async Task<int> CreateRapporteurAsync(string email, string password)
    {
        var user = await CreateUserAsync(email, password, Roles.Rapporteur);
        var sessionId = await WithDbAsync(db => db.Sessions.Where(s => s.Kind == SessionKind.GuidedDiscussion).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        await this.AssignAsync(user.Id, sessionId);
        return sessionId;
    }
}
