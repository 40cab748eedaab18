using Mechelen.Web.Auditing;

namespace Mechelen.Web.Tests.Auditing;

public sealed class TextDiffTests
{
    private static string Show(IEnumerable<TextDiff.Segment> segments) =>
        string.Concat(segments.Select(s => s.Kind switch
        {
            TextDiff.Kind.Removed => "[-" + s.Text + "-]",
            TextDiff.Kind.Added => "{+" + s.Text + "+}",
            _ => s.Text,
        }));

    [Theory]
    [InlineData("Open clinics now", "Open clinics now", "Open clinics now")]
    [InlineData("Open clinics now", "Open schools now", "Open [-clinics-]{+schools+} now")]
    [InlineData("", "New text", "{+New text+}")]
    [InlineData("Old text", "", "[-Old text-]")]
    [InlineData("Una ciudad, dos ciudades.", "Una ciudad; tres ciudades.", "Una ciudad[-,-]{+;+} [-dos-]{+tres+} ciudades.")]
    // Ideographs are compared one by one, not as one long "word".
    [InlineData("城市移民会议", "城市与移民会议", "城市{+与+}移民会议")]
    // An emoji (a surrogate pair) and a letter with its combining mark stay whole.
    [InlineData("a 😀 b", "a 😀😀 b", "a 😀{+😀+} b")]
    [InlineData("cafe\u0301 ouvert", "cafe\u0301 ferme\u0301", "cafe\u0301 [-ouvert-]{+ferme\u0301+}")]
    public void Compare_MarksWordsRemovedAndAdded(string before, string after, string expected) =>
        Assert.Equal(expected, Show(TextDiff.Compare(before, after)));

    [Fact]
    public void BeforeAndAfter_RebuildBothTexts_EvenForLongAndUnruly_Ones()
    {
        var random = new Random(17);
        string Words(int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => "w" + random.Next(60)));
        var pairs = new (string, string)[]
        {
            (Words(700), Words(700)),
            (new string('w', 4000), new string('w', 3999) + "x"),
            ("a" + new string('\u0301', 3999), "b" + new string('\u0301', 3999)),
            ("\u202Eabc def", "abc \u202Edef"),
            (string.Concat(Enumerable.Repeat("👩🏽‍🌾🇧🇪", 200)), string.Concat(Enumerable.Repeat("👩🏽‍🌾🇧🇪x", 150))),
        };

        foreach (var (before, after) in pairs)
        {
            var diff = TextDiff.Compare(before, after);
            Assert.Equal(before, string.Concat(TextDiff.Before(diff).Select(s => s.Text)));
            Assert.Equal(after, string.Concat(TextDiff.After(diff).Select(s => s.Text)));
            Assert.All(diff, s => Assert.False(char.IsLowSurrogate(s.Text[0]) || char.IsHighSurrogate(s.Text[^1])));
        }
    }
}
