using Mechelen.Web.Features.Review.Duplicates;
using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Review;

public static class ReviewRegistration
{
    /// <summary>Review mode, undo, and the duplicate suggestions.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddScoped<ReviewWorklist.Handler>();
        services.AddScoped<ReviewOverview.Handler>();
        services.AddScoped<ReviewItem.Handler>();
        services.AddScoped<UndoReview.Handler>();
        services.AddScoped<DuplicateSuggestions.Handler>();
        services.AddScoped<DismissDuplicates.Handler>();
        services.AddScoped<ICliCommand, DuplicateQualityCommand>();
        return services;
    }
}
