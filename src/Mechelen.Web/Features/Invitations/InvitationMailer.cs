using System.Net;
using System.Net.Mail;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Invitations;

/// <summary>Sends set-password links by e-mail; a seam so tests need no mail server.</summary>
public interface IInvitationMailer
{
    bool Enabled { get; }

    /// <summary>True when the server accepted the message.</summary>
    Task<bool> SendAsync(IssueInvitation.Link link, CancellationToken cancellationToken);
}

/// <summary>Plain-text mail through the configured SMTP server, worded in the sender's interface language.</summary>
public sealed class SmtpInvitationMailer(IOptions<SmtpOptions> options, IStringLocalizer<SharedResource> localizer, Formats formats,
    ILogger<SmtpInvitationMailer> logger) : IInvitationMailer
{
    public bool Enabled => options.Value.Enabled;

    public async Task<bool> SendAsync(IssueInvitation.Link link, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var message = new MailMessage(smtp.From ?? $"no-reply@{smtp.Host}", link.Email)
        {
            Subject = localizer["Your account for the conference"],
            Body = string.Join("\n\n",
                localizer["Hello {0},", link.DisplayName],
                localizer["An account was made for you. Open this link to choose your password (it works once, until {0} UTC):", formats.ShortDateTime(link.ExpiresAt)],
                link.Url) + "\n",
        };
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return true;
        }
        catch (SmtpException e)
        {
            // The link is shown to the administrator either way; the log says why the mail did not go.
            logger.LogWarning(e, "Invitation mail not sent: {Status}", e.StatusCode);
            return false;
        }
    }
}
