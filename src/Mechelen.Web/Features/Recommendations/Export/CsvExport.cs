using System.Text;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>RFC 4180 CSV (CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a BOM so Excel reads accents right.</summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync<TRow>(Stream stream, IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 65536, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => Field(c.Key))));
        // Rows are written as they are read; the writer's buffer goes out whenever it fills, so memory stays flat however many rows.
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(c => Field(ExportColumns.AsText(c.Value(row))))));
        }
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
