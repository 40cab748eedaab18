using System.Globalization;
using System.Text.Json;
using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>
/// How good the suggestions are on a labelled set: pairwise precision (of the pairs put in one group, the share that
/// truly make the same proposal) and recall (of the pairs that truly do, the share put in one group).
/// </summary>
public static class DuplicateQuality
{
    public sealed record LabelledNote(string? Group, string Language, IReadOnlyList<string> Areas, string Text);

    public sealed record LabelledSet(string? Description, IReadOnlyList<LabelledNote> Notes);

    public sealed record Result(int Notes, int Groups, int TruePairs, int SuggestedPairs, int CorrectPairs)
    {
        public double Precision => SuggestedPairs == 0 ? 0 : (double)CorrectPairs / SuggestedPairs;
        public double Recall => TruePairs == 0 ? 0 : (double)CorrectPairs / TruePairs;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The labelled set shipped with the app.</summary>
    public static LabelledSet Shipped()
    {
        using var stream = typeof(DuplicateQuality).Assembly.GetManifestResourceStream("Mechelen.Web.LabelledNotes.json")
            ?? throw new InvalidOperationException("The labelled notes are not embedded in the assembly.");
        return JsonSerializer.Deserialize<LabelledSet>(stream, Json)!;
    }

    public static LabelledSet Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<LabelledSet>(stream, Json) ?? throw new JsonException("The file holds no labelled set.");
    }

    public static Result Measure(LabelledSet set)
    {
        var notes = set.Notes.Select((n, i) => new DuplicateFinder.Note(i + 1, n.Text, n.Areas)).ToList();
        var groups = DuplicateFinder.Find(notes);
        var truth = new HashSet<(int, int)>();
        for (var a = 0; a < set.Notes.Count; a++)
        {
            for (var b = a + 1; b < set.Notes.Count; b++)
            {
                if (set.Notes[a].Group is { } g && g == set.Notes[b].Group)
                {
                    truth.Add((a + 1, b + 1));
                }
            }
        }

        var suggested = groups.SelectMany(g => g.Ids.SelectMany(a => g.Ids.Where(b => b > a).Select(b => (a, b)))).ToHashSet();
        return new Result(set.Notes.Count, set.Notes.Select(n => n.Group).OfType<string>().Distinct().Count(), truth.Count, suggested.Count, suggested.Count(truth.Contains));
    }
}

/// <summary><c>duplicate-quality [--file labelled.json]</c>: prints the pairwise precision and recall of the suggestions on the labelled set.</summary>
public sealed class DuplicateQualityCommand : ICliCommand
{
    public string Name => "duplicate-quality";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = CliCommands.Options(args, out var errors);
        errors.AddRange(options.Select(g => g.Key).Where(k => !string.Equals(k, "file", StringComparison.OrdinalIgnoreCase)).Select(k => $"unknown option --{k}"));
        if (errors.Count > 0)
        {
            await error.WriteLineAsync($"{string.Join("; ", errors)}. Usage: duplicate-quality [--file <labelled.json>]");
            return CliCommands.UsageError;
        }

        DuplicateQuality.LabelledSet set;
        try
        {
            set = options["file"].FirstOrDefault() is { } path ? DuplicateQuality.Read(path) : DuplicateQuality.Shipped();
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read the labelled set: {e.Message}");
            return 1;
        }

        var r = DuplicateQuality.Measure(set);
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"Labelled notes: {r.Notes}, groups: {r.Groups}, pairs that belong together: {r.TruePairs}"));
        await output.WriteLineAsync(string.Create(c, $"Suggested pairs: {r.SuggestedPairs}, of which correct: {r.CorrectPairs}"));
        await output.WriteLineAsync(string.Create(c, $"Pairwise precision: {r.Precision:0.000}"));
        await output.WriteLineAsync(string.Create(c, $"Pairwise recall:    {r.Recall:0.000}"));
        return 0;
    }
}
