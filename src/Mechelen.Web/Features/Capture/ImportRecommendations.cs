using System.Security.Cryptography;
using System.Text;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Uploads a filled template: every row is checked; if any row has a problem nothing is saved and each
/// problem is reported by row and column; otherwise all rows are saved in one transaction. A template in any
/// interface language is read, whatever the uploader's language: headers and list values are matched in all of them.
/// </summary>
public static class ImportRecommendations
{
    public const int MaxRows = 5000;

    public sealed record Problem(int Row, string Column, Message Message);

    public sealed record Result(int Saved, Message? FileError, IReadOnlyList<Problem> Problems)
    {
        public bool Succeeded => FileError is null && Problems.Count == 0;

        public static Result Refused(Message message) => new(0, message, []);
    }

    public sealed class Handler(
        MechelenDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock, TaxonomyReader taxonomies, IStringLocalizer<SharedResource> localizer)
    {
        /// <summary>Checks and saves a filled template; <paramref name="sessions"/> are the rapporteur's sessions in the event.</summary>
        public async Task<Result> HandleAsync(
            int eventId, IReadOnlyList<AssignedSession> sessions, int? defaultSessionId, Stream file, CancellationToken cancellationToken)
        {
            if (WorkbookGuard.Check(file) is { } refused)
            {
                return Result.Refused(new Message(refused));
            }

            var fileHash = await SHA256.HashDataAsync(file, cancellationToken);
            file.Position = 0;
            var words = TemplateWords.From(localizer);
            var sheet = SheetReader.Read(file, words, localizer);
            if (sheet.Error is not null)
            {
                return Result.Refused(sheet.Error);
            }

            if (sheet.Rows.Count == 0)
            {
                return Result.Refused(new Message("The sheet has no recommendations: fill one row per recommendation under the header."));
            }

            if (sheet.Rows.Count > MaxRows)
            {
                return Result.Refused(new Message("The sheet has {0:N0} filled rows; at most {1:N0} can be uploaded at once. Split them over several files.", sheet.Rows.Count, MaxRows));
            }

            var lookup = new RowValidator(await LookupsAsync(sessions, defaultSessionId, words, sheet.Language, cancellationToken));

            var problems = new List<Problem>();
            var valid = new List<RowValidator.Valid>();
            foreach (var row in sheet.Rows)
            {
                var checkedRow = lookup.Check(row, problems);
                if (checkedRow is not null)
                {
                    valid.Add(checkedRow);
                }
            }

            if (problems.Count > 0)
            {
                return new Result(0, null, problems);
            }

            return await SaveAsync(eventId, valid, fileHash, cancellationToken);
        }

        // Every name in every language, then the code; a name the reader's language gives wins over the same words elsewhere.
        private async Task<RowValidator.Lookups> LookupsAsync(
            IReadOnlyList<AssignedSession> sessions, int? defaultSessionId, TemplateWords words, RecommendationLanguage sheetLanguage, CancellationToken cancellationToken)
        {
            var catalog = await taxonomies.CatalogAsync(cancellationToken);
            var language = Cultures.Current;
            IEnumerable<string> Keys(string code, Wording wording) =>
                wording.AllNames().Prepend(wording.NameIn(language)).Append(code).Select(TemplateWords.Key);

            var mine = sessions.Select(s => s.Id).ToHashSet();
            var sessionKeys = catalog.Events.SelectMany(e => e.Sessions).Where(s => mine.Contains(s.Id))
                .SelectMany(s => Keys(s.Code, s.Wording).Distinct().Select(key => (Key: key, s.Id)))
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First().Id : -1);

            // Tracked: the saved recommendations link these very entities.
            var areas = await db.GovernanceAreas.ToDictionaryAsync(a => a.Id, cancellationToken);
            var areaKeys = new Dictionary<string, GovernanceArea>();
            foreach (var area in catalog.Areas.Where(a => areas.ContainsKey(a.Id)))
            {
                foreach (var key in Keys(area.Code, area.Wording))
                {
                    areaKeys.TryAdd(key, areas[area.Id]);
                }
            }

            static Dictionary<string, int> LabelKeys(IEnumerable<TaxonomyCatalog.Label> labels, Func<string, Wording, IEnumerable<string>> keys)
            {
                var found = new Dictionary<string, int>();
                foreach (var label in labels)
                {
                    foreach (var key in keys(label.Code, label.Wording))
                    {
                        found.TryAdd(key, label.Value);
                    }
                }

                return found;
            }

            var headers = RecommendationColumns.All.ToDictionary(c => c.Number, c => localizer[c.Header].Value);
            var languageList = string.Join(", ", Enum.GetValues<RecommendationLanguage>().Select(l => localizer[$"Language.{l}"].Value));
            return new RowValidator.Lookups(
                sessionKeys, defaultSessionId is { } d && mine.Contains(d) ? d : null, areaKeys,
                LabelKeys(catalog.Levels, Keys), LabelKeys(catalog.Actors, Keys), words, sheetLanguage, headers, languageList);
        }

        private async Task<Result> SaveAsync(int eventId, List<RowValidator.Valid> rows, byte[] fileHash, CancellationToken cancellationToken)
        {
            // Keys derived from the file, the user and the row: uploading the same file twice saves it once.
            var keys = rows.Select(r => RowKey(fileHash, r.Row)).ToList();
            var first = keys[0];
            if (await db.Recommendations.AnyAsync(r => r.IdempotencyKey == first, cancellationToken))
            {
                return Result.Refused(new Message("You uploaded this file already; its recommendations are saved. Nothing was added again."));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var created = rows.Select((r, i) =>
            {
                var recommendation = new Recommendation
                {
                    EventId = eventId,
                    SessionId = r.SessionId,
                    Text = r.Text,
                    Rationale = r.Rationale,
                    Levels = r.Levels,
                    Actors = r.Actors,
                    Language = r.Language,
                    CapturedById = user.Id,
                    CapturedByName = user.Name,
                    IdempotencyKey = keys[i],
                };
                recommendation.Areas.AddRange(r.Areas);
                return recommendation;
            }).ToList();
            // The rows were checked one by one already; the lifecycle has the last word, and one refusal keeps the whole file out.
            if (created.Select(r => r.Capture(now)).OfType<Message>().FirstOrDefault() is { } refusal)
            {
                return Result.Refused(refusal);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Recommendations.AddRange(created);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var recommendation in created)
            {
                audit.Record("import", RecommendationSnapshot.EntityType, recommendation.Id, null, RecommendationSnapshot.Of(recommendation));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(created.Count, null, []);
        }

        private Guid RowKey(byte[] fileHash, int row)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{Convert.ToHexString(fileHash)}|{user.Id}|{row}"));
            return new Guid(bytes.AsSpan(0, 16));
        }
    }
}
