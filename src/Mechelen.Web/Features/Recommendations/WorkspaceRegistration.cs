using System.Text.Json.Serialization;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Infrastructure;

namespace Mechelen.Web.Features.Recommendations;

public static class WorkspaceRegistration
{
    /// <summary>The officers' workspace: list, review, exports, read API and its OpenAPI document.</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddScoped<RecommendationScope.Resolver>();
        services.AddScoped<RecommendationRows>();
        services.AddScoped<RecommendationFacets.Handler>();
        services.AddSingleton<FacetSnapshots>();
        services.AddSingleton<TextMatches>();
        services.AddScoped<RecommendationList.Handler>();
        services.AddScoped<RecommendationDetails.Handler>();
        services.AddScoped<ReviewRecommendation.Handler>();
        services.AddScoped<BulkReview.Handler>();
        services.AddScoped<SimilarCounts.Handler>();
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options =>
            options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Only the read API is documented; the HTML pages are not an API.
        services.AddOpenApi(options => options.ShouldInclude = description =>
            description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        return services;
    }

    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, for the readers of the API it describes.</summary>
    public static IEndpointRouteBuilder MapWorkspace(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().RequireAuthorization(Policies.Read);
        return endpoints;
    }
}
