using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>A suggested group in the read API: recommendation ids, the score and the reasons as stable codes.</summary>
/// <param name="Ids">Ids of the recommendations that seem to make the same proposal, ascending.</param>
/// <param name="Score">0 to 1: the mean similarity of the group's pairs.</param>
/// <param name="Concepts">Codes of the lexicon's concepts most of them express (e.g. <c>housing</c>, <c>one-stop</c>).</param>
/// <param name="Areas">Codes of the governance areas most of them are tagged with.</param>
/// <param name="Words">Significant words most of them share, folded (lower case, no accents).</param>
public sealed record DuplicateGroup(IReadOnlyList<int> Ids, double Score, IReadOnlyList<string> Concepts, IReadOnlyList<string> Areas, IReadOnlyList<string> Words);

public sealed record DuplicateSuggestionList(string Event, int Considered, IReadOnlyList<DuplicateGroup> Groups);

[ApiController]
[Authorize(Policy = Policies.Report)]
[Produces("application/json")]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
public sealed class DuplicateSuggestionsApiController(DuplicateSuggestions.Handler handler, IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    [HttpGet("/api/duplicate-suggestions")]
    [EndpointSummary("Groups of recommendations that seem to make the same proposal, across languages")]
    [EndpointDescription("For policy officers and the secretariat. Among the event's submitted and validated recommendations (those that " +
        "can still be merged), groups that seem to say the same thing in English, French or Spanish, best first, each with its score " +
        "and reasons. Groups and pairs officers dismissed are left out. Without event, the most recent event.")]
    [ProducesResponseType<DuplicateSuggestionList>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get([FromQuery(Name = "event")] string? @event, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(@event, null, cancellationToken);
        if (model is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["No event with the code '{0}'.", @event ?? ""]);
        }

        return Ok(new DuplicateSuggestionList(model.Taxonomy.Event.Code, model.Considered,
            model.Suggestions.Select(s => new DuplicateGroup(s.Members.Select(m => m.Id).ToList(), s.Score, s.ConceptIds, s.AreaCodes, s.Words)).ToList()));
    }
}
