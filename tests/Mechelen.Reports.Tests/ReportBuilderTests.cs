using Mechelen.Reports.Building;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Tests;

public sealed class ReportBuilderTests
{
    private static readonly DateTime Now = new(2017, 11, 18, 12, 0, 0, DateTimeKind.Utc);

    private static OutcomeReport Build(ReportData data, ReportScope? scope = null) =>
        ReportBuilder.Build(data, scope ?? new ReportScope(data.Event.Code), Now, ReportText.English);

    [Fact]
    public void KeyRecommendations_AreNumberedAreaDotN_AndKeyMessagesLeaveDraftsOut()
    {
        var report = Build(SampleReportData.Create(200));
        foreach (var area in report.Areas)
        {
            Assert.Equal(Enumerable.Range(1, area.KeyRecommendations.Count).Select(n => $"{area.Number}.{n}"), area.KeyRecommendations.Select(k => k.Number));
        }

        Assert.NotEmpty(report.KeyMessages);
        Assert.DoesNotContain(report.KeyMessages, k => k.IsDraft);
        Assert.Equal(report.Areas.Sum(a => a.KeyRecommendations.Count(k => k.IsDraft)), report.DraftKeyRecommendations);
        Assert.True(report.DraftKeyRecommendations > 0);
    }

    [Fact]
    public void FinalReport_HasNoDraftKeyRecommendations()
    {
        var report = Build(SampleReportData.Create(200, final: true));
        Assert.True(report.IsFinal);
        Assert.Equal(0, report.DraftKeyRecommendations);
        Assert.All(report.Areas.SelectMany(a => a.KeyRecommendations), k => Assert.False(k.IsDraft));
    }

    [Fact]
    public void KeyRecommendations_CarryTheRationalesOfTheirSources()
    {
        var data = SampleReportData.Create(200);
        var report = Build(data);
        var key = report.Areas.SelectMany(a => a.KeyRecommendations).First(k => k.Rationales.Count > 0);
        var expected = data.KeyRecommendations.Single(k => k.Id == key.Id).Sources.Where(s => s.Rationale is not null).Select(s => s.Id);
        Assert.Equal(expected, key.Rationales.Select(r => r.RecommendationId));
    }

    [Fact]
    public void AreaScope_KeepsOnlyThatArea_AndDescribesIt()
    {
        var data = SampleReportData.Create(200);
        var report = Build(data, new ReportScope(data.Event.Code) { Areas = ["area3"] });
        Assert.Equal(["area3"], report.Areas.Select(a => a.Code));
        Assert.Equal(["Governance areas: Area 3 name"], report.FilterDescription);
        Assert.All(report.Areas[0].KeyRecommendations, k => Assert.StartsWith("3.", k.Number, StringComparison.Ordinal));
    }

    [Fact]
    public void Annex_NamesSessionsByTheirProgrammeCode()
    {
        var data = SampleReportData.Create(50);
        var report = Build(data);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"S{i}"), report.Programme.Select(p => p.Code));
        var codes = report.Programme.ToDictionary(p => p.Id, p => p.Code);
        Assert.Equal(data.Recommendations.Select(r => codes[r.SessionId]), report.Annex.Select(a => a.SessionCode));
    }

    [Fact]
    public void Sessions_CountContributionsByArea_AndCarryTheirSummary()
    {
        var data = SampleReportData.Create(200);
        var report = Build(data);
        var session = report.Sessions[0];
        Assert.Equal(data.Recommendations.Count(r => r.SessionId == session.Id), session.Contributions);
        Assert.Equal(data.Sessions[0].Summary, session.Summary);
        Assert.All(session.ContributionsByArea, a => Assert.True(a.Count > 0));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(25, 1)]
    [InlineData(26, 2)]
    [InlineData(100, 4)]
    public void Matrix_ShadesCountsInFourSteps_EmptyCellsUnshaded(int count, int shade)
    {
        var matrix = new Matrix(["Local"], [new MatrixRow("A", [100], 100), new MatrixRow("B", [count], count)], [100], 100);
        Assert.Equal(shade, matrix.Shade(count));
        Assert.Equal([(1, 1, 25), (2, 26, 50), (3, 51, 75), (4, 76, 100)], matrix.Legend());
    }

    [Theory]
    [InlineData("area", "nowhere", "Unknown governance area 'nowhere'")]
    [InlineData("cluster", "9", "Unknown GCM cluster 9")]
    [InlineData("session", "999", "Session 999 is not part of the event 'sample-2017'")]
    public void Validate_NamesWhatIsUnknown(string facet, string value, string message)
    {
        var data = SampleReportData.Create(10);
        var scope = facet switch
        {
            "area" => new ReportScope(data.Event.Code) { Areas = [value] },
            "cluster" => new ReportScope(data.Event.Code) { Clusters = [int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] },
            _ => new ReportScope(data.Event.Code) { Sessions = [int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] },
        };
        Assert.StartsWith(message, ReportBuilder.Validate(scope, data, ReportText.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Methodology_IsSentencesFromTheData()
    {
        var report = Build(SampleReportData.Create(100));
        var lines = ReportBuilder.Describe(report);
        Assert.Equal(["Capture", "Coding", "Review", "Synthesis"], lines.Select(l => l.Title));
        Assert.Contains("captured 101 contributions in 20 sessions", lines[0].Text, StringComparison.Ordinal);
        Assert.Contains("100 were validated, 0 rejected and 1 still await review", lines[2].Text, StringComparison.Ordinal);
    }
}
