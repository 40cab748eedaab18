using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Features.Admin;

/// <summary>An event's working languages, stored as codes separated by commas in the interface's order.</summary>
public static class EventSettings
{
    public static bool IsLanguage(string? code) => Cultures.IsSupported(code);

    public static List<string> Languages(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsLanguage).ToList();

    public static string Join(IEnumerable<string> codes)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        return string.Join(",", Cultures.Supported.Select(c => c.Name).Where(wanted.Contains));
    }
}
