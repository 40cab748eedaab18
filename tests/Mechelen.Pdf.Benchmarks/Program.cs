using System.Diagnostics;
using System.Globalization;
using Mechelen.Pdf.Benchmarks;

// Lays out a report of about 100 pages several times and prints pages per second and allocated bytes per page.
var output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "mechelen-benchmark.pdf");
var chapters = 40;

var sample = SampleReport.Create(chapters);
File.WriteAllBytes(output, sample.GeneratePdf());
var pages = sample.PageCount;

const int Runs = 5;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var watch = Stopwatch.StartNew();
for (var i = 0; i < Runs; i++)
{
    SampleReport.Create(chapters).GeneratePdf();
}

watch.Stop();
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
var totalPages = pages * Runs;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{pages} pages per document, {Runs} runs: {totalPages / watch.Elapsed.TotalSeconds:0} pages/s, {allocated / totalPages / 1024.0:0} KiB allocated per page; sample written to {output}"));
