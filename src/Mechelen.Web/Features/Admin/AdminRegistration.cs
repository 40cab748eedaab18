using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Admin;

public static class AdminRegistration
{
    /// <summary>Accounts, roles, assignments and the programme's wording, plus the create-admin command.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserList.Handler>();
        services.AddScoped<CreateUser.Handler>();
        services.AddScoped<EditUser.Handler>();
        services.AddScoped<UserSignIn.Handler>();
        services.AddScoped<AdminOverview.Handler>();
        services.AddScoped<EditEvent.Handler>();
        services.AddScoped<EditSession.Handler>();
        services.AddScoped<EditArea.Handler>();
        services.AddScoped<ICliCommand, CreateAdminCommand>();
        return services;
    }
}
