using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Features.Capture;

/// <summary>Checks one uploaded row against the same rules as the capture form, naming the column of each problem.</summary>
internal sealed class RowValidator(
    Dictionary<string, int> sessions, int? defaultSession, Dictionary<string, GovernanceArea> areas,
    Dictionary<string, int> levels, Dictionary<string, int> actors)
{
    public sealed record Valid(int Row, int SessionId, string Text, string? Rationale, List<GovernanceArea> Areas,
        GovernanceLevels Levels, ActorGroups Actors, RecommendationLanguage Language);

    public Valid? Check(SheetReader.RawRow row, List<ImportRecommendations.Problem> problems)
    {
        var before = problems.Count;
        void Problem(RecommendationColumns.Column column, string message, params object[] args) =>
            problems.Add(new(row.Row, $"{Letter(column)} ({column.Header})", new Message(message, args)));

        foreach (var number in row.NulColumns)
        {
            Problem(RecommendationColumns.All[number - 1],
                "The cell contains an invisible NUL character (U+0000), which cannot be saved: type the cell again, or paste its text without formatting.");
        }

        int? sessionId = null;
        if (row.Session.Length == 0)
        {
            sessionId = defaultSession;
            if (sessionId is null)
            {
                Problem(RecommendationColumns.Session, "Choose the session from the list.");
            }
        }
        else if (!sessions.TryGetValue(ImportRecommendations.Key(row.Session), out var id))
        {
            Problem(RecommendationColumns.Session, "\"{0}\" is not one of the sessions you report on.", row.Session);
        }
        else if (id < 0)
        {
            Problem(RecommendationColumns.Session, "Several of your sessions are called \"{0}\": ask an administrator to rename one.", row.Session);
        }
        else
        {
            sessionId = id;
        }

        if (row.Text.Length < RecommendationForm.TextMin || row.Text.Length > RecommendationForm.TextMax)
        {
            if (row.Text.Length == 0)
            {
                Problem(RecommendationColumns.Text, "The recommendation is empty.");
            }
            else
            {
                Problem(RecommendationColumns.Text, "The recommendation needs between 10 and 4,000 characters; it has {0:N0}.", row.Text.Length);
            }
        }

        if (row.Rationale.Length > RecommendationForm.TextMax)
        {
            Problem(RecommendationColumns.Rationale, "The rationale or context can have up to 4,000 characters; it has {0:N0}.", row.Rationale.Length);
        }

        var chosenAreas = new List<GovernanceArea>();
        foreach (var name in RecommendationColumns.Split(row.Areas))
        {
            if (areas.TryGetValue(ImportRecommendations.Key(name), out var area))
            {
                chosenAreas.Add(area);
            }
            else
            {
                Problem(RecommendationColumns.Areas, "\"{0}\" is not a governance area of the list.", name);
            }
        }

        if (row.Areas.Length == 0)
        {
            Problem(RecommendationColumns.Areas, "Choose at least one governance area.");
        }

        var levelMask = (GovernanceLevels)Mask(row, row.Levels, levels, RecommendationColumns.Levels, problems);
        var actorMask = (ActorGroups)Mask(row, row.Actors, actors, RecommendationColumns.Actors, problems);
        var language = RecommendationLanguage.English;
        if (row.Language.Length > 0 && (!Enum.TryParse(row.Language, ignoreCase: true, out language) || !Enum.IsDefined(language)))
        {
            Problem(RecommendationColumns.Language, "\"{0}\" is not a language of the list (English, French, Spanish, Other).", row.Language);
        }

        return problems.Count > before || sessionId is null
            ? null
            : new Valid(row.Row, sessionId.Value, row.Text, row.Rationale.Length == 0 ? null : row.Rationale,
                chosenAreas.DistinctBy(a => a.Id).ToList(), levelMask, actorMask, language);
    }

    private static int Mask(SheetReader.RawRow row, string cell, Dictionary<string, int> known, RecommendationColumns.Column column, List<ImportRecommendations.Problem> problems)
    {
        var mask = 0;
        foreach (var name in RecommendationColumns.Split(cell))
        {
            if (known.TryGetValue(ImportRecommendations.Key(name), out var value))
            {
                mask |= value;
            }
            else
            {
                problems.Add(new(row.Row, $"{Letter(column)} ({column.Header})", new Message("\"{0}\" is not in the list for {1}.", name, column.Header)));
            }
        }

        return mask;
    }

    private static char Letter(RecommendationColumns.Column column) => (char)('A' + column.Number - 1);
}
