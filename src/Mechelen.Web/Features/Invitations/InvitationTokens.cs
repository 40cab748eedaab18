using System.Security.Cryptography;
using System.Text;

namespace Mechelen.Web.Features.Invitations;

/// <summary>
/// The secret of a link: 32 random bytes, base64url. The database keeps only its SHA-256: with 256 bits of
/// randomness a plain hash cannot be reversed or guessed, and a lookup by hash needs no per-row salt.
/// </summary>
public static class InvitationTokens
{
    public static string NewSecret() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether a string can be a secret this app made (43 base64url characters); anything else is not looked up.</summary>
    public static bool LooksValid(string? secret) =>
        secret is { Length: 43 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
