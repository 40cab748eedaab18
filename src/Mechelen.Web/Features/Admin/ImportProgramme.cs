using System.Globalization;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

/// <summary>
/// Adds an event's sessions from a filled programme template: every row is checked; if any has a problem nothing is
/// saved and each problem is named by row and column; otherwise all sessions are added in one transaction.
/// </summary>
public static class ImportProgramme
{
    /// <summary>A programme of two days holds a few dozen sessions; 500 leaves room for a long series of consultations.</summary>
    public const int MaxRows = 500;

    public sealed record Problem(int Row, string Column, Message Message);

    public sealed record Result(int Saved, Message? FileError, IReadOnlyList<Problem> Problems)
    {
        public bool Succeeded => FileError is null && Problems.Count == 0;

        public static Result Refused(Message message) => new(0, message, []);
    }

    public sealed class Handler(MechelenDbContext db, AuditLog audit, IStringLocalizer<SharedResource> localizer)
    {
        public async Task<Result> HandleAsync(int eventId, Stream file, CancellationToken cancellationToken)
        {
            var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
            if (ev is null)
            {
                return Result.Refused(new Message("This event no longer exists."));
            }

            if (WorkbookGuard.Check(file) is { } refused)
            {
                return Result.Refused(new Message(refused));
            }

            List<Session> sessions;
            var problems = new List<Problem>();
            try
            {
                using var workbook = new XLWorkbook(file);
                var sheet = workbook.Worksheets.First();
                var words = new ProgrammeColumns.Words(localizer);
                foreach (var column in ProgrammeColumns.All)
                {
                    var found = Text(sheet.Cell(1, column.Number));
                    if (!words.IsHeader(column, found))
                    {
                        return Result.Refused(new Message("The sheet \"{0}\" does not have the template's header row: cell {1} should say \"{2}\" but says \"{3}\". Download the template and copy your rows into it.",
                            sheet.Name, sheet.Cell(1, column.Number).Address.ToString() ?? "", localizer[column.Header].Value, found));
                    }
                }

                var rows = sheet.RowsUsed(XLCellsUsedOptions.Contents).Where(r => r.RowNumber() > 1)
                    .Where(r => ProgrammeColumns.All.Any(c => Text(r.Cell(c.Number)).Trim().Length > 0)).ToList();
                if (rows.Count == 0)
                {
                    return Result.Refused(new Message("The sheet has no sessions: fill one row per session under the header."));
                }

                if (rows.Count > MaxRows)
                {
                    return Result.Refused(new Message("The sheet has {0:N0} filled rows; at most {1:N0} sessions can be imported at once. Split them over several files.", rows.Count, MaxRows));
                }

                var existing = (await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).Select(s => new { s.Title, s.StartsAt }).ToListAsync(cancellationToken))
                    .Select(s => (TemplateWords.Key(s.Title), s.StartsAt)).ToHashSet();
                var checker = new RowChecker(ev, words, existing, c => localizer[c.Header].Value, problems);
                sessions = rows.Select(checker.Check).OfType<Session>().ToList();
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or OpenXmlPackageException
                                           or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
            {
                return Result.Refused(new Message(WorkbookGuard.Corrupt));
            }

            if (problems.Count > 0)
            {
                return new Result(0, null, problems);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var s in sessions)
            {
                audit.Record(AdminEditActions.SessionCreate, nameof(Session), s.Id, null,
                    new { s.Title, s.Kind, s.Order, s.Focus, s.Moderator, s.Organiser, s.Room, s.StartsAt, s.EndsAt, Event = ev.Code, Imported = true });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(sessions.Count, null, []);
        }
    }

    // A formula's text is kept as typed: evaluating what strangers upload is not our business.
    internal static string Text(IXLCell cell) => cell.HasFormula ? "=" + cell.FormulaA1 : cell.GetString();

    /// <summary>One row against the session form's rules; each problem names its column.</summary>
    private sealed class RowChecker(Event ev, ProgrammeColumns.Words words, HashSet<(string, DateTime)> existing, Func<ProgrammeColumns.Column, string> header, List<Problem> problems)
    {
        private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H.mm", "H'h'mm", "H'h'", "HH'h'mm"];

