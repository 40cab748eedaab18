using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Admin;

public static class AdminRegistration
{
    /// <summary>Accounts, roles, assignments and the programme's wording, plus the create-admin command.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserList.Handler>();
        services.AddScoped<InvitePeople.Handler>();
        services.AddScoped<Invitations.IssueInvitation>();
        services.AddScoped<Invitations.AcceptInvitation.Handler>();
        services.AddScoped<Invitations.IInvitationMailer, Invitations.SmtpInvitationMailer>();
        services.AddOptions<Invitations.InvitationOptions>().BindConfiguration(Invitations.InvitationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Invitations.SmtpOptions>().BindConfiguration(Invitations.SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EditUser.Handler>();
        services.AddScoped<UserSignIn.Handler>();
        services.AddScoped<AdminOverview.Handler>();
        services.AddScoped<EditEvent.Handler>();
        services.AddScoped<EditSession.Handler>();
        services.AddScoped<CreateEvent.Handler>();
        services.AddScoped<ProgrammeChanges.Handler>();
        services.AddScoped<AssignmentGrid.Handler>();
        services.AddScoped<ProgrammeTemplate.Handler>();
        services.AddScoped<ImportProgramme.Handler>();
        services.AddScoped<EditArea.Handler>();
        services.AddScoped<ICliCommand, CreateAdminCommand>();
        return services;
    }
}
