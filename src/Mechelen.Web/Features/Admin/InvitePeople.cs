using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ClosedXML.Excel;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Features.Invitations;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

/// <summary>
/// Accounts for many people at once, from lines pasted from a sheet or an uploaded workbook (name, e-mail, roles,
/// sessions): every line or none, problems named by line and column, then one set-password link each.
/// </summary>
public static class InvitePeople
{
    public const int MaxPeople = 500;

    public sealed record Line(int Number, string Name, string Email, string Roles, string Sessions);

    public sealed record Problem(int Line, string Column, Message Message);

    public sealed record EventChoice(int Id, string Name, IReadOnlyList<(string Code, string Title)> Sessions);

    public sealed record Model(IReadOnlyList<EventChoice> Events, int? EventId, string? List, IReadOnlyList<Problem> Problems);

    public sealed record Invited(IReadOnlyList<IssueInvitation.Link> Links, IReadOnlySet<string> Mailed, bool MailEnabled);

    /// <summary>The lines of pasted text: columns split by tabs (as a sheet pastes them) or, without tabs, by semicolons.</summary>
    public static List<Line> ParseText(string? text) =>
        (text ?? "").Split('\n').Select((raw, i) => (Raw: raw.TrimEnd('\r'), Number: i + 1))
            .Where(l => l.Raw.Trim().Length > 0)
            .Select(l =>
            {
                var cells = l.Raw.Split(l.Raw.Contains('\t', StringComparison.Ordinal) ? '\t' : ';');
                string Cell(int c) => c < cells.Length ? cells[c].Trim() : "";
                return new Line(l.Number, Cell(0), Cell(1), Cell(2), Cell(3));
            }).ToList();

    /// <summary>The rows of the first sheet of a workbook, the first row being the headers.</summary>
    public static List<Line> ParseWorkbook(Stream file)
    {
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var lines = new List<Line>();
        for (var r = 2; r <= last; r++)
        {
            var row = sheet.Row(r);
            string Cell(int c) => row.Cell(c).GetFormattedString().Trim();
            if (Enumerable.Range(1, 4).Any(c => Cell(c).Length > 0))
            {
                lines.Add(new Line(r, Cell(1), Cell(2), Cell(3), Cell(4)));
            }
        }

        return lines;
    }

    public sealed class Handler(MechelenDbContext db, UserManager<ApplicationUser> users, IssueInvitation issue, IInvitationMailer mailer,
        AuditLog audit, IStringLocalizer<SharedResource> localizer)
    {
        public async Task<Model> ModelAsync(int? eventId, string? list, IReadOnlyList<Problem> problems, CancellationToken cancellationToken)
        {
            var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
                .Select(e => new { e.Id, e.Name, Sessions = e.Sessions.OrderBy(s => s.StartsAt).Select(s => new { s.Code, s.Title }).ToList() })
                .ToListAsync(cancellationToken);
            return new Model(events.Select(e => new EventChoice(e.Id, e.Name, e.Sessions.Select(s => (s.Code, s.Title)).ToList())).ToList(),
                eventId ?? events.FirstOrDefault()?.Id, list, problems);
        }

        /// <summary>Either every person invited, or the problems and nothing written.</summary>
        public async Task<(Invited? Done, IReadOnlyList<Problem> Problems)> HandleAsync(
            int? eventId, IReadOnlyList<Line> lines, string baseUrl, CancellationToken cancellationToken)
        {
            if (lines.Count == 0)
            {
                return (null, [new Problem(0, "", new Message("Paste or upload at least one person."))]);
            }

            if (lines.Count > MaxPeople)
            {
                return (null, [new Problem(0, "", new Message("Up to {0} people at a time: split the list.", MaxPeople))]);
            }

            eventId ??= await db.Events.OrderByDescending(e => e.StartDate).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).Select(s => new { s.Id, s.Code, s.Title }).ToListAsync(cancellationToken);
            var roleWords = RoleWords();
            var emails = lines.Select(l => users.NormalizeEmail(l.Email) ?? "").ToList();
            var taken = (await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail!).ToListAsync(cancellationToken)).ToHashSet();
            var problems = new List<Problem>();
            var people = new List<(Line Line, List<string> Roles, List<int> Sessions)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var emailCheck = new EmailAddressAttribute();
            foreach (var line in lines)
            {
                void Refuse(string column, Message message) => problems.Add(new Problem(line.Number, column, message));
                if (line.Name.Length == 0)
                {
                    Refuse("Name", new Message("Enter the name shown in the app."));
                }
                else if (line.Name.Length > 200)
                {
                    Refuse("Name", new Message("The name can have up to 200 characters."));
                }

                var normalized = users.NormalizeEmail(line.Email) ?? "";
                if (line.Email.Length == 0 || line.Email.Length > 256 || !emailCheck.IsValid(line.Email))
                {
                    Refuse("E-mail", new Message("Enter a valid e-mail address."));
                }
                else if (taken.Contains(normalized))
                {
                    Refuse("E-mail", new Message("An account with this e-mail address exists already."));
                }
                else if (!seen.Add(normalized))
                {
                    Refuse("E-mail", new Message("This e-mail address is on an earlier line too."));
                }

                var roles = new List<string>();
                foreach (var word in Split(line.Roles.Length == 0 ? Roles.Rapporteur : line.Roles))
                {
                    if (roleWords.TryGetValue(Fold(word), out var role))
                    {
                        roles.Add(role);
                    }
                    else
                    {
                        Refuse("Role", new Message("\"{0}\" is not a role: use Rapporteur, PolicyOfficer, Secretariat or Admin.", word));
                    }
                }

                var ids = new List<int>();
                foreach (var word in Split(line.Sessions))
                {
                    var match = sessions.FirstOrDefault(s => string.Equals(s.Code, word, StringComparison.OrdinalIgnoreCase))
                        ?? sessions.FirstOrDefault(s => Fold(s.Title) == Fold(word));
                    if (match is null)
                    {
                        Refuse("Sessions", new Message("\"{0}\" is not a session of this event: use the codes listed on the page.", word));
                    }
                    else
                    {
                        ids.Add(match.Id);
                    }
                }

                people.Add((line, roles.Distinct().ToList(), ids.Distinct().ToList()));
            }

