using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Workspace;

public sealed class ExcelExportTests
{
    private static RecommendationRow Row(int id, string text, string? rationale = null) => new(
        id, "mechelen-2017", 3, "Guided discussion: housing", new DateTime(2017, 11, 16, 14, 30, 0),
        ["housing", "services"], ["Housing", "Access to services"], [1, 3], ["Local", "National"], ["Civil society"],
        RecommendationLanguage.Spanish, RecommendationStatus.Merged, null, 7, "Rapporteur One",
        new DateTime(2017, 11, 16, 13, 0, 0, DateTimeKind.Utc), new DateTime(2017, 11, 16, 15, 0, 0, DateTimeKind.Utc), text, rationale, 2);

    private static async Task<XLWorkbook> RoundTripAsync(IReadOnlyList<RecommendationRow> rows, IReadOnlyList<KeyRecommendationRow>? keys = null)
    {
        var stream = new MemoryStream();
        await ExcelExport.WriteAsync(stream, rows.ToAsyncEnumerable(), () => Task.FromResult(keys ?? []), Languages.Shared, CancellationToken.None);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public async Task StreamedWorkbook_OpensInClosedXml_WithStyledHeader_RowsInOrder_TypedCells()
    {
        using var workbook = await RoundTripAsync([Row(1, "First"), Row(2, "Second") with { Status = RecommendationStatus.Validated, KeyRecommendationId = null }, Row(3, "Third")]);
        var sheet = workbook.Worksheet("Recommendations");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();

        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(XLColor.FromHtml("#E5EEF5"), sheet.Cell(1, 1).Style.Fill.BackgroundColor);
        Assert.Equal([1, 2, 3], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 1).GetValue<int>()));
        Assert.Equal(["First", "Second", "Third"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, headers.IndexOf("Text") + 1).GetString()));
        Assert.Equal("Validated", sheet.Cell(3, headers.IndexOf("Status") + 1).GetString());
        Assert.True(sheet.Cell(3, headers.IndexOf("Key recommendation id") + 1).IsEmpty());
        var created = sheet.Cell(2, headers.IndexOf("Created (UTC)") + 1);
        Assert.Equal(XLDataType.DateTime, created.DataType);
        Assert.Equal(new DateTime(2017, 11, 16, 13, 0, 0), created.GetDateTime());
        Assert.False(sheet.Cell(2, headers.IndexOf("Text") + 1).Style.IncludeQuotePrefix);
        Assert.Equal("A1:T4", sheet.AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public async Task Workbook_HasEveryColumn_OnThreeSheets_WithFrozenHeaderAndAutofilter()
    {
        var key = new KeyRecommendationRow(7, "housing", "Housing", 1, KeyRecommendationStatus.Final, "Build homes", [1, 2], ["Session A", "Session B"], DateTime.UtcNow) { Number = "3.1" };
        using var workbook = await RoundTripAsync([Row(1, "Más vivienda social")], [key]);

        var sheet = workbook.Worksheet("Recommendations");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(ExportColumns.Recommendations.Select(c => c.Header), headers);
        Assert.Equal(["Id", "Event", "Session id", "Session", "Day and time", "Area codes", "Governance areas", "GCM clusters", "Levels of governance",
            "Actors addressed", "Language", "Status", "Rejection reason", "Key recommendation id", "Key recommendation number", "Captured by", "Created (UTC)", "Updated (UTC)", "Text", "Rationale"], headers);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(70, sheet.Column(headers.IndexOf("Text") + 1).Width);
        Assert.True(sheet.Column(headers.IndexOf("Text") + 1).Style.Alignment.WrapText);
        Assert.Equal("Más vivienda social", sheet.Cell(2, headers.IndexOf("Text") + 1).GetString());
        Assert.Equal("Housing; Access to services", sheet.Cell(2, headers.IndexOf("Governance areas") + 1).GetString());
        Assert.Equal("2017-11-16 14:30", sheet.Cell(2, headers.IndexOf("Day and time") + 1).GetString());
        Assert.Equal(7, sheet.Cell(2, headers.IndexOf("Key recommendation id") + 1).GetValue<int>());

        var keys = workbook.Worksheet("Key recommendations");
        Assert.Equal(ExportColumns.KeyRecommendations.Select(c => c.Header), keys.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal("3.1", keys.Cell(2, 2).GetString());
        Assert.Equal("1; 2", keys.Cell(2, 8).GetString());

        var fields = workbook.Worksheet("Fields");
        Assert.Equal(ExportColumns.Recommendations.Count + ExportColumns.KeyRecommendations.Count + 1, fields.RowsUsed().Count());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=1+1")]
    public async Task FormulaLookingText_StaysText(string hostile)
    {
        using var workbook = await RoundTripAsync([Row(1, hostile, hostile)]);
        var sheet = workbook.Worksheet("Recommendations");
        var text = sheet.Cell(2, ExportColumns.Recommendations.ToList().FindIndex(c => c.Key == "text") + 1);

        Assert.False(text.HasFormula);
        Assert.Equal(XLDataType.Text, text.DataType);
        // XML normalises a bare CR to LF when the file is read, in Excel as here; every other character survives.
        Assert.Equal(hostile.Replace('\r', '\n'), text.GetString());
        Assert.True(text.Style.IncludeQuotePrefix);
    }

    [Fact]
    public async Task NumberAndDateLookingText_StaysText()
    {
        using var workbook = await RoundTripAsync([Row(1, "2017-11-16"), Row(2, "00123")]);
        var sheet = workbook.Worksheet("Recommendations");
        var column = ExportColumns.Recommendations.ToList().FindIndex(c => c.Key == "text") + 1;

        Assert.Equal(XLDataType.Text, sheet.Cell(2, column).DataType);
        Assert.Equal("2017-11-16", sheet.Cell(2, column).GetString());
        Assert.Equal("00123", sheet.Cell(3, column).GetString());
    }
}
