using System.Globalization;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// Excel, CSV and JSON of the current filter: the same rows as the list, in the same order, without
/// paging, streamed as they are read. A filter the list would correct with a message is refused here with 400, so a file never
/// silently holds something other than what its URL says.
/// </summary>
[Authorize(Policy = Policies.Report)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class RecommendationExportsController(TaxonomyReader taxonomies, RecommendationRows rows, RecommendationScope.Resolver scopes, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/recommendations/export.{format:regex(^(xlsx|csv|json)$)}")]
    public async Task<IActionResult> Export(string format, [FromQuery] RecommendationFilter filter, CancellationToken cancellationToken)
    {
        // The workbook is for people and speaks the reader's language; CSV and JSON are data with a fixed shape and fixed
        // values (the original wording), so a script reading them does not depend on who downloaded them.
        var language = format == "xlsx" ? Cultures.Current : null;
        var taxonomy = FilterTaxonomy.For(await taxonomies.NamesAsync(language, cancellationToken), filter.Event);
        if (taxonomy is null)
        {
            return NotFound();
        }

        var problems = RecommendationsController.BindingErrors(ModelState, HttpContext).Concat(filter.Normalize()).Concat(taxonomy.RemoveUnknown(filter))
            .Select(localizer.Text).ToList();
        if (problems.Count > 0)
        {
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["filter"] = [.. problems] }));
        }

        var scope = await scopes.GetAsync(cancellationToken);
        var list = rows.StreamAsync(filter, taxonomy, scope, cancellationToken);
        async Task<IReadOnlyList<KeyRecommendationRow>> Keys() => await rows.KeyRowsAsync(rows.KeyRecommendations(filter, taxonomy, scope), taxonomy, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = $"recommendations-{taxonomy.Event.Code}-{now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{format}";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        var body = Response.Body;
        switch (format)
        {
            case "xlsx":
                // A workbook is a zip written synchronously and finished at its end: it goes to a temporary file (not memory), then out.
                var path = Path.GetTempFileName();
                try
                {
                    await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920))
                    {
                        await ExcelExport.WriteAsync(file, list, Keys, localizer, cancellationToken);
                    }

                    await using var written = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.Asynchronous);
                    Response.ContentType = ExcelExport.ContentType;
                    Response.ContentLength = written.Length;
                    await written.CopyToAsync(body, cancellationToken);
                }
                finally
                {
                    System.IO.File.Delete(path);
                }

                break;
            case "csv":
                Response.ContentType = CsvExport.ContentType;
                await CsvExport.WriteAsync(body, ExportColumns.Recommendations, list, cancellationToken);
                break;
            default:
                Response.ContentType = JsonExport.ContentType;
                await JsonExport.WriteAsync(body, taxonomy.Event.Code, filter.ToQueryString(includePaging: false), now, list, Keys, cancellationToken);
                break;
        }

        return new EmptyResult();
    }
}
