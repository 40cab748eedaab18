using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Data.Configurations;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Features.Capture;

/// <summary>What a rapporteur types for one recommendation; shared by the capture and the edit form.</summary>
public sealed class RecommendationForm : IValidatableObject
{
    public const int TextMin = 10;
    public const int TextMax = RecommendationConfiguration.TextMaxLength;

    private string _text = "";
    private string? _rationale;

    // Browsers submit textarea line breaks as CR LF but count them as one character against maxlength;
    // the text policy (which binding applies too) keeps the server's limit the one the rapporteur saw,
    // also for a note restored after an expired login.
    [Required(ErrorMessage = "Write the recommendation.")]
    [StringLength(TextMax, MinimumLength = TextMin, ErrorMessage = "The recommendation needs between 10 and 4,000 characters.")]
    [Display(Name = "Recommendation")]
    public string Text { get => _text; set => _text = UserText.Clean(value, out _); }

    [StringLength(TextMax, ErrorMessage = "The rationale or context can have up to 4,000 characters.")]
    [Display(Name = "Rationale or context")]
    public string? Rationale
    {
        get => _rationale;
        set => _rationale = UserText.CleanOrNull(value, out _);
    }

    [MinLength(1, ErrorMessage = "Choose at least one governance area.")]
    public List<int> AreaIds { get; set; } = [];

    /// <summary>Flag values of <see cref="GovernanceLevels"/>.</summary>
    public List<int> Levels { get; set; } = [];

    /// <summary>Flag values of <see cref="ActorGroups"/>.</summary>
    public List<int> Actors { get; set; } = [];

    public RecommendationLanguage Language { get; set; } = RecommendationLanguage.English;

    /// <summary>Generated per form render; a second POST with the same key returns the first result.</summary>
    public Guid IdempotencyKey { get; set; }

    /// <summary>The concurrency token the edit form was rendered with.</summary>
    public int Version { get; set; }

    public GovernanceLevels LevelMask => Levels.Aggregate(GovernanceLevels.None, (m, v) => m | (GovernanceLevels)v);

    public ActorGroups ActorMask => Actors.Aggregate(ActorGroups.None, (m, v) => m | (ActorGroups)v);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Levels.Any(v => v == 0 || !Enum.IsDefined((GovernanceLevels)v)))
        {
            yield return ValidationMessages.Result(validationContext, "Choose levels of governance from the list.", nameof(Levels));
        }

        if (Actors.Any(v => v == 0 || !Enum.IsDefined((ActorGroups)v)))
        {
            yield return ValidationMessages.Result(validationContext, "Choose the addressees from the list.", nameof(Actors));
        }

        if (!Enum.IsDefined(Language))
        {
            yield return ValidationMessages.Result(validationContext, "Choose a language from the list.", nameof(Language));
        }
    }

    public static RecommendationForm From(Recommendation r) => new()
    {
        Text = r.Text,
        Rationale = r.Rationale,
        AreaIds = r.Areas.Select(a => a.Id).ToList(),
        Levels = Enum.GetValues<GovernanceLevels>().Where(l => l != GovernanceLevels.None && r.Levels.HasFlag(l)).Select(l => (int)l).ToList(),
        Actors = Enum.GetValues<ActorGroups>().Where(a => a != ActorGroups.None && r.Actors.HasFlag(a)).Select(a => (int)a).ToList(),
        Language = r.Language,
        Version = r.Version,
    };
}

/// <summary>The values an audit entry keeps of a recommendation before and after a change.</summary>
public sealed record RecommendationSnapshot(
    int SessionId, string Text, string? Rationale, IReadOnlyList<string> Areas, GovernanceLevels Levels,
    ActorGroups Actors, RecommendationLanguage Language, RecommendationStatus Status)
{
    public const string EntityType = nameof(Recommendation);

    public static RecommendationSnapshot Of(Recommendation r) =>
        new(r.SessionId, r.Text, r.Rationale, r.Areas.Select(a => a.Code).Order(StringComparer.Ordinal).ToList(),
            r.Levels, r.Actors, r.Language, r.Status);
}