            if (problems.Count > 0)
            {
                return (null, problems);
            }

            var links = new List<IssueInvitation.Link>();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var (line, roles, ids) in people)
                {
                    var user = new ApplicationUser { UserName = line.Email, Email = line.Email, DisplayName = line.Name, LockoutEnabled = true };
                    var result = await users.CreateAsync(user);
                    if (result.Succeeded)
                    {
                        result = await users.AddToRolesAsync(user, roles);
                    }

                    if (!result.Succeeded)
                    {
                        await transaction.RollbackAsync(cancellationToken);
                        return (null, result.Errors.Select(e => new Problem(line.Number, "E-mail", Message.Plain(e.Description))).ToList());
                    }

                    db.RapporteurAssignments.AddRange(ids.Select(id => new RapporteurAssignment { UserId = user.Id, SessionId = id }));
                    audit.Record("user-create", "User", user.Id, null, new { user.Email, user.DisplayName, Roles = roles, Sessions = ids });
                    links.Add(await issue.IssueAsync(user, baseUrl, cancellationToken));
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return (new Invited(links, await MailAsync(links, cancellationToken), mailer.Enabled), []);
        }

        /// <summary>A new link for one account (the earlier one stops working), mailed when SMTP is configured.</summary>
        public async Task<Invited> ReissueAsync(ApplicationUser user, string baseUrl, CancellationToken cancellationToken)
        {
            var link = await issue.IssueAsync(user, baseUrl, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Invited([link], await MailAsync([link], cancellationToken), mailer.Enabled);
        }

        private async Task<IReadOnlySet<string>> MailAsync(IReadOnlyList<IssueInvitation.Link> links, CancellationToken cancellationToken)
        {
            var mailed = new HashSet<string>(StringComparer.Ordinal);
            if (!mailer.Enabled)
            {
                return mailed;
            }

            foreach (var link in links)
            {
                if (await mailer.SendAsync(link, cancellationToken))
                {
                    mailed.Add(link.UserId);
                }
            }

            return mailed;
        }

        /// <summary>Role codes and their names in every interface language, folded.</summary>
        private Dictionary<string, string> RoleWords()
        {
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var ui = CultureInfo.CurrentUICulture;
            try
            {
                foreach (var culture in Cultures.Supported)
                {
                    CultureInfo.CurrentUICulture = culture;
                    foreach (var role in Roles.All)
                    {
                        words.TryAdd(Fold(role), role);
                        words.TryAdd(Fold(localizer[$"Role.{role}"]), role);
                    }
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = ui;
            }

            return words;
        }

        private static string[] Split(string cell) =>
            cell.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string Fold(string text) => TemplateWords.Key(text);
    }
}
