namespace Mechelen.Web.Tests.Text;

/// <summary>One piece of text that has broken, or could break, a page, a file or a search somewhere.</summary>
public sealed record HostileInput(string Kind, string Payload);

/// <summary>
/// Text people really paste (Word, e-mails, phones, spreadsheets, databases) and text an attacker types. Each
/// goes through capture, import and search, then through every output; see <see cref="HostileTextTests"/>.
/// </summary>
public static class HostileCorpus
{
    public static readonly IReadOnlyList<HostileInput> Inputs =
    [
        new("script", "<script>alert('x')</script> and </textarea><script>alert(2)</script>"),
        new("html", "<img src=x onerror=alert(1)> <b>bold</b> <iframe src=\"https://evil.example\"></iframe> &amp; &lt;"),
        new("attribute breakers", "\" onmouseover=\"alert(1)\" x=\" ' autofocus onfocus='alert(2)' ` onclick=`alert(3)`"),
        new("javascript links", "javascript:alert(document.cookie) [click](javascript:alert(1)) <a href=\"javascript:alert(1)\">x</a>"),
        new("formula prefixes", "=HYPERLINK(\"http://evil.example\",\"click\")"),
        new("formula commands", "=cmd|' /C calc'!A0 +1+1 -2+3 @SUM(A1:A9)"),
        new("csv breakers", "a,\"b\",c\r\nnew,row;\"unterminated\tand a tab"),
        new("bidi overrides", "\u202Egnp.exe\u202C invoice \u2066isolated\u2069 \u200Fmark \u202Bembedded\u202C"),
        new("nul", "before\0after"),
        new("vertical tab", "Word's manual\vline break and a form\ffeed"),
        new("noncharacters", "U+FFFE \uFFFE U+FFFF \uFFFF U+FDD0 \uFDD0 plane one \U0001FFFE"),
        new("half surrogate pairs", "half \uD800 a pair \uDC00 and a cut emoji \uD83D"),
        new("control characters", "bell\u0007 escape\u001B[31m red delete\u007F next\u0085line"),
        new("long word", new string('w', 3980)),
        new("emoji", "Emoji 😀👍🏽 👨‍👩‍👧 🏳️‍🌈 🇧🇪"),
        new("cjk", "城市移民治理应包括所有居民，无论其身份如何。"),
        new("arabic", "ينبغي للمدن أن تضمن حصول جميع المهاجرين على الخدمات الأساسية"),
        new("combining marks", "a" + new string('\u0301', 3980)),
        new("zero width", "zero\u200Bwidth\u200Djoiner\uFEFFbom soft\u00ADhyphen"),
        new("sql and search syntax", "'; DROP TABLE Recommendations; -- \"quoted\" NEAR(a b) * OR housing*"),
        new("entities and percent", "&#x3C;script&#x3E; %3Cscript%3E \\u003cscript\\u003e {{7*7}} ${7*7}"),
    ];
}
