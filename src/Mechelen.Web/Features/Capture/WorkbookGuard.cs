using System.IO.Compression;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Checks an uploaded file before any spreadsheet library opens it: size, the file signature, and the
/// zip container's declared sizes, so a zip bomb is refused before it is inflated.
/// </summary>
public static class WorkbookGuard
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;
    public const int MaxEntries = 1000;
    public const double MaxRatio = 200;

    public const string TooLarge = "The file is larger than 5 MB. Split the rows over several files and upload them one by one.";
    public const string Empty = "The file is empty. Choose the filled template.";
    public const string NotXlsx = "This file is not an Excel workbook (.xlsx). Download the template, fill it in Excel or LibreOffice, save it as .xlsx and upload that file.";
    public const string Encrypted = "This workbook is password-protected (encrypted) or in the old .xls format. Save it as an Excel workbook (.xlsx) without a password and upload it again.";
    public const string Corrupt = "The workbook is damaged and cannot be read. Open it in Excel or LibreOffice, save it again as .xlsx and upload it again.";
    public const string Bomb = "The workbook expands to far more data than a recommendations sheet can hold, so it was not opened. Copy your rows into a fresh template and upload that.";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Null when the file may be opened; otherwise the message for the rapporteur. The stream is left at position 0.</summary>
    public static string? Check(Stream file)
    {
        if (file.Length == 0)
        {
            return Empty;
        }

        if (file.Length > MaxBytes)
        {
            return TooLarge;
        }

        var head = new byte[8];
        file.Position = 0;
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        if (read == head.Length && head.AsSpan().SequenceEqual(CompoundFileSignature))
        {
            return Encrypted;
        }

        if (read < ZipSignature.Length || !head.AsSpan(0, ZipSignature.Length).SequenceEqual(ZipSignature))
        {
            return NotXlsx;
        }

        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return Bomb;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : (double)entry.Length / entry.CompressedLength;
                if (total > MaxUncompressedBytes || (entry.Length > 1024 * 1024 && ratio > MaxRatio))
                {
                    return Bomb;
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
            {
                return NotXlsx;
            }
        }
        catch (InvalidDataException)
        {
            return Corrupt;
        }
        finally
        {
            file.Position = 0;
        }

        return null;
    }
}
