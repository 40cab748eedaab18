using System.Globalization;
using System.Security.Claims;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// Which recommendations a reader may see at all, before any filter: the one rule behind the list and its
/// counts, the exports, the read API, the detail and merge pages and the officers' writes. A draft (a
/// withdrawn item) is its author's alone. Policy officers and the secretariat see every other
/// recommendation; a rapporteur sees their own, and what was validated or merged in the sessions assigned
/// to them without the colleague's name.
/// </summary>
public sealed class RecommendationScope
{
    private static readonly RecommendationStatus[] Reported = [RecommendationStatus.Validated, RecommendationStatus.Merged];

    private RecommendationScope(bool everySubmitted, string? authorId, IReadOnlyList<int> reportedSessions)
    {
        EverySubmitted = everySubmitted;
        AuthorId = authorId;
        ReportedSessions = reportedSessions;
        var sessions = string.Join(',', reportedSessions.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        CacheKey = $"{(everySubmitted ? "all" : "own")}|{authorId}|{sessions}";
    }

    /// <summary>Everything that left its rapporteur and no draft: what the outcome report draws on, and work outside a request.</summary>
    public static RecommendationScope Submitted { get; } = new(true, null, []);

    /// <summary>Nothing: a reader with no role that reads recommendations.</summary>
    public static RecommendationScope Nothing { get; } = new(false, null, []);

    /// <summary>A policy officer or the secretariat: every recommendation but drafts, and their own drafts when they capture too.</summary>
    public static RecommendationScope Reviewer(string? ownDraftsOf) => ownDraftsOf is null ? Submitted : new(true, ownDraftsOf, []);

    /// <summary>A rapporteur: their own recommendations, and the validated or merged ones of their sessions.</summary>
    public static RecommendationScope Rapporteur(string userId, IReadOnlyList<int> sessions) => new(false, userId, sessions);

    /// <summary>Every recommendation but drafts (reviewers).</summary>
    public bool EverySubmitted { get; }

    /// <summary>Whose own recommendations are visible whatever their status, drafts included.</summary>
    public string? AuthorId { get; }

    /// <summary>Sessions whose validated and merged recommendations are visible besides (a rapporteur's assignments).</summary>
    public IReadOnlyList<int> ReportedSessions { get; }

    /// <summary>Part of every cache key for figures or rows read through this scope: two readers share an entry only when they see the same rows.</summary>
    public string CacheKey { get; }

    public IQueryable<Recommendation> Visible(IQueryable<Recommendation> source)
    {
        var author = AuthorId;
        if (EverySubmitted)
        {
            return author is null
                ? source.Where(r => r.Status != RecommendationStatus.Draft)
                : source.Where(r => r.Status != RecommendationStatus.Draft || r.CapturedById == author);
        }

        if (author is null)
        {
            return source.Where(r => false);
        }

        var sessions = ReportedSessions;
        return source.Where(r => r.CapturedById == author || (sessions.Contains(r.SessionId) && Reported.Contains(r.Status)));
    }

    /// <summary>The rule of <see cref="Visible"/> for one row held in memory (the list's facet snapshot).</summary>
    public bool Sees(RecommendationStatus status, int sessionId, string? capturedById)
    {
        var own = AuthorId is not null && capturedById == AuthorId;
        return EverySubmitted
            ? status != RecommendationStatus.Draft || own
            : own || (ReportedSessions.Contains(sessionId) && Reported.Contains(status));
    }

    /// <summary>Key recommendations worth showing beside those rows: a rapporteur sees only final wording, not an officer's draft.</summary>
    public IQueryable<KeyRecommendation> VisibleKeys(IQueryable<KeyRecommendation> source) =>
        EverySubmitted ? source : source.Where(k => k.Status == KeyRecommendationStatus.Final);

    /// <summary>Whether the reader may know who captured a visible recommendation and why it was rejected.</summary>
    public bool Discloses(string? capturedById) => EverySubmitted || (AuthorId is not null && capturedById == AuthorId);

    /// <summary>The scope of the request's user, worked out once per request from the policies.</summary>
    public sealed class Resolver(IHttpContextAccessor accessor, IAuthorizationService authorization, MechelenDbContext db)
    {
        private RecommendationScope? _scope;

        public async Task<RecommendationScope> GetAsync(CancellationToken cancellationToken) =>
            _scope ??= await ResolveAsync(cancellationToken);

        private async Task<RecommendationScope> ResolveAsync(CancellationToken cancellationToken)
        {
            if (accessor.HttpContext?.User is not { } user)
            {
                return Submitted;
            }

            var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
            if (id is null)
            {
                return Nothing;
            }

            var captures = (await authorization.AuthorizeAsync(user, Policies.Capture)).Succeeded;
            if ((await authorization.AuthorizeAsync(user, Policies.Report)).Succeeded)
            {
                return Reviewer(captures ? id : null);
            }

            if (!captures)
            {
                return Nothing;
            }

            var sessions = await db.RapporteurAssignments.AsNoTracking().Where(a => a.UserId == id)
                .OrderBy(a => a.SessionId).Select(a => a.SessionId).ToListAsync(cancellationToken);
            return Rapporteur(id, sessions);
        }
    }
}
