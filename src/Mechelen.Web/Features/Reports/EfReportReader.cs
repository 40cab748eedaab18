using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Translations;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports;

/// <summary>Reads a report's rows with EF, through the same filter as the list, so what the list shows is what the report counts.</summary>
public sealed class EfReportReader(MechelenDbContext db, IRecommendationTextSearch search, TaxonomyReader taxonomies) : IReportReader
{
    internal static readonly RecommendationStatus[] Reported = [RecommendationStatus.Validated, RecommendationStatus.Merged];

    private static readonly RecommendationStatus[] Captured =
        [RecommendationStatus.Submitted, RecommendationStatus.Validated, RecommendationStatus.Rejected, RecommendationStatus.Merged];

    /// <summary>
    /// The event's code and how many recommendations the report lists, counted without reading them (whether the report
    /// is built in the background); null when there is no such event.
    /// </summary>
    public async Task<(string Code, int Count)?> SizeAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var found = await db.Events.AsNoTracking().CodeOrLatest(scope.Event).Select(e => new { e.Id, e.Code }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Code, await Scoped(ReportScopes.ToFilter(scope), found.Id, Reported).CountAsync(cancellationToken));
    }

    /// <summary>
    /// The report's rows; in <see cref="ReportDetail.Summary"/> without the logos and the contributions' text, rationale and
    /// translations (the bulk of a large report), everything else as for the whole report, so the figures are computed alike.
    /// </summary>
    public async Task<ReportData?> ReadAsync(ReportScope scope, ReportDetail detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var filter = ReportScopes.ToFilter(scope);
        var found = await db.Events.AsNoTracking().CodeOrLatest(scope.Event)
            .Select(e => new
            {
                Row = new EventRow(e.Id, e.Code, e.Name, e.City, e.Country, e.StartDate, e.EndDate, e.TimeZone,
                    e.Hosts, e.Partners, e.Purpose, e.ReportFinalizedAt, e.ReportFinalizedBy)
                {
                    Symbol = e.ReportSymbol,
                    DateOfIssue = e.ReportDateOfIssue,
                    Disclaimer = e.ReportDisclaimer,
                    Foreword = e.ReportForeword,
                },
                e.Translations,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // Names written in the report's language where the event, its sessions and the taxonomy have them.
        var language = ContentLanguages.FromCode(scope.Language);
        var ev = found.Row with { Name = new Wording(found.Row.Name, null, found.Translations).NameIn(scope.Language) };

        var whole = detail == ReportDetail.Whole;
        var logos = !whole ? [] : await db.EventLogos.AsNoTracking().Where(l => l.EventId == ev.Id).OrderBy(l => l.Order).ThenBy(l => l.Id)
            .Select(l => new LogoRow(l.Name, l.Data)).ToListAsync(cancellationToken);

        // The taxonomy comes from the one cached read model, in the report's language.
        var names = await taxonomies.NamesAsync(language: scope.Language, cancellationToken);
        var areas = names.Areas.Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Description ?? "", [.. a.Clusters])).ToList();
        var clusters = names.Clusters.Select(c => new ClusterRow(c.Number, c.ShortTitle)).ToList();
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id)
                .OrderBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Title)
                .Select(s => new { s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Moderator, s.Organiser, s.Room, s.Summary, s.Translations })
                .ToListAsync(cancellationToken))
            .Select(s => new SessionRow(s.Id, new Wording(s.Title, null, s.Translations).NameIn(scope.Language), s.Kind.ToString(), s.StartsAt, s.EndsAt, s.Moderator, s.Organiser, s.Room) { Summary = s.Summary })
            .ToList();
        List<LabelRow> labels = [.. names.Levels.Select(l => new LabelRow(TaxonomyLists.Level, l.Value, l.Name)),
            .. names.Actors.Select(l => new LabelRow(TaxonomyLists.Actor, l.Value, l.Name))];
        var captured = (await Scoped(filter, ev.Id, Captured)
                .Select(r => new { r.Id, r.Status, r.SessionId, By = r.CapturedById ?? r.CapturedByName, r.CreatedAt, r.Language })
                .ToListAsync(cancellationToken))
            .Select(r => new CapturedRow(r.Id, Status(r.Status), r.SessionId, r.By, r.CreatedAt, Language(r.Language)))
            .ToList();
        // Areas from each row's mask (kept with its areas, as the list's counts and the fingerprint read them), not a join.
        var reported = Scoped(filter, ev.Id, Reported).OrderBy(r => r.Id);
        var recommendations = (await (whole
                    ? reported.Select(r => new { r.Id, r.SessionId, r.Text, r.Rationale, r.Levels, r.Actors, r.Language, r.AreaMask })
                    : reported.Select(r => new { r.Id, r.SessionId, Text = "", Rationale = (string?)null, r.Levels, r.Actors, r.Language, r.AreaMask }))
                .ToListAsync(cancellationToken))
            .Select(r => new RecommendationRow(r.Id, r.SessionId, r.Text, r.Rationale, (int)r.Levels, (int)r.Actors, Language(r.Language),
                [.. GovernanceArea.Ids(r.AreaMask)]))
            .ToList();
        var keys = (await db.KeyRecommendations.AsNoTracking().Where(k => k.EventId == ev.Id)
                .OrderBy(k => k.Order).ThenBy(k => k.Id)
                .Select(k => new
                {
                    k.Id,
                    k.GovernanceAreaId,
                    k.Wording,
                    k.Status,
                    Sources = k.Sources.Where(s => Reported.Contains(s.Recommendation.Status)).OrderBy(s => s.RecommendationId)
                        .Select(s => new { s.RecommendationId, s.Recommendation.SessionId, s.Recommendation.Levels, s.Recommendation.Actors, s.Recommendation.Rationale })
                        .ToList(),
                })
                .ToListAsync(cancellationToken))
            .Select(k => new KeyRow(k.Id, k.GovernanceAreaId, k.Wording, k.Status == KeyRecommendationStatus.Draft,
                k.Sources.Select(s => new SourceRow(s.RecommendationId, s.SessionId, (int)s.Levels, (int)s.Actors, s.Rationale)).ToList()))
            .ToList();

        List<TranslationRow> translations = [];
        List<KeyWordingRow> wordings = [];
        if (language is { } into)
        {
            var shown = recommendations.Select(r => r.Id).Concat(keys.SelectMany(k => k.Sources).Select(s => s.Id)).ToHashSet();
            translations = !whole ? [] : (await db.Recommendations.AsNoTracking().Where(r => r.EventId == ev.Id && Reported.Contains(r.Status))
                    .SelectMany(r => r.Translations.Where(t => t.Language == into))
                    .Select(t => new TranslationRow(t.RecommendationId, t.Text, t.Rationale, t.TranslatedByName))
                    .ToListAsync(cancellationToken))
                .Where(t => shown.Contains(t.RecommendationId))
                .ToList();
            wordings = await db.KeyRecommendations.AsNoTracking().Where(k => k.EventId == ev.Id)
                .SelectMany(k => k.Translations.Where(t => t.Language == into))
                .Select(t => new KeyWordingRow(t.KeyRecommendationId, t.Wording))
                .ToListAsync(cancellationToken);
        }

        HashSet<int>? sourceScope = null;
        if (scope.HasContributionFacets)
        {
            // Key recommendations are chosen by their own area; the other facets keep those that drew on a matching contribution.
            var withoutAreas = filter.Copy(f => f.Status = [.. Reported]);
            withoutAreas.Area = [];
            withoutAreas.Cluster = [];
            sourceScope = (await withoutAreas.Apply(db.Recommendations.AsNoTracking(), ev.Id, search, RecommendationScope.Submitted)
                .Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        }

        return new ReportData
        {
            Event = ev with { Logos = logos },
            Areas = areas,
            Clusters = clusters,
            Sessions = sessions,
            Labels = labels,
            Captured = captured,
            Recommendations = recommendations,
            KeyRecommendations = keys,
            Translations = translations,
            KeyWordings = wordings,
            SourceScope = sourceScope,
        };
    }

    /// <summary>
    /// A fingerprint of everything <see cref="ReadAsync"/> reads for <paramref name="scope"/> (in its language) and of the code
    /// that lays it out: equal fingerprints, equal reports (but for the time it was generated). Read from a few aggregates,
    /// never the rows: the event's own fields; the taxonomy's stamp (or the recommendations' where a database has none: areas,
    /// clusters, labels, the event's sessions and their names); its logos; the recommendations in the report's filter in every status it counts (captured, reported), each by
    /// id, version (which every save moves on) and areas; when its contribution facets narrow the key recommendations, those
    /// of the filter without its areas; every key recommendation of the event by id and version, and each of its sources
    /// with that recommendation's version; the translations into the report's language by id and time of their last edit.
    /// A note saved outside the filter, or a draft, changes none of them. Null when there is no such event. Read it before
    /// the data: a change in between makes a file look out of date, never current.
    /// </summary>
    public async Task<string?> FingerprintAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var into = ContentLanguages.FromCode(scope.Language);
        var found = await db.Events.AsNoTracking().CodeOrLatest(scope.Event)
            .Select(e => new
            {
                Row = new EventRow(e.Id, e.Code, e.Name, e.City, e.Country, e.StartDate, e.EndDate, e.TimeZone,
                    e.Hosts, e.Partners, e.Purpose, e.ReportFinalizedAt, e.ReportFinalizedBy)
                {
                    Symbol = e.ReportSymbol,
                    DateOfIssue = e.ReportDateOfIssue,
                    Disclaimer = e.ReportDisclaimer,
                    Foreword = e.ReportForeword,
                },
                Names = e.Translations,
                Taxonomy = db.ChangeStamps.Where(s => s.Scope == ChangeStamp.Taxonomy).Select(s => (long?)s.Value).FirstOrDefault(),
                Stamp = db.ChangeStamps.Where(s => s.Scope == ChangeStamp.Recommendations).Select(s => (long?)s.Value).FirstOrDefault(),
                Logos = db.EventLogos.Where(l => l.EventId == e.Id).Count(),
                LogoSum = db.EventLogos.Where(l => l.EventId == e.Id).Sum(l => (long?)(((long)l.Id * Spread + l.Order) % Prime * Mix % Prime)),
                Keys = db.KeyRecommendations.Where(k => k.EventId == e.Id).Count(),
                KeySum = db.KeyRecommendations.Where(k => k.EventId == e.Id).Sum(k => (long?)(((long)k.Id * Spread + k.Version) % Prime * Mix % Prime)),
                Sources = db.KeyRecommendationSources.Where(s => s.KeyRecommendation.EventId == e.Id).Count(),
                SourceSum = db.KeyRecommendationSources.Where(s => s.KeyRecommendation.EventId == e.Id)
                    .Sum(s => (long?)(((((long)s.KeyRecommendationId * Spread + s.RecommendationId) % Prime * Spread + s.Recommendation.Version) % Prime) * Mix % Prime)),
                Translations = db.RecommendationTranslations.Where(t => t.Language == into && db.Recommendations.Any(r => r.Id == t.RecommendationId && r.EventId == e.Id)).Count(),
                TranslationSum = db.RecommendationTranslations.Where(t => t.Language == into && db.Recommendations.Any(r => r.Id == t.RecommendationId && r.EventId == e.Id))
                    .Sum(t => (long?)((long)t.Id * Mix % Prime)),
                TranslatedAt = db.RecommendationTranslations.Where(t => t.Language == into && db.Recommendations.Any(r => r.Id == t.RecommendationId && r.EventId == e.Id))
                    .Max(t => (DateTime?)t.UpdatedAt),
                Wordings = db.KeyRecommendationTranslations.Where(t => t.Language == into && db.KeyRecommendations.Any(k => k.Id == t.KeyRecommendationId && k.EventId == e.Id)).Count(),
                WordingSum = db.KeyRecommendationTranslations.Where(t => t.Language == into && db.KeyRecommendations.Any(k => k.Id == t.KeyRecommendationId && k.EventId == e.Id))
                    .Sum(t => (long?)((long)t.Id * Mix % Prime)),
                WordedAt = db.KeyRecommendationTranslations.Where(t => t.Language == into && db.KeyRecommendations.Any(k => k.Id == t.KeyRecommendationId && k.EventId == e.Id))
                    .Max(t => (DateTime?)t.UpdatedAt),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var filter = ReportScopes.ToFilter(scope);
        var captured = await AggregateAsync(Scoped(filter, found.Row.Id, Captured), cancellationToken);
        var sources = "";
        if (scope.HasContributionFacets)
        {
            // The same set the report keeps key recommendations by (see ReadAsync): the filter without its areas, reported only.
            var withoutAreas = filter.Copy(f => f.Status = [.. Reported]);
            withoutAreas.Area = [];
            withoutAreas.Cluster = [];
            sources = await AggregateAsync(withoutAreas.Apply(db.Recommendations.AsNoTracking(), found.Row.Id, search, RecommendationScope.Submitted), cancellationToken);
        }

        // One line per input, in a fixed order: the figures of each aggregate, then the two sets of the filter.
        long?[] figures = [found.Taxonomy ?? -1 - found.Stamp, found.Logos, found.LogoSum, found.Keys, found.KeySum, found.Sources, found.SourceSum,
            found.Translations, found.TranslationSum, found.TranslatedAt?.Ticks, found.Wordings, found.WordingSum, found.WordedAt?.Ticks];
        var text = string.Join('\n',
            CodeVersion,
            JsonSerializer.Serialize(found.Row),
            JsonSerializer.Serialize(found.Names),
            scope.Language,
            string.Join(',', figures.Select(f => f?.ToString(CultureInfo.InvariantCulture))),
            captured,
            sources);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // Each row's id and version (and areas) mixed into a number below a prime, summed: a row added, removed, saved again or
    // moved to other areas changes the sum (and the count with it when it comes or goes), whichever rows they are.
    private const long Prime = 2_147_483_647;
    private const long Spread = 1_000_003;
    private const long Mix = 1_103_515_245;

    // The assemblies that read and lay out the report: a new release's files are made again.
    private static readonly string CodeVersion = string.Join(' ',
        new[] { typeof(EfReportReader), typeof(OutcomeReport), typeof(Mechelen.Pdf.Document) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId));

    private static async Task<string> AggregateAsync(IQueryable<Recommendation> rows, CancellationToken cancellationToken)
    {
        var found = await rows.GroupBy(r => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Sum = g.Sum(r => ((((long)r.Id * Spread + r.Version) % Prime * Spread + r.AreaMask % Prime) % Prime) * Mix % Prime),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? "0 0" : FormattableString.Invariant($"{found.Count} {found.Sum}");
    }

    /// <summary>
    /// The list's facets, with the statuses the report decides on (a status in the query cannot put an unvalidated
    /// recommendation in a report), over what left the rapporteurs: the report is the same whoever downloads it.
    /// </summary>
    private IQueryable<Recommendation> Scoped(RecommendationFilter filter, int eventId, RecommendationStatus[] statuses) =>
        filter.Copy(f => f.Status = [.. statuses]).Apply(db.Recommendations.AsNoTracking(), eventId, search, RecommendationScope.Submitted);

    private static ContributionStatus Status(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Validated => ContributionStatus.Validated,
        RecommendationStatus.Rejected => ContributionStatus.Rejected,
        RecommendationStatus.Merged => ContributionStatus.Merged,
        _ => ContributionStatus.Submitted,
    };

    internal static ReportLanguage Language(RecommendationLanguage language) => language switch
    {
        RecommendationLanguage.English => ReportLanguage.English,
        RecommendationLanguage.French => ReportLanguage.French,
        RecommendationLanguage.Spanish => ReportLanguage.Spanish,
        _ => ReportLanguage.Other,
    };
}

/// <summary>The list's filter and the report's scope are the same facets: one converts into the other.</summary>
public static class ReportScopes
{
    public static ReportScope FromFilter(RecommendationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new ReportScope(filter.Event)
        {
            Areas = [.. filter.Area],
            Clusters = [.. filter.Cluster],
            Sessions = [.. filter.Session],
            Levels = [.. filter.Level.Select(l => (int)l)],
            Actors = [.. filter.Actor.Select(a => (int)a)],
            Languages = [.. filter.Language.Select(EfReportReader.Language)],
            Text = filter.Q,
        };
    }

    public static RecommendationFilter ToFilter(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new RecommendationFilter
        {
            Event = scope.Event,
            Area = [.. scope.Areas],
            Cluster = [.. scope.Clusters],
            Session = [.. scope.Sessions],
            Level = [.. scope.Levels.Select(l => (GovernanceLevels)l)],
            Actor = [.. scope.Actors.Select(a => (ActorGroups)a)],
            Language = [.. scope.Languages.Select(l => l switch
            {
                ReportLanguage.English => RecommendationLanguage.English,
                ReportLanguage.French => RecommendationLanguage.French,
                ReportLanguage.Spanish => RecommendationLanguage.Spanish,
                _ => RecommendationLanguage.Other,
            })],
            Q = scope.Text,
        };
    }
}
