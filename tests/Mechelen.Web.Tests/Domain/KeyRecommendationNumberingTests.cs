using Mechelen.Web.Domain;

namespace Mechelen.Web.Tests.Domain;

public sealed class KeyRecommendationNumberingTests
{
    private static KeyRecommendation Key(int id, int order) => new() { Id = id, Order = order, Wording = $"Key {id}", CreatedByName = "Officer" };

    [Theory]
    [InlineData(1, new[] { 9, 1, 2, 3 })]
    [InlineData(3, new[] { 1, 2, 9, 3 })]
    [InlineData(99, new[] { 1, 2, 3, 9 })]
    [InlineData(-5, new[] { 9, 1, 2, 3 })]
    public void Place_PutsTheItemAtItsPosition_Clamped_AndNumbersTheArea1ToN(int position, int[] idsInOrder)
    {
        var area = new List<KeyRecommendation> { Key(1, 1), Key(2, 4), Key(3, 7) };
        var item = Key(9, 0);

        KeyRecommendationNumbering.Place(area, item, position);

        var all = area.Append(item).OrderBy(k => k.Order).ToList();
        Assert.Equal(idsInOrder, all.Select(k => k.Id));
        Assert.Equal([1, 2, 3, 4], all.Select(k => k.Order));
    }

    [Fact]
    public void Renumber_ClosesTheGapOneLeaves_KeepingTheOrder()
    {
        var area = new List<KeyRecommendation> { Key(5, 3), Key(4, 1), Key(6, 3) };

        KeyRecommendationNumbering.Renumber(area);

        Assert.Equal([(4, 1), (5, 2), (6, 3)], area.OrderBy(k => k.Order).Select(k => (k.Id, k.Order)));
    }
}
