using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Recommendations.Api;

/// <summary>One page of results with the total, so a client can page through a filter.</summary>
public sealed record ApiPage<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);

/// <summary>
/// Read-only JSON of the same filter as the list and the exports, for rapporteurs, policy officers and the
/// secretariat (the session cookie), each within their <see cref="RecommendationScope"/>. Values the list
/// would correct with a message are a 400 here, with the reasons.
/// </summary>
[ApiController]
[Authorize(Policy = Policies.Read)]
[Produces("application/json")]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
public sealed class RecommendationsApiController(TaxonomyReader taxonomies, RecommendationRows rows, RecommendationScope.Resolver scopes, IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    public const string WhoSeesWhat =
        "Policy officers and the secretariat get every recommendation except other people's drafts. A rapporteur gets their own " +
        "recommendations (any status, drafts included) and the validated or merged ones of the sessions assigned to them; for " +
        "those captured by someone else, capturedBy and rejectionReason are null. Other accounts (administrators without another role) get 403.";

    /// <summary>Recommendations matching the filter, in the filter's order, one page at a time.</summary>
    [HttpGet("/api/recommendations")]
    [EndpointSummary("Recommendations matching the filter, one page at a time")]
    [EndpointDescription("The same filter parameters as the list, in the filter's order. " + WhoSeesWhat)]
    [ProducesResponseType<ApiPage<RecommendationRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Recommendations([FromQuery] RecommendationFilter filter, CancellationToken cancellationToken)
    {
        var (taxonomy, problem) = await PrepareAsync(filter, cancellationToken);
        if (taxonomy is null)
        {
            return problem!;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        var total = await rows.CountAsync(filter, taxonomy, scope, cancellationToken);
        var items = await rows.ListAsync(filter, taxonomy, scope, paged: true, cancellationToken);
        return Ok(new ApiPage<RecommendationRow>(filter.Page, filter.PageSize, total, items));
    }

    /// <summary>Key recommendations with at least one source matching the filter, by area and order, one page at a time.</summary>
    [HttpGet("/api/key-recommendations")]
    [EndpointSummary("Key recommendations drawing on the filter's recommendations, one page at a time")]
    [EndpointDescription("Key recommendations with at least one source among the recommendations the same request to " +
        "/api/recommendations would give, by governance area and order. Rapporteurs get final key recommendations only.")]
    [ProducesResponseType<ApiPage<KeyRecommendationRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> KeyRecommendations([FromQuery] RecommendationFilter filter, CancellationToken cancellationToken)
    {
        var (taxonomy, problem) = await PrepareAsync(filter, cancellationToken);
        if (taxonomy is null)
        {
            return problem!;
        }

        var query = rows.KeyRecommendations(filter, taxonomy, await scopes.GetAsync(cancellationToken));
        var total = await query.CountAsync(cancellationToken);
        var items = await rows.KeyRowsAsync(query.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize), taxonomy, cancellationToken);
        return Ok(new ApiPage<KeyRecommendationRow>(filter.Page, filter.PageSize, total, items));
    }

    private async Task<(FilterTaxonomy? Taxonomy, IActionResult? Problem)> PrepareAsync(RecommendationFilter filter, CancellationToken cancellationToken)
    {
        // [ApiController] answers binding errors with 400 before the action runs; what remains is range and meaning.
        // Names are the original wording whatever the reader's language: the API's values are a contract, like its keys.
        var taxonomy = FilterTaxonomy.For(await taxonomies.NamesAsync(language: null, cancellationToken), filter.Event);
        if (taxonomy is null)
        {
            return (null, Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["No event with the code '{0}'.", filter.Event ?? ""]));
        }

        var problems = filter.Normalize().Concat(taxonomy.RemoveUnknown(filter)).Select(localizer.Text).ToList();
        if (problems.Count > 0)
        {
            return (null, ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["filter"] = [.. problems] })));
        }

        return (taxonomy, null);
    }
}
