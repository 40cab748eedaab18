using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Answers an upload over the limit with the upload page and its message, before anything parses the form
/// (antiforgery included, which runs later): the body is read and thrown away rather than parsed and buffered,
/// because a browser that is still sending shows a dropped connection, not the page, when the server stops
/// reading. Runs after authorisation, so only a signed-in rapporteur's upload is ever read to its end.
/// </summary>
public sealed class WorkbookUploadLimit(CaptureAccess access, IModelMetadataProvider metadata) : IAsyncAuthorizationFilter
{
    /// <summary>The file limit and room for the rest of the form (token, part headers).</summary>
    public const long RequestLimit = WorkbookGuard.MaxBytes + 64 * 1024;

    /// <summary>Beyond this the body is not read to the end: the connection is closed after the answer.</summary>
    public const long DrainLimit = 1024L * 1024 * 1024;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var bodyLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (request.ContentLength is { } length && length > RequestLimit)
        {
            if (length <= DrainLimit)
            {
                if (bodyLimit is { IsReadOnly: false })
                {
                    bodyLimit.MaxRequestBodySize = length;
                }

                await request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            }
            else
            {
                http.Response.Headers.Connection = "close";
            }

            context.Result = await TooLargeAsync(context);
            return;
        }

        if (bodyLimit is { IsReadOnly: false })
        {
            bodyLimit.MaxRequestBodySize = RequestLimit;
        }

        // A body without a declared length (not what browsers send) is cut by the server at the limit while the form is read.
        if (request.ContentLength is null && request.HasFormContentType)
        {
            try
            {
                await request.ReadFormAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = await TooLargeAsync(context);
            }
        }
    }

    private async Task<IActionResult> TooLargeAsync(AuthorizationFilterContext context)
    {
        var code = context.RouteData.Values["code"] as string ?? "";
        var session = int.TryParse(context.HttpContext.Request.Query["session"], out var id) ? id : (int?)null;
        var model = await ImportModel.LoadAsync(access, code, session, context.HttpContext.RequestAborted);
        if (model is null)
        {
            return new NotFoundResult();
        }

        return new ViewResult
        {
            ViewName = CaptureWorkbookController.ImportView,
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary<ImportModel>(metadata, context.ModelState)
            {
                Model = model with { Result = ImportRecommendations.Result.Refused(new Message(WorkbookGuard.TooLarge)) },
            },
        };
    }
}
