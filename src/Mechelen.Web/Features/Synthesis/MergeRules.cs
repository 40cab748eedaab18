using Mechelen.Web.Data;
using Mechelen.Web.Data.Configurations;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>What the synthesis use cases share: audit snapshots, loading a key recommendation and its area's siblings, checking a wording. The merge rules are the recommendation's own.</summary>
public static class MergeRules
{
    public sealed record SourceState(RecommendationStatus Status, RecommendationStatus? StatusBeforeMerge, int? KeyRecommendationId);

    public sealed record KeySnapshot(int Id, string Area, int Order, KeyRecommendationStatus Status, string Wording, IReadOnlyList<int> Sources);

    public static KeySnapshot Snap(KeyRecommendation k, string areaCode) =>
        new(k.Id, areaCode, k.Order, k.Status, k.Wording, k.Sources.Select(s => s.RecommendationId).Order().ToList());

    /// <summary>A consolidated wording and the area it belongs to, as checked by <see cref="CheckContentAsync"/>.</summary>
    public sealed record KeyContent(string Wording, GovernanceArea Area);

    /// <summary>The key recommendation with its area and its sources (each with its recommendation), tracked for a change.</summary>
    public static Task<KeyRecommendation?> LoadKeyAsync(MechelenDbContext db, int id, CancellationToken cancellationToken) =>
        db.KeyRecommendations.Include(k => k.GovernanceArea).Include(k => k.Sources).ThenInclude(s => s.Recommendation)
            .FirstOrDefaultAsync(k => k.Id == id, cancellationToken);

    /// <summary>The other key recommendations of an area of the event (all of them when <paramref name="exceptId"/> is null), tracked for renumbering.</summary>
    public static Task<List<KeyRecommendation>> SiblingsAsync(MechelenDbContext db, int eventId, int areaId, int? exceptId, CancellationToken cancellationToken)
    {
        var query = db.KeyRecommendations.Where(k => k.EventId == eventId && k.GovernanceAreaId == areaId);
        if (exceptId is { } except)
        {
            query = query.Where(k => k.Id != except);
        }

        return query.ToListAsync(cancellationToken);
    }

    /// <summary>The trimmed wording and the governance area named by the form, or why the form cannot be saved.</summary>
    public static async Task<(KeyContent? Content, Message? Error)> CheckContentAsync(MechelenDbContext db, string? wording, string? areaCode, CancellationToken cancellationToken)
    {
        wording = wording?.Trim();
        if (string.IsNullOrEmpty(wording) || wording.Length > RecommendationConfiguration.TextMaxLength)
        {
            return (null, new Message("Write the consolidated wording (at most {0:N0} characters).", RecommendationConfiguration.TextMaxLength));
        }

        var area = await db.GovernanceAreas.FirstOrDefaultAsync(a => a.Code == areaCode, cancellationToken);
        return area is null
            ? (null, new Message("Choose the governance area of the key recommendation."))
            : (new KeyContent(wording, area), null);
    }
}

/// <summary>How a synthesis write ended: not found, refused with reasons, a conflict with someone else's change, or done.</summary>
public sealed record SynthesisResult(bool Found, IReadOnlyList<Message> Errors, bool Conflict = false, int? Id = null)
{
    public bool Succeeded => Found && Errors.Count == 0 && !Conflict;

    public static SynthesisResult NotFound() => new(false, []);

    public static SynthesisResult Refused(params Message[] errors) => new(true, errors);

    public static SynthesisResult Refused(string error) => new(true, [new Message(error)]);

    public static SynthesisResult Stale() =>
        new(true, [new Message("Someone else changed this key recommendation since you opened it: nothing was saved. Check the current version below and try again.")], Conflict: true);
}
