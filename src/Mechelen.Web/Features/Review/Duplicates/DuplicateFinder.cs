using Mechelen.Web.Search;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>
/// Finds groups of notes that say the same thing, in any of the three languages, without translations: each note is
/// reduced to the concepts of <see cref="ConceptLexicon"/> it expresses, its governance areas and its significant words
/// (and, where an officer entered translations, their concepts and words too). Two notes score by the concepts they
/// share, each weighted by how rare it is in the event (sharing "housing" says less than sharing "unaccompanied minors"),
/// then by shared areas and shared words. Pairs above <see cref="PairThreshold"/> join groups whose every pair stays
/// above <see cref="LinkThreshold"/>, so one loose link does not chain two topics together. Plain code, no database.
/// </summary>
public static class DuplicateFinder
{
    public const double PairThreshold = 0.42;
    public const double LinkThreshold = 0.30;
    public const int MaxGroupSize = 12;

    private const double ConceptWeight = 0.65;
    private const double AreaWeight = 0.15;
    private const double WordWeight = 0.20;

    /// <summary>A note to compare: its text, its area codes and any translations of it.</summary>
    public sealed record Note(int Id, string Text, IReadOnlyList<string> Areas, IReadOnlyList<string>? Translations = null);

    /// <summary>A suggested group: its notes, its score (0–1, the mean of its pairs), the concepts and areas most of them share.</summary>
    public sealed record Group(IReadOnlyList<int> Ids, double Score, IReadOnlyList<int> Concepts, IReadOnlyList<string> Areas, IReadOnlyList<string> Words);

    // Concepts and areas as bit sets (the lexicon has fewer than 64 concepts; areas beyond 64 share bits), words as sorted ids:
    // comparing two notes then allocates nothing, which keeps 2,000 notes well under a second.
    private sealed record Profile(Note Note, ulong Concepts, ulong Areas, int[] Words);

    /// <summary>Groups of two or more notes, best first. <paramref name="dismissed"/> holds pairs (lower id first) officers said differ.</summary>
    public static IReadOnlyList<Group> Find(IReadOnlyList<Note> notes, IReadOnlySet<(int, int)>? dismissed = null)
    {
        dismissed ??= new HashSet<(int, int)>();
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var areaBits = new Dictionary<string, int>(StringComparer.Ordinal);
        var profiles = notes.Select(n =>
        {
            var texts = new[] { n.Text }.Concat(n.Translations ?? []).ToList();
            var concepts = texts.SelectMany(ConceptLexicon.ConceptsOf).Aggregate(0UL, (m, c) => m | (1UL << c));
            var words = texts.SelectMany(SearchTerms.Significant).Distinct()
                .Select(w => wordIds.TryGetValue(w, out var id) ? id : wordIds[w] = wordIds.Count).Order().ToArray();
            var areas = n.Areas.Aggregate(0UL, (m, a) => m | (1UL << ((areaBits.TryGetValue(a, out var bit) ? bit : areaBits[a] = areaBits.Count) % 64)));
            return new Profile(n, concepts, areas, words);
        }).ToList();

        // Rarer concepts weigh more: ln(1 + N / df).
        var conceptDf = new int[64];
        foreach (var p in profiles)
        {
            for (var c = 0; c < 64; c++)
            {
                conceptDf[c] += (int)((p.Concepts >> c) & 1);
            }
        }

        var count = Math.Max(1, profiles.Count);
        var weight = conceptDf.Select(df => df == 0 ? 0 : Math.Log(1 + ((double)count / df))).ToArray();

        var pairs = new Dictionary<(int, int), double>();
        foreach (var (a, b) in Candidates(profiles, conceptDf))
        {
            var score = Score(profiles[a], profiles[b], weight);
            if (score >= LinkThreshold && !dismissed.Contains(Key(profiles[a].Note.Id, profiles[b].Note.Id)))
            {
                pairs[(a, b)] = score;
            }
        }

        // Greedy linkage, best pairs first: two groups join only if every pair across them scores at least LinkThreshold.
        var groupOf = Enumerable.Range(0, profiles.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var ((a, b), score) in pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
        {
            if (score < PairThreshold || ReferenceEquals(groupOf[a], groupOf[b]))
            {
                continue;
            }

            var left = groupOf[a];
            var right = groupOf[b];
            if (left.Count + right.Count > MaxGroupSize || !left.All(x => right.All(y => pairs.ContainsKey(Ordered(x, y)))))
            {
                continue;
            }

            left.AddRange(right);
            foreach (var member in right)
            {
                groupOf[member] = left;
            }
        }

        return groupOf.Distinct().Where(g => g.Count > 1).Select(g => Describe(g, profiles, pairs)).OrderByDescending(g => g.Score).ThenBy(g => g.Ids[0]).ToList();
    }

    /// <summary>The score of two notes alone, 0–1 (for tests and explanations); weights as in an event of these two.</summary>
    public static double PairScore(Note a, Note b)
    {
        var groups = Find([a, b]);
        return groups.Count == 0 ? 0 : groups[0].Score;
    }

    public static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);

