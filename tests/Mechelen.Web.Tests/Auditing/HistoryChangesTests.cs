using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using Mechelen.Web.Auditing;
using Mechelen.Web.Domain;

namespace Mechelen.Web.Tests.Auditing;

public sealed class HistoryChangesTests
{
    private static readonly ResourceManager Resources = new("Mechelen.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    private static readonly HistoryVocabulary Words = new(
        key => Resources.GetString(key, CultureInfo.GetCultureInfo("en")),
        new Dictionary<string, string> { ["housing"] = "Housing", ["justice"] = "Access to justice" },
        new Dictionary<GovernanceLevels, string> { [GovernanceLevels.Local] = "Local", [GovernanceLevels.National] = "National", [GovernanceLevels.Global] = "Global" },
        new Dictionary<ActorGroups, string> { [ActorGroups.LocalRegionalGovernments] = "Local and regional governments", [ActorGroups.AllActors] = "All actors" },
        new Dictionary<int, string> { [4] = "Human rights of migrants" },
        at => at.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en")),
        "Europe/Brussels");

    /// <summary>Before and after as audit entries keep them (null: created or removed), and the lines the history shows.</summary>
    public static TheoryData<string, string?, string?, string[]> Entries => new()
    {
        {
            "review: status, areas as names in the taxonomy's order, flags as labels; the version is not a field",
            """{"areas":["housing"],"levels":"Local","actors":"LocalRegionalGovernments","language":"English","status":"Submitted","rejectionReason":null,"version":0}""",
            """{"areas":["justice","housing"],"levels":"Local, Global","actors":"LocalRegionalGovernments","language":"French","status":"Validated","rejectionReason":null,"version":1}""",
            ["Status: Submitted → Validated", "Governance areas: Housing → Housing, Access to justice", "Levels of governance: Local → Local, Global", "Language: English → French"]
        },
        {
            "capture: the first values, without the empty ones",
            null,
            """{"sessionId":4,"text":"Open clinics","rationale":null,"areas":["housing"],"levels":"None","actors":"AllActors","language":"English","status":"Submitted"}""",
            ["Text: Open clinics", "Status: Submitted", "Session: Human rights of migrants", "Governance areas: Housing", "Actors addressed: All actors", "Language: English"]
        },
        {
            "edit of a text: a word-level difference",
            """{"text":"Open clinics to every resident","status":"Submitted"}""",
            """{"text":"Open free clinics to every resident of the city","status":"Submitted"}""",
            ["Text: Open clinics to every resident → Open {+free +}clinics to every resident{+ of the city+}"]
        },
        {
            "words removed from a rationale",
            """{"rationale":"Because rents doubled in two years"}""",
            """{"rationale":"Because rents doubled"}""",
            ["Rationale: Because rents doubled[- in two years-] → Because rents doubled"]
        },
        {
            "merge of a source: empty before, key recommendation by number",
            """{"status":"Validated","statusBeforeMerge":null,"keyRecommendationId":null}""",
            """{"status":"Merged","statusBeforeMerge":"Validated","keyRecommendationId":3}""",
            ["Status: Validated → Merged", "Status before the merge: — → Validated", "Key recommendation: — → #3"]
        },
        {
            "key recommendation: area code as name, position, status, sources",
            """{"id":3,"area":"housing","order":1,"status":"Draft","wording":"Same words","sources":[12,31]}""",
            """{"id":3,"area":"justice","order":2,"status":"Final","wording":"Same words","sources":[12]}""",
            ["Status: Draft → Final", "Governance area: Housing → Access to justice", "Position: 1 → 2", "Sources: #12, #31 → #12"]
        },
        {
            "un-merge: the last values of the removed key recommendation",
            """{"id":3,"area":"housing","order":1,"status":"Draft","wording":"Schools for all","sources":[1]}""",
            null,
            ["Wording: Schools for all", "Status: Draft", "Governance area: Housing", "Position: 1", "Sources: #1"]
        },
        {
            "report marked final: an instant in the event's time zone",
            """{"reportFinalizedAt":null,"reportFinalizedBy":null}""",
            """{"reportFinalizedAt":"2017-11-17T16:30:00Z","reportFinalizedBy":"Ana"}""",
            ["Marked final on: — → 17 November 2017, 17:30", "Marked final by: — → Ana"]
        },
        {
            "programme: wall-clock times as they are",
            """{"title":"Plenary","startsAt":"2017-11-16T10:00:00","endsAt":"2017-11-16T11:00:00"}""",
            """{"title":"Plenary","startsAt":"2017-11-16T11:30:00","endsAt":"2017-11-16T11:00:00"}""",
            ["Starts: 16 November 2017, 10:00 → 16 November 2017, 11:30"]
        },
        {
            "account: roles as labels, sessions as titles, yes and no",
            """{"displayName":"Ana","roles":["Rapporteur"],"sessions":[4],"disabled":false}""",
            """{"displayName":"Ana","roles":["Rapporteur","PolicyOfficer"],"sessions":[],"disabled":true}""",
            ["Roles: Rapporteur → Rapporteur, Policy officer", "Sessions: Human rights of migrants → —", "Disabled: No → Yes"]
        },
        {
            "flags kept as numbers, unknown codes and ids as they are",
            """{"levels":1,"areas":["gone"],"sessionId":99}""",
            """{"levels":17,"areas":["gone"],"sessionId":98}""",
            ["Session: #99 → #98", "Levels of governance: Local → Local, Global"]
        },
        {
            "a field the catalogue does not know, after the known ones",
            """{"colour":"red","status":"Draft"}""",
            """{"colour":"blue","status":"Submitted"}""",
            ["Status: Draft → Submitted", "colour: red → blue"]
        },
        {
            "nothing but the version changed",
            """{"status":"Validated","version":1}""",
            """{"status":"Validated","version":2}""",
            []
        },
        {
            "user text is kept exactly, overrides included",
            """{"rejectionReason":null}""",
            "{\"rejectionReason\":\"\u202Egnp.exe <b>\"}",
            ["Rejection reason: — → \u202Egnp.exe <b>"]
        },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void Compute_TurnsSnapshotsIntoReadableLines(string scenario, string? before, string? after, string[] expected)
    {
        var lines = HistoryChanges.Compute(HistoryChanges.Parse(before), HistoryChanges.Parse(after), Words).Select(c => c.ToString()).ToList();

        Assert.True(expected.SequenceEqual(lines), $"{scenario}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    [Fact]
    public void Parse_KeepsWhatIsNotAJsonObject_AsItIs()
    {
        Assert.Equal("not json {", HistoryChanges.Parse("not json {")!.Unreadable);
        Assert.Equal("[1,2]", HistoryChanges.Parse("[1,2]")!.Unreadable);
        Assert.Null(HistoryChanges.Parse(null));
        Assert.Equal(["Status: — → Submitted"], HistoryChanges.Compute(HistoryChanges.Parse("oops"), HistoryChanges.Parse("""{"status":"Submitted"}"""), Words).Select(c => c.ToString()));
    }

    [Fact]
    public void SessionIds_AreCollectedFromBothSessionFields()
    {
        Assert.Equal([4, 7, 9], HistoryChanges.SessionIds(HistoryChanges.Parse("""{"sessionId":4,"sessions":[7,9],"order":3}""")).Order());
    }

    [Fact]
    public void EveryFieldAndActionLabel_HasAnEnglishResource()
    {
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Mechelen.Web/Resources/SharedResource.resx"));
        var names = XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var labels = HistoryChanges.Catalogue.Where(f => f.Kind != HistoryChanges.Kind.Hidden).Select(f => f.Label)
            .Concat(AuditLabels.ActionKeys)
            .Concat(Enum.GetNames<RecommendationStatus>().Concat(Enum.GetNames<KeyRecommendationStatus>()).Select(s => $"Status.{s}"))
            .Concat(["Yes", "No"]);

        var missing = labels.Where(l => !names.Contains(l)).ToList();
        Assert.True(missing.Count == 0, "Missing in SharedResource.resx: " + string.Join(", ", missing));
    }
}
