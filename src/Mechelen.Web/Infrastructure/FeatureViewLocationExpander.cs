using Microsoft.AspNetCore.Mvc.Razor;

namespace Mechelen.Web.Infrastructure;

/// <summary>Finds views beside their controller in <c>Features/{Controller}</c>, then in <c>Features/Shared</c>.</summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private static readonly string[] Locations =
    [
        "/Features/{1}/{0}.cshtml",
        "/Features/Shared/{0}.cshtml",
    ];

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        Locations;

    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }
}
