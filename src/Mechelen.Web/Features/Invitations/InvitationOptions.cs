using System.ComponentModel.DataAnnotations;

namespace Mechelen.Web.Features.Invitations;

/// <summary>How long a set-password link stays valid, and where the links point.</summary>
public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00", ErrorMessage = "Invitations:Lifetime must be between 01:00:00 and 30.00:00:00.")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The app's public address for links (<c>https://mechelen.example.org</c>); empty: the address of the administrator's request.</summary>
    [Url(ErrorMessage = "Invitations:PublicBaseUrl must be an absolute http or https address.")]
    public string? PublicBaseUrl { get; set; }
}

/// <summary>An SMTP server for sending invitations; without a host, links are only shown to the administrator.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 587;

    /// <summary>Use STARTTLS.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [EmailAddress(ErrorMessage = "Smtp:From must be an e-mail address.")]
    public string? From { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
