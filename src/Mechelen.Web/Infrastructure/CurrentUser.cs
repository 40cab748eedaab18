using System.Security.Claims;

namespace Mechelen.Web.Infrastructure;

/// <summary>Who is acting: the signed-in user of the request, or "system" outside a request (seeding, the command line).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string SystemName = "system";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => Principal?.FindFirstValue(DisplayNameClaim) ?? Principal?.Identity?.Name ?? SystemName;

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;

    public const string DisplayNameClaim = "mechelen:display_name";
}
