using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>
/// The test app on a real Kestrel at 127.0.0.1 on a free port: for what the in-memory test server does not
/// do (request body limits, connections that are closed), and for a real browser to talk to.
/// </summary>
public class KestrelAppFactory : MechelenAppFactory
{
    public KestrelAppFactory()
        : this([])
    {
    }

    /// <summary>The app with the given settings applied before it starts.</summary>
    protected KestrelAppFactory(params (string Key, string Value)[] settings)
        : this(0, settings)
    {
    }

    /// <summary>The app on a given port (0 for a free one), e.g. to start it again where a browser left it.</summary>
    protected KestrelAppFactory(int port, params (string Key, string Value)[] settings)
    {
        foreach (var (key, value) in settings)
        {
            WithSetting(key, value);
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>
    /// A client over a real socket that keeps cookies (Secure ones too, as a browser does for 127.0.0.1) and does not
    /// follow redirects.
    /// </summary>
    public HttpClient CreateSocketClient() =>
        new(new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = new Uri(BaseUrl) };
}
