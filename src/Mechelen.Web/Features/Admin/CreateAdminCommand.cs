using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Cli;
using Microsoft.AspNetCore.Identity;

namespace Mechelen.Web.Features.Admin;

/// <summary>
/// <c>create-admin --email x@y [--name "Display name"]</c>: the first administrator of a deployment where no
/// demo accounts exist. The password comes from <c>MECHELEN_ADMIN_PASSWORD</c> or the first line of
/// standard input, never from the command line (which shell history and process lists keep).
/// </summary>
public sealed class CreateAdminCommand(UserManager<ApplicationUser> users, MechelenDbContext db, AuditLog audit) : ICliCommand
{
    public const string PasswordVariable = "MECHELEN_ADMIN_PASSWORD";

    public string Name => "create-admin";

    public string Usage => $"create-admin --email <address> [--name <display name>]  (password from {PasswordVariable} or standard input)";

    public Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, Environment.GetEnvironmentVariable(PasswordVariable), Console.In, output, error, cancellationToken);

    public async Task<int> RunAsync(
        IReadOnlyList<string> args, string? passwordVariable, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = CliCommands.Options(args, out var problems);
        var email = options["email"].FirstOrDefault()?.Trim();
        if (problems.Count > 0 || string.IsNullOrEmpty(email))
        {
            await error.WriteLineAsync($"{(problems.Count > 0 ? string.Join("; ", problems) : "--email is missing")}. Usage: {Usage}");
            return CliCommands.UsageError;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"An account with the e-mail {email} exists already; nothing was changed.");
            return 1;
        }

        var password = passwordVariable;
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Password for {email} (or set {PasswordVariable}):");
            password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"No password given: set {PasswordVariable} or pass it on standard input.");
            return CliCommands.UsageError;
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = options["name"].FirstOrDefault() ?? email.Split('@')[0],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Admin);
        }

        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"The administrator was not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        audit.Record("create-admin", "User", user.Id, null, new { user.Email, user.DisplayName, Roles = new[] { Roles.Admin } });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await output.WriteLineAsync($"Administrator {email} created. Sign in at /account/login.");
        return 0;
    }
}
