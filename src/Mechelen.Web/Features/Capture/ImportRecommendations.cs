using System.Security.Cryptography;
using System.Text;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Uploads a filled template: every row is checked; if any row has a problem nothing is saved and each
/// problem is reported by row and column; otherwise all rows are saved in one transaction.
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

    public sealed class Handler(MechelenDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
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
            var sheet = SheetReader.Read(file);
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

            var areas = await db.GovernanceAreas.ToListAsync(cancellationToken);
            var labels = await db.TaxonomyLabels.AsNoTracking().ToListAsync(cancellationToken);
            var lookup = new RowValidator(
                sessions.GroupBy(s => Key(s.Title)).ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First().Id : -1),
                defaultSessionId is { } d && sessions.Any(s => s.Id == d) ? d : null,
                areas.SelectMany(a => new[] { (Key(a.Name), a), (Key(a.Code), a) }).DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.a),
                Labels(labels, "level"), Labels(labels, "actor"));

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
                    Status = RecommendationStatus.Submitted,
                    CapturedById = user.Id,
                    CapturedByName = user.Name,
                    IdempotencyKey = keys[i],
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                recommendation.Areas.AddRange(r.Areas);
                return recommendation;
            }).ToList();

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

    // Through the same XML filter as the template, so a name holding a character the template had to replace still matches.
    internal static string Key(string value) => SearchTerms.Fold(UserText.ForXml(value.Trim()));

    private static Dictionary<string, int> Labels(List<TaxonomyLabel> labels, string list) =>
        labels.Where(l => l.List == list)
            .SelectMany(l => new[] { (Key(l.Name), l.Value), (Key(l.Code), l.Value) })
            .DistinctBy(p => p.Item1)
            .ToDictionary(p => p.Item1, p => p.Value);
}
