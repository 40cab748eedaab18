using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Infrastructure.Cli;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

/// <summary>The outcome report in a chosen language: page, PDF, Word and the command line.</summary>
public sealed class ReportLanguageTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<(int English, int Spanish, HttpClient Officer)> ArrangeAsync()
    {
        var ids = await factory.AddAsync(
            new Rec("Open public libraries to newcomers") { Status = RecommendationStatus.Validated, Rationale = "Libraries welcome everyone" },
            new Rec("Garantizar el acceso a la vivienda digna") { Status = RecommendationStatus.Validated, Language = RecommendationLanguage.Spanish });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var saved = await officer.PostFormAsync($"/recommendations/{ids[0]}", $"/recommendations/{ids[0]}/translations",
        [
            new("Language", "French"), new("Text", "Ouvrir les bibliothèques publiques aux nouveaux arrivants"),
            new("Rationale", "Les bibliothèques accueillent tout le monde"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (ids[0], ids[1], officer);
    }

    [Fact]
    public async Task Page_InFrench_ShowsTranslationsMarked_OriginalsWithTheirLanguage_AndTheAnnexKeepsBoth()
    {
        var (_, _, officer) = await ArrangeAsync();

        var html = CaptureForms.Decode(await officer.GetStringAsync($"/reports/outcome?event={EventCode}&lang=fr"));

        Assert.Contains("Résumé analytique", html, StringComparison.Ordinal);
        Assert.Contains("Ouvrir les bibliothèques publiques aux nouveaux arrivants", html, StringComparison.Ordinal);
        Assert.Contains("Les bibliothèques accueillent tout le monde", html, StringComparison.Ordinal);
        Assert.Contains("Traduit de l'anglais", html, StringComparison.Ordinal);
        Assert.Contains("Original en espagnol", html, StringComparison.Ordinal);
        // The annex: the original beside its translation.
        Assert.Contains("Open public libraries to newcomers", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains($"/reports/outcome.pdf?event={EventCode}&lang=fr", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_FollowsThePagesLanguage_AndOffersTheOthers()
    {
        var (_, _, officer) = await ArrangeAsync();

        var spanish = CaptureForms.Decode(await officer.GetStringAsync($"/reports/outcome?event={EventCode}&culture=es"));
        var english = CaptureForms.Decode(await officer.GetStringAsync($"/reports/outcome?event={EventCode}"));

        Assert.Contains("Resumen ejecutivo", spanish, StringComparison.Ordinal);
        Assert.Contains("Idioma del informe", spanish, StringComparison.Ordinal);
        Assert.Contains("Executive summary", english, StringComparison.Ordinal);
        Assert.Contains("Original in Spanish", english, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/outcome?event={EventCode}&lang=fr\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLanguage_IsAClearBadRequest()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.Secretariat);

        var response = await officer.GetAsync($"/reports/outcome.pdf?event={EventCode}&lang=de");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The report cannot be written in 'de'", CaptureForms.Decode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfAndWord_InSpanish()
    {
        var (_, _, officer) = await ArrangeAsync();

        var pdf = await officer.GetByteArrayAsync($"/reports/outcome.pdf?event={EventCode}&lang=es");
        var docx = await officer.GetStreamAsync($"/reports/outcome.docx?event={EventCode}&lang=es");

        Assert.Contains(Squash("Resumen ejecutivo"), string.Concat(Pages(pdf)), StringComparison.Ordinal);
        Assert.Contains(Squash("Garantizar el acceso a la vivienda digna"), string.Concat(Pages(pdf)), StringComparison.Ordinal);
        using var copy = new MemoryStream();
        await docx.CopyToAsync(copy);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(copy, false);
        Assert.Contains(Squash("Resumen ejecutivo"), Squash(doc.MainDocumentPart!.Document.Body!.InnerText), StringComparison.Ordinal);
        Assert.Contains(Squash("Original en inglés"), Squash(doc.MainDocumentPart!.Document.Body!.InnerText), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_TakesALanguage_AndRefusesAnUnknownOne()
    {
        await ArrangeAsync();
        var path = Path.Combine(factory.Folder, "out", "rapport.pdf");

        var (code, output, _) = await RunAsync("--event", EventCode, "--language", "fr", "--out", path);
        var (bad, _, error) = await RunAsync("--event", EventCode, "--language", "de", "--out", path);

        Assert.Equal(0, code);
        Assert.Contains("in French", output, StringComparison.Ordinal);
        var text = string.Concat(Pages(await File.ReadAllBytesAsync(path)));
        Assert.Contains(Squash("Résumé analytique"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("Ouvrir les bibliothèques publiques aux nouveaux arrivants"), text, StringComparison.Ordinal);
        Assert.Equal(CliCommands.UsageError, bad);
        Assert.Contains("--language expects one of en, fr, es, found 'de'", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().OfType<ReportCommand>().Single();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
