using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// Behind a TLS-terminating proxy or load balancer: whose X-Forwarded-For and X-Forwarded-Proto to believe.
/// Off by default, because a client talking to the app directly could otherwise claim any address or scheme.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to read the headers back through.</summary>
    [Range(1, 10, ErrorMessage = "Proxy:ForwardLimit must be between 1 and 10.")]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Proxy:KnownProxies has '{proxy}', which is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Proxy:KnownNetworks has '{network}', which is not a network in CIDR notation (such as 10.0.0.0/24).", [nameof(KnownNetworks)]);
        }

        if (Enabled && KnownProxies.Length == 0 && KnownNetworks.Length == 0)
        {
            yield return new ValidationResult("Proxy:Enabled is true but neither Proxy:KnownProxies nor Proxy:KnownNetworks names the proxy: name it, or forwarded headers would be ignored.", [nameof(Enabled)]);
        }
    }
}
