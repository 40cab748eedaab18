using Mechelen.Web.Domain;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>What merging does to a source and what un-merging undoes: its text and session never change, only its status.</summary>
public static class MergeRules
{
    public sealed record SourceState(RecommendationStatus Status, RecommendationStatus? StatusBeforeMerge, int? KeyRecommendationId);

    public sealed record KeySnapshot(int Id, string Area, int Order, KeyRecommendationStatus Status, string Wording, IReadOnlyList<int> Sources);

    public static KeySnapshot Snap(KeyRecommendation k, string areaCode) =>
        new(k.Id, areaCode, k.Order, k.Status, k.Wording, k.Sources.Select(s => s.RecommendationId).Order().ToList());

    /// <summary>Null when the recommendation can join a key recommendation, else why not.</summary>
    public static string? CannotMerge(Recommendation r) => r.Status switch
    {
        RecommendationStatus.Merged => $"Recommendation {r.Id} is already merged into a key recommendation.",
        RecommendationStatus.Draft => $"Recommendation {r.Id} is still a draft: its rapporteur has not submitted it.",
        RecommendationStatus.Rejected => $"Recommendation {r.Id} was rejected: validate it first if it belongs in the synthesis.",
        _ => null,
    };

    public static void MarkMerged(Recommendation r, DateTime now)
    {
        r.StatusBeforeMerge = r.Status;
        r.Status = RecommendationStatus.Merged;
        r.UpdatedAt = now;
    }

    public static void Restore(Recommendation r, DateTime now)
    {
        r.Status = r.StatusBeforeMerge ?? RecommendationStatus.Submitted;
        r.StatusBeforeMerge = null;
        r.UpdatedAt = now;
    }

    /// <summary>
    /// Puts <paramref name="item"/> at <paramref name="position"/> (1-based, clamped) among the key
    /// recommendations of its area and renumbers them 1…n, so orders stay unique and gap-free.
    /// </summary>
    public static void Place(List<KeyRecommendation> area, KeyRecommendation item, int position)
    {
        area.Remove(item);
        var sorted = area.OrderBy(k => k.Order).ThenBy(k => k.Id).ToList();
        sorted.Insert(Math.Clamp(position, 1, sorted.Count + 1) - 1, item);
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Order != i + 1)
            {
                sorted[i].Order = i + 1;
            }
        }
    }
}

/// <summary>How a synthesis write ended: not found, refused with reasons, a conflict with someone else's change, or done.</summary>
public sealed record SynthesisResult(bool Found, IReadOnlyList<string> Errors, bool Conflict = false, int? Id = null)
{
    public bool Succeeded => Found && Errors.Count == 0 && !Conflict;

    public static SynthesisResult NotFound() => new(false, []);

    public static SynthesisResult Refused(params string[] errors) => new(true, errors);

    public static SynthesisResult Stale() => new(true, ["Someone else changed this key recommendation since you opened it: nothing was saved. Check the current version below and try again."], Conflict: true);
}
