using Mechelen.Web.Infrastructure;

namespace Mechelen.Web.Tests.Text;

public sealed class UserTextTests
{
    public static TheoryData<string, string> LineBreaks => new()
    {
        { "one\r\ntwo", "one\ntwo" },
        { "one\rtwo", "one\ntwo" },
        { "one\ntwo", "one\ntwo" },
        { "one\vtwo", "one\ntwo" },
        { "one\ftwo", "one\ntwo" },
        { "one\u0085two", "one\ntwo" },
        { "one\u2028two", "one\ntwo" },
        { "one\u2029two", "one\ntwo" },
        { "one\r\n\r\ntwo", "one\n\ntwo" },
        { "one\n\rtwo", "one\n\ntwo" },
        { "  \r\n one \t\v ", "one" },
    };

    [Theory]
    [MemberData(nameof(LineBreaks), DisableDiscoveryEnumeration = true)]
    public void LineBreaks_BecomeLf_AndTheTextIsTrimmed(string input, string stored)
    {
        Assert.Equal(stored, UserText.Clean(input, out var hadNul));
        Assert.False(hadNul);
    }

    public static TheoryData<string> KeptExactly => new()
    {
        "Emoji 😀👍🏽 👨‍👩‍👧 🏳️‍🌈",
        "城市移民治理应包括所有居民",
        "ينبغي للمدن أن تضمن حصول جميع المهاجرين على الخدمات",
        "\u202Egnp.exe\u202C \u2066isolated\u2069 \u200Fmark",
        "noncharacters \uFFFE \uFFFF \uFDD0 \U0001FFFE \U0010FFFF",
        "=HYPERLINK(\"http://evil.example\",\"x\") +1 -1 @SUM(A1)",
        "<script>alert('x')</script> \" onmouseover=\"alert(1)",
        "controls \u0001 \u0007 \u001B \u007F and tab\tinside",
        "zero width \u200B\u200D\uFEFF soft\u00ADhyphen",
        "a" + new string('\u0301', 4000),
        "_x0041_ stays as typed",
    };

    [Theory]
    [MemberData(nameof(KeptExactly), DisableDiscoveryEnumeration = true)]
    public void EveryOtherCharacter_IsKeptExactly(string input)
    {
        Assert.Equal(input, UserText.Clean(input, out var hadNul));
        Assert.False(hadNul);
    }

    [Fact]
    public void Nul_IsTakenOut_AndReported()
    {
        Assert.Equal("before after", UserText.Clean("before\0 after\0", out var hadNul));
        Assert.True(hadNul);
        Assert.Null(UserText.CleanOrNull(" \0 ", out hadNul));
        Assert.True(hadNul);
    }

    [Fact]
    public void HalfOfASurrogatePair_BecomesTheReplacementCharacter_AndWholePairsStay()
    {
        Assert.Equal("a\uFFFDb\uFFFD 😀", UserText.Clean("a\uD800b\uDC00 😀", out var hadNul));
        Assert.False(hadNul);
        Assert.Equal("cut \uFFFD", UserText.Clean("cut \uD83D", out _));
    }

    [Fact]
    public void Passwords_KeepTheirSpacesAndBreaks_ButNotNul()
    {
        Assert.Equal(" pass word\r\n ", UserText.Clean(" pass word\r\n ", out var hadNul, isPassword: true));
        Assert.False(hadNul);
        Assert.Equal(" secret ", UserText.Clean(" se\0cret ", out hadNul, isPassword: true));
        Assert.True(hadNul);
    }

    public static TheoryData<string, string> Xml => new()
    {
        { "plain text, tab\tand\nbreaks\r", "plain text, tab\tand\nbreaks\r" },
        { "nul\0 vt\v ff\f esc\u001B", "nul\uFFFD vt\uFFFD ff\uFFFD esc\uFFFD" },
        { "\uFFFE\uFFFF\uFDD0", "\uFFFD\uFFFD\uFDD0" },
        { "half \uD800 and \uDC00 whole 😀 \U0001FFFE", "half \uFFFD and \uFFFD whole 😀 \U0001FFFE" },
        { "trailing high \uD83D", "trailing high \uFFFD" },
    };

    [Theory]
    [MemberData(nameof(Xml), DisableDiscoveryEnumeration = true)]
    public void ForXml_ReplacesOnlyWhatXml10CannotCarry(string input, string written)
    {
        var result = UserText.ForXml(input);
        Assert.Equal(written, result);
        Assert.Equal(result, System.Xml.XmlConvert.VerifyXmlChars(result));
    }
}
