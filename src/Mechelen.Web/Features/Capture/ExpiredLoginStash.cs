using System.Globalization;
using System.Text.RegularExpressions;
using Mechelen.Web.Data;
using Mechelen.Web.Data.Configurations;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// A capture POST that arrives after the sign-in expired is turned away by the authorisation middleware
/// before any action runs. Just before the redirect to the login page, the posted note is kept in the
/// database for the rapporteur whose page it came from (see <see cref="ExpiredLoginToken"/>), and their
/// capture page puts it back in the form after they sign in again. It is restored, not saved: they must
/// see it and press Save. Nothing else is kept and no cookie is written, so a request that is not the
/// rapporteur's own changes nothing.
/// </summary>
public sealed partial class ExpiredLoginStash(MechelenDbContext db, ExpiredLoginToken tokens, TimeProvider clock)
{
    /// <summary>A note nobody came back for is deleted after this long.</summary>
    public static readonly TimeSpan KeepFor = ExpiredLoginToken.Lifetime;

    /// <summary>
    /// The largest form the capture page can send: two 4,000-character fields, each character at most nine bytes
    /// once percent-encoded, and the rest. A larger body did not come from the page and is not read.
    /// </summary>
    public const long MaxFormBytes = 128 * 1024;

    private const int MaxAreas = 64;

    /// <summary>The note kept for this rapporteur and session, if any (taking it deletes it).</summary>
    public async Task<RecommendationForm?> TakeAsync(string userId, int sessionId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - KeepFor;
        var note = await db.ExpiredLoginNotes.AsNoTracking()
            .FirstOrDefaultAsync(n => n.UserId == userId && n.SessionId == sessionId && n.KeptAt >= since, cancellationToken);
        // Another tab taking it at the same moment gets nothing: the note comes back once.
        if (note is null || await db.ExpiredLoginNotes.Where(n => n.Id == note.Id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return null;
        }

        return new RecommendationForm
        {
            Text = note.Text,
            Rationale = note.Rationale,
            AreaIds = note.AreaIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList(),
            Levels = Enum.GetValues<GovernanceLevels>().Where(l => l != GovernanceLevels.None && note.Levels.HasFlag(l)).Select(l => (int)l).ToList(),
            Actors = Enum.GetValues<ActorGroups>().Where(a => a != ActorGroups.None && note.Actors.HasFlag(a)).Select(a => (int)a).ToList(),
            Language = note.Language,
            IdempotencyKey = note.IdempotencyKey,
        };
    }

    /// <summary>Keeps the note of a capture POST turned to the login page, when it is the rapporteur's own.</summary>
    public async Task KeepAsync(HttpContext context)
    {
        var request = context.Request;
        var match = CapturePath().Match(request.Path.Value ?? "");
        if (!HttpMethods.IsPost(request.Method) || !match.Success || !request.HasFormContentType
            || request.ContentLength is not (> 0 and <= MaxFormBytes) || !request.Cookies.ContainsKey(ExpiredLoginToken.CookieName)
            || !ExpiredLoginToken.IsSameOrigin(request))
        {
            return;
        }

        var sessionId = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var form = await request.ReadFormAsync(context.RequestAborted);
        var userId = tokens.UserOf(request, form[ExpiredLoginToken.FieldName], sessionId);
        if (userId is null)
        {
            return;
        }

        // Through the form's own normalisation (line breaks, trimming), then cut to the field limits a real page enforces.
        var typed = new RecommendationForm { Text = form[nameof(RecommendationForm.Text)].ToString(), Rationale = form[nameof(RecommendationForm.Rationale)] };
        if (typed.Text.Length == 0 && typed.Rationale is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var areaIds = form[nameof(RecommendationForm.AreaIds)].Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Take(MaxAreas);
        var note = new ExpiredLoginNote
        {
            UserId = userId,
            SessionId = sessionId,
            Text = Cut(typed.Text),
            Rationale = typed.Rationale is null ? null : Cut(typed.Rationale),
            AreaIds = string.Join(',', areaIds.Select(id => id.ToString(CultureInfo.InvariantCulture))),
            Levels = Mask<GovernanceLevels>(form[nameof(RecommendationForm.Levels)]),
            Actors = Mask<ActorGroups>(form[nameof(RecommendationForm.Actors)]),
            Language = Enum.TryParse<RecommendationLanguage>(form[nameof(RecommendationForm.Language)], out var language) && Enum.IsDefined(language)
                ? language
                : RecommendationLanguage.English,
            IdempotencyKey = Guid.TryParse(form[nameof(RecommendationForm.IdempotencyKey)], out var key) ? key : Guid.NewGuid(),
            KeptAt = now,
        };

        // The latest note of this rapporteur and session replaces the earlier one; notes nobody came back for go.
        var expired = now - KeepFor;
        await db.ExpiredLoginNotes.Where(n => (n.UserId == userId && n.SessionId == sessionId) || n.KeptAt < expired)
            .ExecuteDeleteAsync(context.RequestAborted);
        db.ExpiredLoginNotes.Add(note);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A second submit of the same page at the same moment: its twin was kept.
        }
    }

    private static string Cut(string text)
    {
        const int max = RecommendationConfiguration.TextMaxLength;
        return text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
    }

    private static TFlags Mask<TFlags>(IEnumerable<string?> values)
        where TFlags : struct, Enum
    {
        var defined = Enum.GetValues<TFlags>().Aggregate(0, (mask, flag) => mask | Convert.ToInt32(flag, CultureInfo.InvariantCulture));
        var posted = values.Aggregate(0, (mask, v) => mask | (int.TryParse(v, CultureInfo.InvariantCulture, out var flag) ? flag : 0));
        return (TFlags)Enum.ToObject(typeof(TFlags), posted & defined);
    }

    [GeneratedRegex(@"^/sessions/(\d{1,9})/capture/?$", RegexOptions.IgnoreCase)]
    private static partial Regex CapturePath();
}
