using System.Text.Json;
using System.Text.Json.Serialization;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

/// <summary>
/// Translations are stored as one JSON text column, <c>{"es":{"name":"…","description":"…"},"fr":{…}}</c>: read whole with
/// their owner, never queried inside, so the same plain text column serves both providers. Languages are written in
/// code order, so an unchanged set of translations writes the same text and a re-run seed changes nothing.
/// </summary>
internal static class TranslationsColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static PropertyBuilder<Dictionary<string, Translation>> IsTranslations(this PropertyBuilder<Dictionary<string, Translation>> property) =>
        property.HasConversion(t => Write(t), text => Read(text), new ValueComparer<Dictionary<string, Translation>>(
                (a, b) => Same(a, b), t => Write(t).GetHashCode(StringComparison.Ordinal), t => Copy(t)))
            .IsRequired();

    public static string Write(Dictionary<string, Translation>? translations) =>
        JsonSerializer.Serialize(new SortedDictionary<string, Translation>(translations ?? [], StringComparer.Ordinal), Json);

    public static Dictionary<string, Translation> Read(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : JsonSerializer.Deserialize<Dictionary<string, Translation>>(text, Json) ?? [];

    private static bool Same(Dictionary<string, Translation>? a, Dictionary<string, Translation>? b) =>
        a is null || b is null ? a == b : a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && other == p.Value);

    private static Dictionary<string, Translation> Copy(Dictionary<string, Translation> translations) => new(translations);
}
