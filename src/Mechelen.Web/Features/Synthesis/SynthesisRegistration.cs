namespace Mechelen.Web.Features.Synthesis;

public static class SynthesisRegistration
{
    public static IServiceCollection AddSynthesis(this IServiceCollection services)
    {
        services.AddScoped<KeyRecommendationList.Handler>();
        services.AddScoped<KeyRecommendationDetails.Handler>();
        services.AddScoped<MergeIntoKeyRecommendation.Handler>();
        services.AddScoped<EditKeyRecommendation.Handler>();
        services.AddScoped<ChangeKeySources.Handler>();
        services.AddScoped<UnmergeKeyRecommendation.Handler>();
        return services;
    }
}
