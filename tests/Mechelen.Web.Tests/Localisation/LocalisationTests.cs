using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mechelen.Web.Tests;

public sealed partial class LocalisationTests
{
    private static readonly string WebRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Mechelen.Web"));

    [Fact]
    public void EveryLocalisedString_HasAnEnglishResource()
    {
        var resources = XDocument.Load(Path.Combine(WebRoot, "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var missing = Directory.GetFiles(Path.Combine(WebRoot, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: Regex.Unescape(m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))))
            .Where(k => !resources.Contains(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.resx:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void SessionKinds_HaveResources()
    {
        var resources = File.ReadAllText(Path.Combine(WebRoot, "Resources", "SharedResource.resx"));
        foreach (var kind in Enum.GetNames<Mechelen.Web.Domain.SessionKind>())
        {
            Assert.Contains($"name=\"SessionKind.{kind}\"", resources);
        }
    }

    // A key ends at "]" or ","; a key built by concatenation ("Sort: " + value) is checked by its own test.
    [GeneratedRegex("\\bL\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[\\],]")]
    private static partial Regex LocalizerKey();
}
