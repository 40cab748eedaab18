using System.Diagnostics;
using System.Globalization;
using Mechelen.Web.Features.Review.Duplicates;

namespace Mechelen.Web.Benchmarks;

// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- duplicates [count=2000]
// Times the duplicate suggestions for an event of `count` recommendations: the labelled notes, then notes made of
// two to four of the lexicon's terms in a random language among words of the labelled notes (so concepts overlap as
// in a real event), one in ten a reworded copy of an earlier one; one in four carries an officer's translation (the
// text of another note, as long as a real one). In memory: the finder is what is timed.
internal static class DuplicateBench
{
    public static int Run(int count)
    {
        var random = new Random(2017);
        var labelled = DuplicateQuality.Shipped().Notes;
        var filler = labelled.SelectMany(n => n.Text.Split(' ')).ToArray();
        var areas = new[] { "housing", "services", "employment", "data", "participation", "protection", "finance", "social-cohesion" };
        var notes = new List<DuplicateFinder.Note>();
        for (var i = 0; i < count; i++)
        {
            string text;
            if (i < labelled.Count)
            {
                text = labelled[i].Text;
            }
            else if (i % 10 == 0)
            {
                var words = notes[random.Next(notes.Count)].Text.Split(' ').ToList();
                words.RemoveAt(random.Next(words.Count));
                text = string.Join(' ', words);
            }
            else
            {
                var terms = Enumerable.Range(0, random.Next(2, 5)).Select(_ =>
                {
                    var concept = ConceptLexicon.All[random.Next(ConceptLexicon.All.Count)];
                    return concept.Terms[random.Next(concept.Terms.Count)].TrimEnd('=');
                });
                text = string.Join(' ', terms.Concat(Enumerable.Range(0, 12).Select(_ => filler[random.Next(filler.Length)])).OrderBy(_ => random.Next()));
            }

            IReadOnlyList<string>? translations = i % 4 == 3 ? [notes[random.Next(notes.Count)].Text] : null;
            notes.Add(new(i + 1, text, [areas[random.Next(areas.Length)]], translations));
        }

        DuplicateFinder.Find(notes);
        var times = new List<double>();
        var groups = 0;
        for (var run = 0; run < 7; run++)
        {
            var clock = Stopwatch.StartNew();
            groups = DuplicateFinder.Find(notes).Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Duplicate suggestions for {count} recommendations: median {times[3]:0} ms, max {times[^1]:0} ms over 7 runs ({groups} groups)"));
        return 0;
    }
}
