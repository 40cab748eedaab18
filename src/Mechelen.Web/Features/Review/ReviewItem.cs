using System.Globalization;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Synthesis;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.WebUtilities;

namespace Mechelen.Web.Features.Review;

/// <summary>One recommendation in review mode: its details, its place in the queue, and what the officer can undo.</summary>
public static class ReviewItem
{
    public sealed record Page(
        RecommendationDetails.Model Item, string Queue, ReviewWorklist.Position Position, bool InBasket, IReadOnlyList<UndoReview.Offer> Undo,
        ReviewRecommendation.Form? Yours, IReadOnlyList<Message> Errors, ReviewRules.Snapshot? Theirs)
    {
        /// <summary>The link to another item of the same queue.</summary>
        public string Link(int id) => $"/review/{id}{Queue}";

        public ReviewPage AsReviewPage => new(Item, Yours, Errors, Theirs);
    }

    public sealed class Handler(RecommendationDetails.Handler details, ReviewWorklist.Handler queue, UndoReview.Handler undo)
    {
        public async Task<Page?> HandleAsync(
            int id, RecommendationFilter filter, ReviewRecommendation.Form? yours, IReadOnlyList<Message> errors, ReviewRules.Snapshot? theirs,
            HttpRequest request, CancellationToken cancellationToken)
        {
            var item = await details.HandleAsync(id, cancellationToken);
            if (item is null)
            {
                return null;
            }

            var items = await queue.ItemsAsync(filter, cancellationToken) ?? [];
            var position = ReviewWorklist.Handler.Locate(items, id);
            return new Page(item, filter.ToQueryString(includePaging: false), position, MergeBasket.Read(request).Contains(id),
                await undo.OffersAsync(cancellationToken), yours, errors, theirs);
        }
    }

    /// <summary>The queue's filter from its query string, as the list binds it; values it does not know are left out.</summary>
    public static RecommendationFilter ParseQueue(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        List<string> All(string name) => values.TryGetValue(name, out var v) ? v.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList() : [];
        List<T> Enums<T>(string name)
            where T : struct, Enum => All(name).Select(s => Enum.TryParse<T>(s, true, out var e) ? (T?)e : null).OfType<T>().ToList();
        List<int> Ints(string name) => All(name).Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (int?)n : null).OfType<int>().ToList();
        return new RecommendationFilter
        {
            Event = All("event").FirstOrDefault(),
            Area = All("area"),
            Cluster = Ints("cluster"),
            Session = Ints("session"),
            Level = Enums<GovernanceLevels>("level"),
            Actor = Enums<ActorGroups>("actor"),
            Status = Enums<RecommendationStatus>("status"),
            Language = Enums<RecommendationLanguage>("language"),
            Q = All("q").FirstOrDefault(),
            Sort = Enums<RecommendationSort>("sort").FirstOrDefault(),
        };
    }
}
