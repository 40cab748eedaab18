using System.Diagnostics;
using System.Globalization;
using Mechelen.Reports.Building;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Tests;
using Mechelen.Reports.Text;
using Mechelen.Reports.Word;
using UglyToad.PdfPig;

// Builds the outcome report from rows in memory (no database) for 1,000 and 10,000 validated recommendations
// and times the model, the tagged PDF and the Word document, best and worst of a few runs after a warm-up.
// Usage: dotnet run -c Release --project tests/Mechelen.Reports.Benchmarks [runs] [output folder] [--layout-only]
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var runs = positional.Count > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 3;
var folder = positional.Count > 1 ? positional[1] : Path.GetTempPath();
var now = new DateTime(2017, 11, 18, 12, 0, 0, DateTimeKind.Utc);
Warm(200);
if (args.Contains("--layout-only"))
{
    var d = SampleReportData.Create(10_000);
    var r = ReportBuilder.Build(d, new ReportScope(d.Event.Code), now, ReportText.English);
    for (var i = 0; i < 2; i++)
    {
        var p = Process.GetCurrentProcess();
        var before = p.TotalProcessorTime;
        var w = Stopwatch.StartNew();
        var doc = Mechelen.Pdf.Document.Create(new OutcomeReportDocument(r));
        var canvas = doc.Record();
        p.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"10,000 recommendations, layout only (both passes, recording canvas): {w.Elapsed.TotalSeconds:0.00} s, " +
            $"{(p.TotalProcessorTime - before).TotalSeconds:0.00} CPU s, {doc.Measures} measures, {canvas.Calls.Count} draw calls"));
    }

    return;
}

foreach (var count in new[] { 1_000, 10_000 })
{
    var data = SampleReportData.Create(count);
    var cpu = new List<double>();
    var build = new List<double>();
    var pdf = new List<double>();
    var word = new List<double>();
    byte[] lastPdf = [];
    byte[] lastWord = [];
    for (var i = 0; i < runs; i++)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var report = ReportBuilder.Build(data, new ReportScope(data.Event.Code), now, ReportText.English);
        build.Add(watch.Elapsed.TotalSeconds);
        watch.Restart();
        lastPdf = OutcomeReportDocument.Generate(report);
        pdf.Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        watch.Restart();
        lastWord = OutcomeReportWord.Generate(report);
        word.Add(watch.Elapsed.TotalSeconds);
    }

    File.WriteAllBytes(Path.Combine(folder, $"mechelen-report-{count}.pdf"), lastPdf);
    File.WriteAllBytes(Path.Combine(folder, $"mechelen-report-{count}.docx"), lastWord);
    using var document = PdfDocument.Open(lastPdf);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count,6:N0} recommendations: model {Range(build)} s, PDF {Range(pdf)} s ({document.NumberOfPages} pages, {lastPdf.Length / 1024} KB; model and PDF {Range(cpu)} CPU s), " +
        $"Word {Range(word)} s ({lastWord.Length / 1024} KB)"));
}

static string Range(List<double> seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds.Min():0.00}–{seconds.Max():0.00}");

static void Warm(int count)
{
    var data = SampleReportData.Create(count);
    var report = ReportBuilder.Build(data, new ReportScope(data.Event.Code), DateTime.UtcNow, ReportText.English);
    OutcomeReportDocument.Generate(report);
    OutcomeReportWord.Generate(report);
}
