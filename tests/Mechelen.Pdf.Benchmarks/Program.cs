using System.Diagnostics;
using System.Globalization;
using Mechelen.Pdf;
using Mechelen.Pdf.Benchmarks;

// Lays out a report of about 100 pages several times and prints pages per second and allocated bytes per page.
var layoutOnly = args.Contains("--layout-only");
var justify = !args.Contains("--left");
var output = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "mechelen-benchmark.pdf");
const int Chapters = 60;

if (args.Contains("--nested"))
{
    // Deep nesting: 400 items, each eight containers deep (keep-together sections in columns in rows). Without the
    // measure cache each level measured its child twice, 2^8 times the innermost text per item and page.
    var nested = Nested.Create(400, 8);
    nested.Record();
    var measures = nested.Measures;
    Nested.Create(400, 8).GeneratePdf(); // warm-up
    var nestedWatch = Stopwatch.StartNew();
    for (var i = 0; i < 5; i++)
    {
        Nested.Create(400, 8).GeneratePdf();
    }

    nestedWatch.Stop();
    var nestedPages = nested.GeneratePdf().Length > 0 ? nested.PageCount : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Nested (400 items, 8 levels): {nestedPages} pages, {measures} measures computed for both passes " +
        $"({measures / (double)nestedPages:0} per page), {nestedPages * 5 / nestedWatch.Elapsed.TotalSeconds:0} pages/s"));
    return;
}

var sample = SampleReport.Create(Chapters, justify: justify);
if (args.Contains("--count"))
{
    var calls = sample.Record().Calls;
    Console.WriteLine($"{calls.Count(c => c.Kind == "text")} text calls, {calls.Max(c => c.Page)} pages, avg len {calls.Where(c => c.Kind == "text").Average(c => c.Text!.Length):0.0}");
}

File.WriteAllBytes(output, sample.GeneratePdf());
var pages = sample.PageCount;
for (var i = 0; i < 3; i++)
{
    SampleReport.Create(Chapters, justify: justify).GeneratePdf(); // warm-up: let tiered compilation settle
}

const int Runs = 10;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
for (var i = 0; i < Runs; i++)
{
    var document = SampleReport.Create(Chapters, justify: justify);
    if (layoutOnly)
    {
        document.Record();
    }
    else
    {
        document.GeneratePdf();
    }
}

watch.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
var totalPages = pages * Runs;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{pages} pages per document, {Runs} runs: {totalPages / watch.Elapsed.TotalSeconds:0} pages/s wall clock, " +
    $"{totalPages / cpu.TotalSeconds:0} pages per CPU second (all threads, GC included), " +
    $"{allocated / totalPages / 1024.0:0} KiB allocated per page; sample written to {output}"));

internal static class Nested
{
    public static Document Create(int items, int depth) => Document.Create(doc => doc.Page(page =>
    {
        page.Size(PageSize.A4);
        page.Margin(50);
        page.Content().Column(col =>
        {
            col.Spacing(6);
            for (var i = 0; i < items; i++)
            {
                var container = col.Item();
                for (var level = 0; level < depth; level++)
                {
                    container = level % 2 == 0 ? container.KeepTogether() : container.PaddingLeft(2);
                }

                var n = i;
                container.Row(row =>
                {
                    row.ConstantItem(30).Text($"{n}.");
                    row.RelativeItem().Column(body =>
                    {
                        body.Item().Text($"Item {n}: a recommendation whose wording runs over two lines of the page, as most of them do in an outcome report.");
                        body.Item().Text("Addressed to local and regional governments, at the local level.");
                    });
                });
            }
        });
    }));
}
