using Mechelen.Web.Domain;
using Mechelen.Web.Features.Admin;
using Mechelen.Web.Infrastructure.Cli;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Admin;

public sealed class CreateAdminCommandTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string? variable, string input = "")
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().OfType<CreateAdminCommand>().Single();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await command.RunAsync(args, variable, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task PasswordFromStandardInput_CreatesAnAdministratorWhoCanSignIn()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@test.example";
        var (code, output, _) = await RunAsync(["--email", email, "--name", "Operations"], null, "stdin-pass-2024\n");

        Assert.Equal(0, code);
        Assert.Contains($"Administrator {email} created.", output);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.Equal("Operations", user.DisplayName);
        Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
        await factory.CreateBrowserClient().SignInAsync(email, "stdin-pass-2024");
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "create-admin" && a.EntityId == user.Id)));
    }

    [Fact]
    public async Task PasswordFromTheEnvironmentVariable_IsUsedWithoutReadingInput()
    {
        var email = $"env-admin-{Guid.NewGuid():N}@test.example";
        var (code, _, _) = await RunAsync(["--email", email], "env-pass-2024", "this line is not read");
        Assert.Equal(0, code);
        await factory.CreateBrowserClient().SignInAsync(email, "env-pass-2024");
    }

    [Fact]
    public async Task MissingEmail_WeakPassword_AndExistingEmail_FailWithAReasonAndANonZeroCode()
    {
        var missing = await RunAsync([], "good-pass-2024");
        Assert.Equal(CliCommands.UsageError, missing.Code);
        Assert.Contains("--email is missing", missing.Error);

        var weakEmail = $"weak-{Guid.NewGuid():N}@test.example";
        var weak = await RunAsync(["--email", weakEmail], "short");
        Assert.Equal(1, weak.Code);
        Assert.Contains("Passwords must be at least 10 characters.", weak.Error);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == weakEmail)));

        var existing = await factory.CreateUserAsync($"taken-{Guid.NewGuid():N}@test.example", TestAccounts.Password);
        var twice = await RunAsync(["--email", existing.Email!], "good-pass-2024");
        Assert.Equal(1, twice.Code);
        Assert.Contains("exists already", twice.Error);

        var noPassword = await RunAsync(["--email", $"nopass-{Guid.NewGuid():N}@test.example"], null, "");
        Assert.Equal(CliCommands.UsageError, noPassword.Code);
    }
}
