using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Checks one uploaded row against the same rules as the capture form, naming the column of each problem. Sessions, areas,
/// levels, actors and languages are recognised by their name in any interface language or by their code
/// (<see cref="RowValidator.Lookups"/>, keyed by <see cref="TemplateWords.Key"/>).
/// </summary>
internal sealed class RowValidator(RowValidator.Lookups lookups)
{
    /// <param name="Sessions">Session ids by name; -1 for a name several of the rapporteur's sessions share.</param>
    /// <param name="DefaultSession">Where a row without a session goes, if anywhere.</param>
    /// <param name="Areas">The governance areas by name and code.</param>
    /// <param name="Levels">Level bits by name and code.</param>
    /// <param name="Actors">Actor bits by name and code.</param>
    /// <param name="Words">The template's words, for the Language column.</param>
    /// <param name="DefaultLanguage">What an empty Language cell means: the language of the sheet's headers.</param>
    /// <param name="Headers">Each column's header in the reader's language, for naming it in a problem.</param>
    /// <param name="LanguageList">The languages of the list, in the reader's language, for the message about a wrong one.</param>
    public sealed record Lookups(
        Dictionary<string, int> Sessions, int? DefaultSession, Dictionary<string, GovernanceArea> Areas,
        Dictionary<string, int> Levels, Dictionary<string, int> Actors, TemplateWords Words, RecommendationLanguage DefaultLanguage,
        IReadOnlyDictionary<int, string> Headers, string LanguageList);

    public sealed record Valid(int Row, int SessionId, string Text, string? Rationale, List<GovernanceArea> Areas,
        GovernanceLevels Levels, ActorGroups Actors, RecommendationLanguage Language);

    public Valid? Check(SheetReader.RawRow row, List<ImportRecommendations.Problem> problems)
    {
        var before = problems.Count;
        void Problem(RecommendationColumns.Column column, string message, params object[] args) =>
            problems.Add(new(row.Row, ColumnName(column), new Message(message, args)));

        foreach (var number in row.NulColumns)
        {
            Problem(RecommendationColumns.All[number - 1],
                "The cell contains an invisible NUL character (U+0000), which cannot be saved: type the cell again, or paste its text without formatting.");
        }

        int? sessionId = null;
        if (row.Session.Length == 0)
        {
            sessionId = lookups.DefaultSession;
            if (sessionId is null)
            {
                Problem(RecommendationColumns.Session, "Choose the session from the list.");
            }
        }
        else if (!lookups.Sessions.TryGetValue(TemplateWords.Key(row.Session), out var id))
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
            if (lookups.Areas.TryGetValue(TemplateWords.Key(name), out var area))
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

        var levelMask = (GovernanceLevels)Mask(row.Levels, lookups.Levels, RecommendationColumns.Levels, Problem);
        var actorMask = (ActorGroups)Mask(row.Actors, lookups.Actors, RecommendationColumns.Actors, Problem);
        var language = lookups.DefaultLanguage;
        if (row.Language.Length > 0)
        {
            if (lookups.Words.Language(row.Language) is { } named)
            {
                language = named;
            }
            else
            {
                Problem(RecommendationColumns.Language, "\"{0}\" is not a language of the list ({1}).", row.Language, lookups.LanguageList);
            }
        }

        return problems.Count > before || sessionId is null
            ? null
            : new Valid(row.Row, sessionId.Value, row.Text, row.Rationale.Length == 0 ? null : row.Rationale,
                chosenAreas.DistinctBy(a => a.Id).ToList(), levelMask, actorMask, language);
    }

    private int Mask(string cell, Dictionary<string, int> known, RecommendationColumns.Column column, Action<RecommendationColumns.Column, string, object[]> problem)
    {
        var mask = 0;
        foreach (var name in RecommendationColumns.Split(cell))
        {
            if (known.TryGetValue(TemplateWords.Key(name), out var value))
            {
                mask |= value;
            }
            else
            {
                problem(column, "\"{0}\" is not in the list for {1}.", [name, lookups.Headers[column.Number]]);
            }
        }

        return mask;
    }

    private string ColumnName(RecommendationColumns.Column column) => $"{(char)('A' + column.Number - 1)} ({lookups.Headers[column.Number]})";
}
