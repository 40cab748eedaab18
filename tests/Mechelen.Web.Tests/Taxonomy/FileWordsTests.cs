using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Tests.Localisation;

namespace Mechelen.Web.Tests.Taxonomy;

/// <summary>The template and the exports take every word from the resources, so they exist in English, French and Spanish.</summary>
public sealed class FileWordsTests
{
    [Theory]
    [InlineData("Features/Capture/CaptureTemplate.cs")]
    [InlineData("Features/Capture/RecommendationColumns.cs")]
    [InlineData("Features/Capture/TemplateWords.cs")]
    public void TemplateAndWorkbookCode_ShowsNoLiteralText(string file) =>
        Assert.Empty(CodeText.CSharpProblems(File.ReadAllText(Path.Combine(Resources.WebRoot, file)), Resources.Keys()));

    [Fact]
    public void EveryExportColumn_HasAHeaderADescriptionAndWordedValues_InTheResources()
    {
        var keys = Resources.Keys();
        var columns = ExportColumns.Recommendations.Select(c => (c.Header, c.Description, c.ValueWords))
            .Concat(ExportColumns.KeyRecommendations.Select(c => (c.Header, c.Description, c.ValueWords))).ToList();
        IEnumerable<string> Worded(string prefix) => prefix switch
        {
            "Status" => Enum.GetNames<RecommendationStatus>(),
            "KeyStatus" => Enum.GetNames<KeyRecommendationStatus>(),
            "Language" => Enum.GetNames<RecommendationLanguage>(),
            _ => [$"unknown prefix {prefix}"],
        };

        var missing = columns.SelectMany(c => new[] { c.Header, c.Description }
                .Concat(c.ValueWords is null ? [] : Worded(c.ValueWords).Select(v => $"{c.ValueWords}.{v}")))
            .Concat([ExcelExport.RecommendationsSheet, ExcelExport.KeyRecommendationsSheet, ExcelExport.FieldsSheet])
            .Where(k => !keys.Contains(k)).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.Equal(3, columns.Count(c => c.ValueWords is not null));
    }

    [Fact]
    public void EveryTemplateColumn_HasAHeaderAndHelp_InTheResources()
    {
        var keys = Resources.Keys();
        Assert.All(RecommendationColumns.All, c => Assert.Contains(c.Header, keys));
        Assert.All(RecommendationColumns.All, c => Assert.Contains(c.Help, keys));
        Assert.All([CaptureTemplate.SheetName, CaptureTemplate.ListsSheetName, CaptureTemplate.InstructionsSheetName], name => Assert.Contains(name, keys));
    }
}
