using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.BrowserTests;

/// <summary>The web tests' app (fresh SQLite file, seeded) on Kestrel at 127.0.0.1 on a free port, for a real browser to talk to.</summary>
public class BrowserAppFactory : KestrelAppFactory
{
    public BrowserAppFactory()
        : this([])
    {
    }

    /// <summary>The app with the given settings applied before it starts.</summary>
    protected BrowserAppFactory(params (string Key, string Value)[] settings)
        : base(settings)
    {
    }

    /// <summary>The app on a given port with the given settings.</summary>
    protected BrowserAppFactory(int port, params (string Key, string Value)[] settings)
        : base(port, settings)
    {
    }

    /// <summary>A rapporteur assigned to the first guided discussion; returns the session id.</summary>
    public async Task<int> CreateRapporteurAsync(string email, string password)
    {
        var user = await CreateUserAsync(email, password, Roles.Rapporteur);
        var sessionId = await WithDbAsync(db => db.Sessions.Where(s => s.Kind == SessionKind.GuidedDiscussion).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        await this.AssignAsync(user.Id, sessionId);
        return sessionId;
    }
}
