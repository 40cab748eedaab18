using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Infrastructure.Localisation;

/// <summary>
/// The messages ASP.NET Core writes itself, in the reader's language: model binding ("The value '' is invalid"),
/// validation attributes left without a message (the implicit Required of a non-nullable field), and the results
/// of <see cref="IValidatableObject"/>, which the framework does not localise.
/// </summary>
public static class ValidationMessages
{
    public static void Configure(MvcOptions options, IStringLocalizerFactory factory)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["A value for {0} was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value provided is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["The field must be a number."]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["The value provided is not valid for {0}.", field]);
        messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["The field {0} must be a number.", field]);
        messages.SetValueMustNotBeNullAccessor(_ => l["A value is required."]);
        options.ModelMetadataDetailsProviders.Add(new DefaultAttributeMessages());
    }

    /// <summary>An <see cref="IValidatableObject"/> result in the request's language (English outside a request).</summary>
    public static ValidationResult Result(ValidationContext context, string key, string member) =>
        new(context.GetService(typeof(IStringLocalizer<SharedResource>)) is IStringLocalizer localizer ? localizer[key] : key, [member]);

    // The DataAnnotations localizer only localises attributes that carry an ErrorMessage: give the unworded ones one.
    private sealed class DefaultAttributeMessages : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
            {
                if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && attribute.ErrorMessageResourceType is null)
                {
                    attribute.ErrorMessage = attribute switch
                    {
                        RequiredAttribute => "The {0} field is required.",
                        StringLengthAttribute => "The {0} field can have up to {1} characters.",
                        RangeAttribute => "The {0} field must be between {1} and {2}.",
                        EmailAddressAttribute => "Enter a valid e-mail address.",
                        _ => null,
                    };
                }
            }
        }
    }
}
