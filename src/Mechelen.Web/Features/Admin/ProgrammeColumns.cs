using System.Globalization;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

/// <summary>
/// The columns of a programme sheet, in order: one definition for the template and the import. Headers and help are
/// resource keys; the template shows them in the reader's language and the import accepts them in each interface language.
/// </summary>
public static class ProgrammeColumns
{
    public sealed record Column(int Number, string Header, double Width, string Help);

    public static readonly Column Title = new(1, "Title", 45, "Required. The session's title, up to 400 characters.");
    public static readonly Column Kind = new(2, "Kind", 22, "Required. Pick from the list: opening, plenary, guided discussion, side event or thematic session.");
    public static readonly Column Day = new(3, "Day", 14, "Required. A date within the event's dates, e.g. 2017-11-16.");
    public static readonly Column Start = new(4, "Starts (local time)", 12, "Required. The time in the event's time zone, e.g. 09:30.");
    public static readonly Column End = new(5, "Ends (local time)", 12, "Required. After the start time, in the event's time zone.");
    public static readonly Column Moderator = new(6, "Moderator", 28, "Optional, up to 300 characters.");
    public static readonly Column Organiser = new(7, "Organiser", 28, "Optional, up to 300 characters.");
    public static readonly Column Room = new(8, "Room", 18, "Optional, up to 120 characters.");
    public static readonly Column Focus = new(9, "Focus", 50, "Optional. What the session discusses, up to 4,000 characters.");
    public static readonly Column Order = new(10, "Order", 10, "Optional. A whole number from 0 to 999 that orders sessions starting at the same time; empty means 0.");

    public static readonly IReadOnlyList<Column> All = [Title, Kind, Day, Start, End, Moderator, Organiser, Room, Focus, Order];

    /// <summary>The template's words in every interface language: headers by column, kinds by name or enum name.</summary>
    public sealed class Words
    {
        private readonly Dictionary<int, HashSet<string>> _headers = All.ToDictionary(c => c.Number, _ => new HashSet<string>());
        private readonly Dictionary<string, SessionKind> _kinds = [];

        public Words(IStringLocalizer localizer)
        {
            var saved = CultureInfo.CurrentUICulture;
            try
            {
                foreach (var culture in Cultures.Supported)
                {
                    CultureInfo.CurrentUICulture = culture;
                    foreach (var column in All)
                    {
                        _headers[column.Number].Add(TemplateWords.Key(localizer[column.Header]));
                    }

                    foreach (var kind in Enum.GetValues<SessionKind>())
                    {
                        _kinds.TryAdd(TemplateWords.Key(localizer[$"SessionKind.{kind}"]), kind);
                    }
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = saved;
            }

            foreach (var kind in Enum.GetValues<SessionKind>())
            {
                _kinds.TryAdd(TemplateWords.Key(kind.ToString()), kind);
            }
        }

        public bool IsHeader(Column column, string cell) => _headers[column.Number].Contains(TemplateWords.Key(cell));

        public SessionKind? Kind(string cell) => _kinds.TryGetValue(TemplateWords.Key(cell), out var kind) ? kind : null;
    }
}
