using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Features.Admin;

/// <summary>One language's wording of a name (or title) and its description in an admin form; both empty means none.</summary>
public sealed class TranslationForm
{
    public string Language { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }
}

/// <summary>
/// The translation fields of the event, session and area forms: one pair per interface language other than English,
/// the language the original wording is written in. Languages the form does not offer are kept as they are.
/// </summary>
public static class TranslationFields
{
    public static IReadOnlyList<string> Languages { get; } = Cultures.Supported.Skip(1).Select(c => c.Name).ToList();

    /// <summary>The resource key naming a language code (<c>Language.French</c>).</summary>
    public static string LanguageKey(string code) => $"Language.{Capture.TemplateWords.LanguageOf(code)}";

    public static List<TranslationForm> ToForm(IReadOnlyDictionary<string, Translation> translations) =>
        Languages.Select(language => new TranslationForm
        {
            Language = language,
            Name = translations.GetValueOrDefault(language)?.Name,
            Description = translations.GetValueOrDefault(language)?.Description,
        }).ToList();

    /// <summary>
    /// The translations once the form is saved: each offered language the form carries as entered (trimmed; both fields
    /// empty removes it), every other language kept as it was.
    /// </summary>
    public static Dictionary<string, Translation> Apply(IReadOnlyDictionary<string, Translation> current, IEnumerable<TranslationForm> form)
    {
        var result = current.ToDictionary(p => p.Key, p => p.Value);
        foreach (var entry in form.Where(f => Languages.Contains(f.Language)))
        {
            var name = FormText.TrimOrNull(entry.Name);
            var description = FormText.TrimOrNull(entry.Description);
            if (name is null && description is null)
            {
                result.Remove(entry.Language);
            }
            else
            {
                result[entry.Language] = new Translation(name, description);
            }
        }

        return result;
    }

    /// <summary>The same length limits as the original fields, with the same messages.</summary>
    public static IEnumerable<ValidationResult> Validate(
        IReadOnlyList<TranslationForm> translations, ValidationContext context, (int Max, string Message) name, (int Max, string Message) description)
    {
        for (var i = 0; i < translations.Count; i++)
        {
            if (translations[i].Name?.Trim().Length > name.Max)
            {
                yield return ValidationMessages.Result(context, name.Message, $"{nameof(EditArea.Form.Translations)}[{i}].{nameof(TranslationForm.Name)}");
            }

            if (translations[i].Description?.Trim().Length > description.Max)
            {
                yield return ValidationMessages.Result(context, description.Message, $"{nameof(EditArea.Form.Translations)}[{i}].{nameof(TranslationForm.Description)}");
            }
        }
    }
}