    private static double Score(Profile a, Profile b, double[] weight)
    {
        var common = a.Concepts & b.Concepts;
        var commonConcepts = System.Numerics.BitOperations.PopCount(common);
        var words = Jaccard(a.Words, b.Words);
        // One shared concept alone is a topic, not a proposal, unless the wording itself is close.
        if (commonConcepts < 2 && words < 0.35)
        {
            return 0;
        }

        var concepts = Weighted(common, weight) / Math.Max(double.Epsilon, Weighted(a.Concepts | b.Concepts, weight));
        var areaUnion = System.Numerics.BitOperations.PopCount(a.Areas | b.Areas);
        var areas = areaUnion == 0 ? 0 : (double)System.Numerics.BitOperations.PopCount(a.Areas & b.Areas) / areaUnion;
        return (ConceptWeight * concepts) + (AreaWeight * areas) + (WordWeight * Math.Min(1, words * 1.5));
    }

    private static double Weighted(ulong set, double[] weight)
    {
        double sum = 0;
        while (set != 0)
        {
            var c = System.Numerics.BitOperations.TrailingZeroCount(set);
            sum += weight[c];
            set &= set - 1;
        }

        return sum;
    }

    private static double Jaccard(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }

    // Pairs worth scoring: notes sharing a concept that is not everywhere, or a significant word that is not everywhere.
    // Each note meets each other note once (a marker per note instead of a set of pairs).
    private static IEnumerable<(int A, int B)> Candidates(List<Profile> profiles, int[] conceptDf)
    {
        var cap = Math.Max(20, profiles.Count / 8);
        var byConcept = new List<int>[64];
        var byWord = new Dictionary<int, List<int>>();
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var c = 0; c < 64; c++)
            {
                if (((profiles[i].Concepts >> c) & 1) == 1 && conceptDf[c] <= cap)
                {
                    (byConcept[c] ??= []).Add(i);
                }
            }

            foreach (var w in profiles[i].Words)
            {
                (byWord.TryGetValue(w, out var list) ? list : byWord[w] = []).Add(i);
            }
        }

        var seen = new int[profiles.Count];
        Array.Fill(seen, -1);
        for (var i = 0; i < profiles.Count; i++)
        {
            var postings = Enumerable.Range(0, 64).Where(c => byConcept[c] is not null && ((profiles[i].Concepts >> c) & 1) == 1).Select(c => byConcept[c])
                .Concat(profiles[i].Words.Select(w => byWord[w]).Where(l => l.Count <= cap));
            foreach (var list in postings)
            {
                // Postings are in increasing order: only partners after i, so each pair comes once.
                var start = list.BinarySearch(i);
                for (var k = (start < 0 ? ~start : start + 1); k < list.Count; k++)
                {
                    var j = list[k];
                    if (seen[j] != i)
                    {
                        seen[j] = i;
                        yield return (i, j);
                    }
                }
            }
        }
    }

    private static Group Describe(List<int> members, List<Profile> profiles, Dictionary<(int, int), double> pairs)
    {
        var sorted = members.Order().ToList();
        var scores = new List<double>();
        for (var x = 0; x < sorted.Count; x++)
        {
            for (var y = x + 1; y < sorted.Count; y++)
            {
                scores.Add(pairs.GetValueOrDefault((sorted[x], sorted[y])));
            }
        }

        var half = Math.Max(2, (members.Count + 1) / 2);
        var concepts = Enumerable.Range(0, 64).Select(c => (c, n: members.Count(m => ((profiles[m].Concepts >> c) & 1) == 1)))
            .Where(x => x.n >= half).OrderByDescending(x => x.n).ThenBy(x => x.c).Select(x => x.c).ToList();
        var areas = members.SelectMany(m => profiles[m].Note.Areas).GroupBy(a => a).Where(g => g.Count() >= half).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var words = members.SelectMany(m => SearchTerms.Significant(profiles[m].Note.Text)).GroupBy(w => w).Where(g => g.Count() >= half).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(5).ToList();
        return new Group(sorted.Select(i => profiles[i].Note.Id).Order().ToList(), Math.Round(scores.Average(), 2), concepts, areas, words);
    }
}
