using System.Diagnostics;
using System.Globalization;
using Mechelen.Reports;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Text;
using Mechelen.Reports.Word;
using Mechelen.Web.Data;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure.Cli;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports;

/// <summary><c>report --event mechelen-2017 [--area housing]… [--cluster 1]… [--session 3]… [--language fr] [--out reports/x.pdf]</c>: the outcome report without the server.</summary>
public sealed class ReportCommand(OutcomeReportService reports, MechelenDbContext db) : ICliCommand
{
    private static readonly string[] Known = ["event", "area", "cluster", "session", "language", "out"];

    public string Name => "report";

    public string Usage => "report --event <code> [--area <code>]… [--cluster <1-6>]… [--session <id>]… [--language <en|fr|es>] [--out <file.pdf|file.docx>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = CliCommands.Options(args, out var errors);
        errors.AddRange(options.Select(g => g.Key).Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)).Select(k => $"unknown option --{k}"));
        var events = options["event"].ToList();
        if (events.Count != 1)
        {
            errors.Add(events.Count == 0 ? "--event is required" : "give --event once");
        }

        var filter = new RecommendationFilter { Event = events.FirstOrDefault(), Area = [.. options["area"]] };
        filter.Cluster = Numbers(options["cluster"], "--cluster", errors);
        filter.Session = Numbers(options["session"], "--session", errors);
        if (options["out"].Count() > 1)
        {
            errors.Add("give --out once");
        }

        var languages = options["language"].ToList();
        var text = languages.Count == 0 ? ReportText.English : ReportText.For(languages[0]);
        if (languages.Count > 1)
        {
            errors.Add("give --language once");
        }
        else if (text is null)
        {
            errors.Add($"--language expects one of {string.Join(", ", ReportText.Languages)}, found '{languages[0]}'");
        }

        if (errors.Count > 0 || text is null)
        {
            return await FailAsync(error, $"report: {string.Join("; ", errors)}.\nUsage: {Usage}");
        }

        var clock = Stopwatch.StartNew();
        var result = await reports.BuildAsync(ReportScopes.FromFilter(filter), text, cancellationToken);
        if (result.NotFound)
        {
            var known = await db.Events.AsNoTracking().OrderBy(e => e.Code).Select(e => e.Code).ToListAsync(cancellationToken);
            return await FailAsync(error, $"report: unknown event '{filter.Event}'. Known events: {string.Join(", ", known)}.");
        }

        if (result.Error is not null)
        {
            return await FailAsync(error, $"report: {result.Error}");
        }

        var report = result.Report!;
        var path = Path.GetFullPath(options["out"].FirstOrDefault() ?? Path.Combine("reports", report.FileName("pdf")), CallerDirectory());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var word = path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        await using (var file = File.Create(path))
        {
            if (word)
            {
                OutcomeReportWord.Generate(report, file);
            }
            else
            {
                OutcomeReportDocument.Generate(report, file);
            }
        }

        if (report.Glyphs is { } glyphs)
        {
            var t = report.Text;
            await error.WriteLineAsync($"report: {t.MissingGlyphs(t.Count(glyphs.Count, "Character"), string.Join(", ", glyphs.Where), string.Join(", ", glyphs.Listed))}");
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(
            $"Wrote {path}: {(report.IsFinal ? "final" : "draft")} outcome report for {report.Event.Code} in {text.Culture.EnglishName}, " +
            $"{report.Figures.Validated} validated recommendations, {report.Figures.KeyRecommendations} key recommendations ({seconds} s).");
        return 0;
    }

    // `dotnet run --project` starts the app in the project folder, not where the command was typed; the
    // shell's PWD still names that folder, so a relative --out lands where the user expects.
    private static string CallerDirectory()
    {
        var pwd = Environment.GetEnvironmentVariable("PWD");
        return pwd is not null && Path.IsPathRooted(pwd) && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
    }

    private static List<int> Numbers(IEnumerable<string> values, string option, List<string> errors)
    {
        var numbers = new List<int>();
        foreach (var value in values)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
            else
            {
                errors.Add($"{option} expects a number, found '{value}'");
            }
        }

        return numbers;
    }

    private static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(message);
        return CliCommands.UsageError;
    }
}
