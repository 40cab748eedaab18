using System.Text.Json;
using System.Text.Json.Serialization;
using Mechelen.Web.Infrastructure;

namespace Mechelen.Web.Data.Seeding;

/// <summary>Reads a seed file strictly; any problem becomes a <see cref="StartupException"/> naming the file, the JSON path and what was expected.</summary>
public static class SeedReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static T Read<T>(string file)
    {
        var name = Path.GetFileName(file);
        if (!File.Exists(file))
        {
            throw new StartupException($"Seed file {name} was not found in {Path.GetDirectoryName(file)} (setting Seeding:Path).");
        }

        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw Fail(name, "$", "expected an object, found null");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? $" (line {l + 1})" : "";
            throw Fail(name, (ex.Path ?? "$") + line, Detail(ex));
        }
    }

    public static StartupException Fail(string file, string path, string detail) =>
        new($"Seed file {file} is malformed at {path}: {detail}.");

    private static string Detail(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.') : message.TrimEnd('.');
    }
}