        public Session? Check(IXLRow row)
        {
            var before = problems.Count;
            var number = row.RowNumber();
            void Problem(ProgrammeColumns.Column column, string key, params object[] args) => problems.Add(new(number, header(column), new Message(key, args)));

            string Cell(ProgrammeColumns.Column column, int max, bool required)
            {
                var text = UserText.Clean(Text(row.Cell(column.Number)), out var hadNul).Trim();
                if (hadNul)
                {
                    Problem(column, "The cell contains an invisible NUL character (U+0000), which cannot be saved: type the cell again, or paste its text without formatting.");
                }
                else if (required && text.Length == 0)
                {
                    Problem(column, "This cell is required.");
                }
                else if (text.Length > max)
                {
                    Problem(column, "The cell has {0:N0} characters; at most {1:N0} are allowed.", text.Length, max);
                }

                return text;
            }

            var title = Cell(ProgrammeColumns.Title, 400, required: true);
            var kindText = Cell(ProgrammeColumns.Kind, 100, required: true);
            var kind = words.Kind(kindText);
            if (kindText.Length > 0 && kind is null)
            {
                Problem(ProgrammeColumns.Kind, "\"{0}\" is not a kind of session. Pick one from the list.", kindText);
            }

            var day = Day(row.Cell(ProgrammeColumns.Day.Number));
            if (day is null)
            {
                Problem(ProgrammeColumns.Day, "Enter the day as a date, e.g. 2017-11-16.");
            }
            else if (day < ev.StartDate || day > ev.EndDate)
            {
                Problem(ProgrammeColumns.Day, "The day {0:yyyy-MM-dd} is outside the event's dates ({1:yyyy-MM-dd} to {2:yyyy-MM-dd}).", day.Value, ev.StartDate, ev.EndDate);
            }

            var start = Time(row.Cell(ProgrammeColumns.Start.Number));
            var end = Time(row.Cell(ProgrammeColumns.End.Number));
            if (start is null)
            {
                Problem(ProgrammeColumns.Start, "Enter the time as hours and minutes, e.g. 09:30.");
            }

            if (end is null)
            {
                Problem(ProgrammeColumns.End, "Enter the time as hours and minutes, e.g. 09:30.");
            }
            else if (start is not null && end <= start)
            {
                Problem(ProgrammeColumns.End, "The end time must be after the start time.");
            }

            var moderator = Cell(ProgrammeColumns.Moderator, 300, required: false);
            var organiser = Cell(ProgrammeColumns.Organiser, 300, required: false);
            var room = Cell(ProgrammeColumns.Room, 120, required: false);
            var focus = Cell(ProgrammeColumns.Focus, 4000, required: false);
            var orderText = Cell(ProgrammeColumns.Order, 20, required: false);
            var order = 0;
            if (orderText.Length > 0 && (!int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order) || order is < 0 or > EditSession.MaxOrder))
            {
                Problem(ProgrammeColumns.Order, "The order is a whole number from 0 to 999.");
            }

            if (problems.Count > before)
            {
                return null;
            }

            var startsAt = day!.Value.ToDateTime(start!.Value);
            if (!existing.Add((TemplateWords.Key(title), startsAt)))
            {
                Problem(ProgrammeColumns.Title, "A session with this title already starts at this time (in the programme or higher in the sheet).");
                return null;
            }

            return new Session
            {
                EventId = ev.Id,
                // Seeds never use this prefix, so a seed file can never take over a session made on screen.
                Code = $"admin-{Guid.NewGuid():N}"[..20],
                Title = title,
                Kind = kind!.Value,
                StartsAt = startsAt,
                EndsAt = day.Value.ToDateTime(end!.Value),
                Moderator = moderator.Length == 0 ? null : moderator,
                Organiser = organiser.Length == 0 ? null : organiser,
                Room = room.Length == 0 ? null : room,
                Focus = focus.Length == 0 ? null : focus,
                Order = order,
            };
        }

        private static DateOnly? Day(IXLCell cell)
        {
            if (cell.HasFormula)
            {
                return null;
            }

            return cell.DataType switch
            {
                XLDataType.DateTime => DateOnly.FromDateTime(cell.GetDateTime()),
                XLDataType.Number when cell.GetDouble() is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(cell.GetDouble()))),
                _ => DateOnly.TryParseExact(cell.GetString().Trim(), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            };
        }

        private static TimeOnly? Time(IXLCell cell)
        {
            if (cell.HasFormula)
            {
                return null;
            }

            static TimeOnly? FromFraction(double days) =>
                days is >= 0 and < 1 ? new TimeOnly((long)Math.Round(days * 24 * 60) % (24 * 60) * TimeSpan.TicksPerMinute) : null;

            return cell.DataType switch
            {
                XLDataType.TimeSpan when cell.GetTimeSpan() is { } t && t >= TimeSpan.Zero && t < TimeSpan.FromDays(1) => TimeOnly.FromTimeSpan(t),
                XLDataType.DateTime => FromFraction(cell.GetDateTime().TimeOfDay.TotalDays),
                XLDataType.Number => FromFraction(cell.GetDouble()),
                _ => TimeOnly.TryParseExact(cell.GetString().Trim().ToLowerInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
            };
        }
    }
}
