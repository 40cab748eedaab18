using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Tests;

public sealed class ReportTextTests
{
    [Fact]
    public void EverySentenceAccessor_FindsItsResource()
    {
        var text = ReportText.English;
        var members = typeof(ReportText).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        foreach (var property in members.OfType<PropertyInfo>().Where(p => p.PropertyType == typeof(string)))
        {
            Assert.False(string.IsNullOrEmpty((string?)property.GetValue(text)), property.Name);
        }

        foreach (var method in members.OfType<MethodInfo>().Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName
                     && m.GetParameters().All(p => p.ParameterType == typeof(object))))
        {
            var result = (string)method.Invoke(text, method.GetParameters().Select(p => (object)$"<{p.Name}>").ToArray())!;
            Assert.All(method.GetParameters(), p => Assert.Contains($"<{p.Name}>", result, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryResource_IsUsedOrCounted()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "../../../../../src/Mechelen.Reports/Text/ReportText.resx");
        var keys = XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        var accessors = typeof(ReportText).GetMembers().Select(m => m.Name).ToHashSet();
        var indirect = new[] { "_One", "_Other", "Kind_", "Language_", "Format", "PageOf", "Original_", "TranslatedFrom_" };
        Assert.All(keys, k => Assert.True(accessors.Contains(k) || indirect.Any(k.Contains), k));
    }

    [Theory]
    [InlineData(1, "1 session")]
    [InlineData(2, "2 sessions")]
    [InlineData(1200, "1,200 sessions")]
    public void Count_ChoosesTheForm(int n, string expected) => Assert.Equal(expected, ReportText.English.Count(n, "Session"));

    [Fact]
    public void Addressed_IsASentenceInWords()
    {
        var t = ReportText.English;
        Assert.Equal("Addressed to local and regional governments and national governments, at the local and national levels.",
            t.Addressed(["Local", "National"], ["Local and regional governments", "National governments"]));
        Assert.Equal("Addressed to civil society, academia and trade unions, at the global level.",
            t.Addressed(["Global"], ["Civil society", "Academia", "Trade unions"]));
        Assert.Equal("Neither actors nor levels of governance were coded.", t.Addressed([], []));
    }

    [Fact]
    public void DatesAndNumbers_FollowTheReportsCulture()
    {
        var t = new ReportText(CultureInfo.GetCultureInfo("fr"));
        Assert.Equal("1\u202f200", t.Number(1200));
        Assert.Equal("16–17 novembre 2017", t.DateRange(new DateOnly(2017, 11, 16), new DateOnly(2017, 11, 17)));
        Assert.Equal("16–17 November 2017", ReportText.English.DateRange(new DateOnly(2017, 11, 16), new DateOnly(2017, 11, 17)));
    }
}
