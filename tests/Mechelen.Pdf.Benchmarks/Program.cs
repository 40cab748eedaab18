using System.Diagnostics;
using System.Globalization;
using Mechelen.Pdf.Benchmarks;

// Lays out a report of about 100 pages several times and prints pages per second and allocated bytes per page.
var layoutOnly = args.Contains("--layout-only");
var justify = !args.Contains("--left");
var output = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "mechelen-benchmark.pdf");
const int Chapters = 60;

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
