using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's reader of url-encoded forms refuses the whole body when one value decodes to NUL (<c>%00</c>):
/// it shares its decoder with URL paths, which forbid NUL. Antiforgery, the first to read the form, then
/// answers a bare 400 before any action runs, and what the rapporteur typed is lost. Such a body is read a
/// second time with the framework's <see cref="FormReader"/> (same limits), which keeps the NUL, so the text
/// policy can refuse it with a field message and show the form again with the rest of the text.
/// </summary>
public static class NulTolerantForms
{
    // Forms this app posts are well under this; larger bodies go to a temporary file like any buffered body.
    private const int BufferInMemory = 1024 * 1024;

    public static IApplicationBuilder UseNulTolerantForms(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
                && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                // Buffered so the body can be read again; nothing is read until something asks for the form.
                request.EnableBuffering(BufferInMemory);
                var options = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
                context.Features.Set<IFormFeature>(new RereadingFormFeature(request, options));
            }

            return next(context);
        });

    private sealed class RereadingFormFeature(HttpRequest request, FormOptions options) : IFormFeature
    {
        private readonly FormFeature _inner = new(request, options);
        private IFormCollection? _reread;

        public bool HasFormContentType => _inner.HasFormContentType;

        public IFormCollection? Form
        {
            get => _reread ?? _inner.Form;
            set
            {
                _reread = null;
                _inner.Form = value;
            }
        }

        public IFormCollection ReadForm()
        {
            if (_reread is not null)
            {
                return _reread;
            }

            try
            {
                return _inner.ReadForm();
            }
            catch (InvalidDataException) when (request.Body.CanSeek)
            {
                request.Body.Position = 0;
                using var reader = Reader();
                return _reread = new FormCollection(reader.ReadForm());
            }
        }

        public async Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken)
        {
            if (_reread is not null)
            {
                return _reread;
            }

            try
            {
                return await _inner.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException) when (request.Body.CanSeek)
            {
                // Any other reason to refuse the body (too many values, a value too long) fails here again, as before.
                request.Body.Position = 0;
                using var reader = Reader();
                return _reread = new FormCollection(await reader.ReadFormAsync(cancellationToken));
            }
        }

        private FormReader Reader() => new(request.Body, Encoding.UTF8)
        {
            ValueCountLimit = options.ValueCountLimit,
            KeyLengthLimit = options.KeyLengthLimit,
            ValueLengthLimit = options.ValueLengthLimit,
        };
    }
}
