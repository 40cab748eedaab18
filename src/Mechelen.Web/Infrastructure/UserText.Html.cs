using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// Markup for text people typed (notes, names, titles) where it sits inside the interface's own text: each value
/// in its own <c>&lt;bdi&gt;</c>, so a right-to-left override or an Arabic name cannot reorder the words around
/// it, and (through the stylesheet) so a 4,000-character word wraps instead of widening the page. A block that
/// holds nothing but user text gets <c>dir="auto"</c> in the view instead.
/// </summary>
public static partial class UserText
{
    /// <summary>One value, isolated; usable as an argument of a localised string.</summary>
    public static IHtmlContent Bdi(string? value) =>
        new HtmlContentBuilder(3).AppendHtml("<bdi>").Append(value ?? "").AppendHtml("</bdi>");

    /// <summary>The start of a text for a short mention, never cutting an emoji or other surrogate pair in two.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut] + "…";
    }

    /// <summary>Several values, each isolated, with the separator between them.</summary>
    public static IHtmlContent Join(IEnumerable<string> values, string separator = ", ")
    {
        var html = new HtmlContentBuilder();
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                html.Append(separator);
            }

            html.AppendHtml("<bdi>").Append(value).AppendHtml("</bdi>");
            first = false;
        }

        return html;
    }

    /// <summary>
    /// Stands for the <paramref name="index"/>th user value while a sentence is built by code that only knows
    /// strings (the report's sentences); <see cref="Sentence"/> then puts each value back, isolated.
    /// </summary>
    public static string Mark(int index) => $"\uE000{index.ToString(CultureInfo.InvariantCulture)}\uE001";

    /// <summary>A sentence built with <see cref="Mark"/> in place of user values, as markup with each value in its own <c>&lt;bdi&gt;</c>.</summary>
    public static IHtmlContent Sentence(string built, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(built);
        ArgumentNullException.ThrowIfNull(values);
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match mark in MarkPattern().Matches(built))
        {
            html.Append(built[last..mark.Index]);
            var index = int.Parse(mark.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            html.AppendHtml("<bdi>").Append(index < values.Length ? values[index] : "").AppendHtml("</bdi>");
            last = mark.Index + mark.Length;
        }

        return html.Append(built[last..]);
    }

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex MarkPattern();
}
