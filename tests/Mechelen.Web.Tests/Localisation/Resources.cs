using System.Xml.Linq;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>The resource files of the web app, read as plain XML (key → value), and the folders the scans read.</summary>
internal static class Resources
{
    public static readonly string WebRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Mechelen.Web"));

    public static readonly string[] Translations = ["fr", "es"];

    public static IReadOnlyDictionary<string, string> Read(string? culture = null)
    {
        return ReadFile(Path.Combine(WebRoot, "Resources", culture is null ? "SharedResource.resx" : $"SharedResource.{culture}.resx"));
    }

    public static IReadOnlySet<string> Keys() => Read().Keys.ToHashSet();

    /// <summary>The report's sentences in <paramref name="culture"/> (key → value), from the report library's resources.</summary>
    public static IReadOnlyDictionary<string, string> ReadReport(string culture) =>
        ReadFile(Path.Combine(WebRoot, "..", "Mechelen.Reports", "Text", $"ReportText.{culture}.resx"));

    private static Dictionary<string, string> ReadFile(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
