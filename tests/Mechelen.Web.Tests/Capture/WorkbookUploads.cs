using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Capture;

/// <summary>Filled templates, uploaded as a rapporteur's browser does.</summary>
internal static class WorkbookUploads
{
    /// <summary>Posts the workbook to the event's import page; the page comes back HTML-decoded.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> UploadAsync(this HttpClient client, string eventCode, int? sessionId, byte[] content, string name = "filled.xlsx")
    {
        var page = $"/events/{eventCode}/capture/import" + (sessionId is null ? "" : $"?session={sessionId}");
        var token = await client.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(CaptureTemplate.ContentType);
        form.Add(file, "file", name);
        var response = await client.PostAsync(page, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
