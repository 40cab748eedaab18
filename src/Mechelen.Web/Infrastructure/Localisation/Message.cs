using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Infrastructure.Localisation;

/// <summary>
/// A sentence for the user, kept as a key of <c>Resources/SharedResource.resx</c> and its arguments until it
/// is shown, so handlers never decide the language and nothing is matched by its English wording.
/// </summary>
public sealed record Message(string Key, params object[] Args)
{
    /// <summary>The key of <see cref="Plain"/>: a text already in the reader's language (an Identity error worded by our describer).</summary>
    public const string PlainKey = "{0}";

    public static Message Plain(string text) => new(PlainKey, text);

    /// <summary>The English wording, for logs, the command line and test messages.</summary>
    public override string ToString() => Args.Length == 0 ? Key : string.Format(CultureInfo.InvariantCulture, Key, Args);
}

public static class MessageLocalizerExtensions
{
    /// <summary>The message in the current UI language.</summary>
    public static string Text(this IStringLocalizer localizer, Message message) => localizer[message.Key, message.Args];

    /// <summary>The message in the current UI language, its arguments HTML-encoded.</summary>
    public static LocalizedHtmlString Html(this IHtmlLocalizer localizer, Message message) => localizer[message.Key, message.Args];

    /// <summary>The wording of <paramref name="key"/>, or <paramref name="fallback"/> when there is no key (a code this version does not name).</summary>
    public static string NameOr(this IHtmlLocalizer localizer, string? key, string fallback) => key is null ? fallback : localizer[key].Value;
}
