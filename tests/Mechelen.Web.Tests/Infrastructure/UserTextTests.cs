using System.Text.Encodings.Web;
using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace Mechelen.Web.Tests.Infrastructure;

public sealed class UserTextTests
{
    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void EachValue_IsEncodedInItsOwnBdi()
    {
        Assert.Equal("<bdi>&lt;b&gt;Ana</bdi>", Html(UserText.Bdi("<b>Ana")));
        Assert.Equal("<bdi></bdi>", Html(UserText.Bdi(null)));
        Assert.Equal("<bdi>Housing</bdi> &#xB7; <bdi>a&amp;b</bdi>", Html(UserText.Join(["Housing", "a&b"], " · ")));
        Assert.Equal("", Html(UserText.Join([])));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("a longer note", 8, "a longer…")]
    // An emoji across the cut is left out whole rather than halved.
    [InlineData("1234567😀 more", 8, "1234567…")]
    [InlineData("12345678😀", 8, "12345678…")]
    public void Shorten_NeverSplitsASurrogatePair(string text, int length, string expected) =>
        Assert.Equal(expected, UserText.Shorten(text, length));
}
