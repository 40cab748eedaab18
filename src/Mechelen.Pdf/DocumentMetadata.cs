using PdfSharp.Pdf;

namespace Mechelen.Pdf;

/// <summary>Document properties written into the PDF information dictionary and catalog.</summary>
internal sealed class DocumentMetadata
{
    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? Subject { get; set; }

    public string? Keywords { get; set; }

    public string? Language { get; set; }

    public string? Creator { get; set; }

    public void ApplyTo(PdfDocument pdf)
    {
        pdf.Info.Title = Title ?? string.Empty;
        pdf.Info.Author = Author ?? string.Empty;
        pdf.Info.Subject = Subject ?? string.Empty;
        pdf.Info.Keywords = Keywords ?? string.Empty;
        pdf.Info.Creator = Creator ?? "Mechelen.Pdf";
        if (Language is not null)
        {
            pdf.Language = Language;
        }
    }
}
