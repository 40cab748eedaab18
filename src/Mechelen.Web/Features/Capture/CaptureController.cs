using System.Security.Claims;
using Mechelen.Web.Features.Sessions;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Capture;

[Authorize(Policy = Policies.Capture)]
[Route("sessions/{sessionId:int}/capture")]
public sealed class CaptureController(CaptureAccess access, CapturePage.Handler capturePage, ExpiredLoginToken tokens, SessionProgress progress, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        int sessionId, Guid? saved, [FromServices] ExpiredLoginStash stash, CancellationToken cancellationToken, int page = 1)
    {
        if (!await access.IsAssignedAsync(sessionId, cancellationToken))
        {
            return Refused();
        }

        var model = await capturePage.HandleAsync(sessionId, page, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        var kept = await stash.TakeAsync(UserId, sessionId, cancellationToken);
        return await CaptureViewAsync(model with
        {
            Form = kept ?? new RecommendationForm { IdempotencyKey = Guid.NewGuid(), Language = model.Session.NewNoteLanguage(model.StartingLanguage) },
            Restored = kept is not null,
            JustSaved = saved is { } key ? model.Captured.FirstOrDefault(i => i.Mine && i.Key == key) : null,
        }, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(
        int sessionId, RecommendationForm form, [FromServices] CaptureRecommendation.Handler handler, CancellationToken cancellationToken)
    {
        if (!await access.IsAssignedAsync(sessionId, cancellationToken))
        {
            return Refused();
        }

        var fromScript = Request.Headers.XRequestedWith == "fetch";
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(sessionId, form, cancellationToken);
            if (result.Id is not null && fromScript)
            {
                // The page's queue sends notes one by one and shows each as confirmed; no page to render.
                return Json(new { id = result.Id, key = form.IdempotencyKey });
            }

            if (result.Id is not null)
            {
                // The marker tells the page script that this draft reached the server and may be forgotten.
                return Redirect($"/sessions/{sessionId}/capture?saved={form.IdempotencyKey}");
            }

            ModelState.AddModelError(result.Field ?? "", localizer.Text(result.Error!));
        }

        if (fromScript)
        {
            return UnprocessableEntity(new { errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct().ToList() });
        }

        var model = await capturePage.HandleAsync(sessionId, 1, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        // Everything typed comes back, including the key, so a corrected resubmission is still one recommendation.
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await CaptureViewAsync(model with { Form = form }, cancellationToken);
    }

    [HttpGet("similar")]
    public async Task<IActionResult> Similar(
        int sessionId, string? text, [FromServices] IRecommendationTextSearch search, [FromServices] TaxonomyReader taxonomies, CancellationToken cancellationToken)
    {
        if (await access.AssignedEventIdAsync(sessionId, cancellationToken) is not { } eventId)
        {
            return Forbid();
        }

        var similar = string.IsNullOrWhiteSpace(text) || text.Length < RecommendationForm.TextMin
            ? []
            : await search.FindSimilarAsync(eventId, text, 3, null, cancellationToken);
        var names = await taxonomies.NamesAsync(cancellationToken);
        return Json(similar.Select(s => new { s.Id, s.Text, SessionTitle = names.FindSession(s.SessionId)?.Title ?? s.SessionTitle }));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int sessionId, int id, [FromServices] EditRecommendation.Handler handler, CancellationToken cancellationToken)
    {
        if (!await access.IsAssignedAsync(sessionId, cancellationToken))
        {
            return Refused();
        }

        var (outcome, form, refusal) = await handler.LoadAsync(sessionId, id, cancellationToken);
        return outcome switch
        {
            EditRecommendation.Outcome.Saved => await EditViewAsync(sessionId, id, form!, cancellationToken),
            EditRecommendation.Outcome.NotFound => NotFound(),
            EditRecommendation.Outcome.NotYours => Refused(),
            _ => BackWith(sessionId, Notice.Error(refusal!)),
        };
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(
        int sessionId, int id, RecommendationForm form, [FromServices] EditRecommendation.Handler handler, CancellationToken cancellationToken)
    {
        if (!await access.IsAssignedAsync(sessionId, cancellationToken))
        {
            return Refused();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await EditViewAsync(sessionId, id, form, cancellationToken);
        }

        var outcome = await handler.HandleAsync(sessionId, id, form, cancellationToken);
        switch (outcome)
        {
            case EditRecommendation.Outcome.Saved:
                Notice.Ok(new Message("Your changes are saved.")).Keep(TempData);
                return Redirect($"/sessions/{sessionId}/capture");
            case EditRecommendation.Outcome.NotFound:
                return NotFound();
            case EditRecommendation.Outcome.NotYours:
                return Refused();
            case EditRecommendation.Outcome.Invalid:
                ModelState.AddModelError(nameof(form.AreaIds), localizer["Choose governance areas from the list."]);
                break;
            case EditRecommendation.Outcome.Changed:
                ModelState.AddModelError("", localizer["Someone changed this recommendation while you were editing. Your text is below: copy what you need, then reload."]);
                break;
            default:
                ModelState.AddModelError("", localizer["This recommendation has been reviewed meanwhile and can no longer be edited here. Your text is below."]);
                break;
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return await EditViewAsync(sessionId, id, form, cancellationToken);
    }

    [HttpPost("{id:int}/withdraw")]
    public Task<IActionResult> Withdraw(
        int sessionId, int id, [FromServices] WithdrawRecommendation.Handler handler, CancellationToken cancellationToken, [FromQuery] int page = 1) =>
        MoveAsync(sessionId, page, () => handler.WithdrawAsync(sessionId, id, cancellationToken), new Message("Withdrawn. It no longer counts and is kept as a draft only you see."), cancellationToken);

    [HttpPost("{id:int}/resubmit")]
    public Task<IActionResult> Resubmit(
        int sessionId, int id, [FromServices] WithdrawRecommendation.Handler handler, CancellationToken cancellationToken, [FromQuery] int page = 1) =>
        MoveAsync(sessionId, page, () => handler.ResubmitAsync(sessionId, id, cancellationToken), new Message("Submitted again."), cancellationToken);

    // Back to the page of the list the item was on.
    private async Task<IActionResult> MoveAsync(
        int sessionId, int page, Func<Task<WithdrawRecommendation.Result>> move, Message done, CancellationToken cancellationToken)
    {
        if (!await access.IsAssignedAsync(sessionId, cancellationToken))
        {
            return Refused();
        }

        var result = await move();
        return result.Outcome switch
        {
            WithdrawRecommendation.Outcome.Done => BackWith(sessionId, Notice.Ok(done), page),
            WithdrawRecommendation.Outcome.NotFound => NotFound(),
            WithdrawRecommendation.Outcome.NotYours => Refused(),
            _ => BackWith(sessionId, Notice.Error(result.Refusal ?? new Message("This recommendation has been reviewed meanwhile; it was left as it is.")), page),
        };
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    // Every capture form carries the token that lets a note posted after the sign-in expired come back to its author.
    // The areas the session uses most come first, so the likely ones are in view without scrolling the picker.
    private async Task<ViewResult> CaptureViewAsync(CapturePage.Model model, CancellationToken cancellationToken)
    {
        var counts = await progress.ForSessionAsync(model.Session.Id, cancellationToken);
        var areas = model.Choices.Areas.OrderByDescending(a => counts.ByArea.GetValueOrDefault(a.Value)).ToList();
        return View("Capture", model with
        {
            ExpiredLoginToken = tokens.Issue(HttpContext, UserId, model.Session.Id),
            Choices = model.Choices with { Areas = areas },
            Progress = new ProgressView(counts, model.Choices.Areas),
        });
    }

    private async Task<IActionResult> EditViewAsync(int sessionId, int id, RecommendationForm form, CancellationToken cancellationToken)
    {
        var session = await capturePage.SessionAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var choices = await capturePage.ChoicesAsync(cancellationToken);
        return View("Edit", new EditModel(session, id, new CaptureFields(form, choices)));
    }

    private RedirectResult BackWith(int sessionId, Notice notice, int page = 1)
    {
        notice.Keep(TempData);
        return Redirect(CapturePage.Link(sessionId, page));
    }

    // A friendly 403 page through the status-code pages, not a redirect.
    private StatusCodeResult Refused() => StatusCode(StatusCodes.Status403Forbidden);
}

public sealed record CaptureFields(RecommendationForm Form, CapturePage.TaxonomyChoices Choices);

public sealed record EditModel(CapturePage.SessionInfo Session, int Id, CaptureFields Fields);
