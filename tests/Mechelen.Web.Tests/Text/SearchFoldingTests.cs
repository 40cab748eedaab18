using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;

namespace Mechelen.Web.Tests.Text;

/// <summary>Folding and similarity read every stored string, including what was saved before the text policy: they never throw.</summary>
public sealed class SearchFoldingTests
{
    public static TheoryData<string> Stored => new()
    {
        "Housing \uFFFE for all",
        "Housing for all \uFFFF\uFDD0 \U0001FFFE",
        "half \uD800 of a pair \uDC00",
        "ends with half \uD83D",
        "unassigned \U000E0080 code point",
        "nul \0 and controls \u0001\u001B",
        "a" + new string('\u0301', 4000),
        string.Concat(Enumerable.Repeat("😀", 300)),
    };

    [Theory]
    [MemberData(nameof(Stored), DisableDiscoveryEnumeration = true)]
    public void AnyStoredString_FoldsAndComparesWithoutThrowing(string text)
    {
        var folded = SearchTerms.Fold(text);
        Assert.NotNull(folded);
        Assert.NotNull(SearchTerms.Words(text));
        var terms = SearchTerms.Significant(text);
        Assert.InRange(SearchTerms.Similarity(terms, SearchTerms.Significant(text + " housing")), 0, 1);
    }

    [Fact]
    public void TheWordsAroundANoncharacter_AreStillFound()
    {
        Assert.Equal(["housing", "for", "all"], SearchTerms.Words("Housing\uFFFEfor all"));
        Assert.Equal(["integracion", "pair"], SearchTerms.Words("Integración \uD800pair"));
    }

    [Fact]
    public void ASearchTextCutToItsLimit_KeepsEmojiWhole()
    {
        var filter = new RecommendationFilter { Q = new string('a', SearchTerms.MaxQueryLength - 1) + "😀 more" };

        Assert.Single(filter.Normalize());

        Assert.Equal(new string('a', SearchTerms.MaxQueryLength - 1), filter.Q);
    }

    [Fact]
    public void AQueryCutInsideAnEmoji_StillFolds()
    {
        // The 500th character is the first half of an emoji: cutting there leaves half a pair.
        var text = new string('a', SearchTerms.MaxQueryLength - 1) + "😀 more";
        Assert.Single(SearchTerms.Words(text));
    }
}
