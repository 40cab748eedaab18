using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Mechelen.Pdf.Tests;

public class FontFallbackTests
{
    [Fact]
    public void CharactersThePrimaryFontLacks_AreDrawnInTheFallbackFont()
    {
        var bytes = Document.Create(doc => doc.Page(page => page.Content()
            .Text("Serif مرحبا بالعالم").FontFamily("DejaVu Serif"))).GeneratePdf();

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var latin = letters.Where(l => l.Value[0] < 0x0600).ToList();
        var arabic = letters.Where(l => l.Value[0] >= 0x0600).ToList();
        Assert.NotEmpty(arabic);
        Assert.All(latin, l => Assert.Contains("DejaVuSerif", l.FontName!.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.All(arabic, l => Assert.Matches("DejaVuSans(?!.*Serif)", l.FontName!.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.All(letters, l => Assert.Matches(new Regex("^[A-Z]{6}\\+"), l.FontName));
    }
}
