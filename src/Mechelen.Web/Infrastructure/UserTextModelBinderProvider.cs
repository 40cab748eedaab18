using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// Puts every string that MVC binds from a form, the query string or the route through <see cref="UserText"/>,
/// so no form or filter can forget the text policy: the model gets the cleaned text and, when the text held a
/// NUL, the field gets <see cref="UserText.NulRefused"/> and the action shows the form again.
/// </summary>
public sealed class UserTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var source = context.BindingInfo.BindingSource;
        if (context.Metadata.ModelType != typeof(string)
            || (source is not null && source != BindingSource.ModelBinding && source != BindingSource.Form
                && source != BindingSource.Query && source != BindingSource.Path))
        {
            return null;
        }

        return new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()));
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet || bindingContext.Result.Model is not string raw)
            {
                return;
            }

            var metadata = bindingContext.ModelMetadata;
            var cleaned = UserText.Clean(raw, out var hadNul, isPassword: metadata.DataTypeName == nameof(DataType.Password));
            if (hadNul)
            {
                // Worded in the reader's language; the field's name is kept aside for actions that say more.
                var localizer = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, localizer[UserText.NulRefused]);
                UserText.MarkNulRefused(bindingContext.HttpContext, bindingContext.ModelName);
            }

            if (string.Equals(cleaned, raw, StringComparison.Ordinal))
            {
                return;
            }

            var model = cleaned.Length == 0 && metadata.ConvertEmptyStringToNull ? null : cleaned;
            bindingContext.Result = ModelBindingResult.Success(model);
            // A form shown again takes its values from the model state: it shows what would be saved.
            // Elements of a list share their list's entry, so only whole fields are rewritten there.
            if (metadata.MetadataKind != ModelMetadataKind.Type)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, model, model);
            }
        }
    }
}
