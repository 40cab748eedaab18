using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>
/// The filtered set as one JSON document: <c>{ event, filter, generatedAt, recommendations: [...], keyRecommendations: [...] }</c>,
/// each object keyed by the columns' JSON names; lists stay arrays, times are UTC ISO 8601. The recommendations are written as
/// they are read (the writer flushes every <see cref="FlushBytes"/>), so <c>count</c> comes after them; the key recommendations,
/// a few per area, are read once the recommendations are out.
/// </summary>
public static class JsonExport
{
    public const string ContentType = "application/json; charset=utf-8";

    private const int FlushBytes = 32 * 1024;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(
        Stream stream, string eventCode, string filterQuery, DateTime generatedAt,
        IAsyncEnumerable<RecommendationRow> rows, Func<Task<IReadOnlyList<KeyRecommendationRow>>> keys, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteString("event", eventCode);
        writer.WriteString("filter", filterQuery);
        writer.WriteString("generatedAt", ExportColumns.AsText(generatedAt));
        writer.WritePropertyName("recommendations");
        writer.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteObject(writer, ExportColumns.Recommendations, row);
            count++;
            if (writer.BytesPending > FlushBytes)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        writer.WriteNumber("count", count);
        writer.WritePropertyName("keyRecommendations");
        WriteArray(writer, ExportColumns.KeyRecommendations, await keys());
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    public static void WriteArray<TRow>(Utf8JsonWriter writer, IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            WriteObject(writer, columns, row);
        }

        writer.WriteEndArray();
    }

    private static void WriteObject<TRow>(Utf8JsonWriter writer, IReadOnlyList<ExportColumn<TRow>> columns, TRow row)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
        {
            writer.WritePropertyName(column.Key);
            WriteValue(writer, column.Value(row));
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<int> numbers:
                writer.WriteStartArray();
                foreach (var n in numbers)
                {
                    writer.WriteNumberValue(n);
                }

                writer.WriteEndArray();
                break;
            case IEnumerable<string> strings:
                writer.WriteStartArray();
                foreach (var s in strings)
                {
                    writer.WriteStringValue(s);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(ExportColumns.AsText(value));
                break;
        }
    }
}
