using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mechelen.Web.Tests.Localisation;

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

    // IHtmlLocalizer formats every value it writes, so a key with {0} given no argument fails the whole page.
    [Fact]
    public void KeysWithPlaceholders_AreGivenTheirArguments()
    {
        var bare = Directory.GetFiles(Path.Combine(WebRoot, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => BareLocalizerKey().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Groups[1].Value}"))
            .Where(k => Placeholder().IsMatch(k))
            .ToList();

        Assert.True(bare.Count == 0, "Keys with placeholders written without arguments:" + Environment.NewLine + string.Join(Environment.NewLine, bare));
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

    // L["…"] written as it is: not followed by arguments, nor by .Value (the unformatted wording, for scripts).
    [GeneratedRegex("\\bL\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\](?!\\.Value)")]
    private static partial Regex BareLocalizerKey();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
