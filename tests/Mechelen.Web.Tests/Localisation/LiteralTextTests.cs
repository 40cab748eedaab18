namespace Mechelen.Web.Tests.Localisation;

/// <summary>No view, handler or script shows English that bypasses the resources.</summary>
public sealed class LiteralTextTests
{
    // Code whose words are not the interface's, each with the reason. Everything else is scanned.
    private static readonly Dictionary<string, string> NotInterface = new()
    {
        ["Data"] = "seeding, migrations and options: operator messages at startup, in English",
        ["Search"] = "SQL and search internals",
        ["Infrastructure/Cli"] = "the command line speaks English to operators",
        ["Features/Admin/CreateAdminCommand.cs"] = "command line",
        ["Features/Reports/ReportCommand.cs"] = "command line",
        ["Features/Recommendations/Export"] = "file formats: the exports' column names and descriptions",
        ["Features/Capture/CaptureTemplate.cs"] = "file formats: the Excel template",
        ["Features/Capture/RecommendationColumns.cs"] = "file formats: the Excel template's headers",
        ["Infrastructure/DateRange.cs"] = "date patterns for the PDF report",
        ["Infrastructure/DatabaseHealthCheck.cs"] = "the /health answer, for monitoring",
        ["Infrastructure/SecurityHeaders.cs"] = "HTTP header values",
        ["Infrastructure/StartupException.cs"] = "startup errors for operators",
        ["Infrastructure/ProxyOptions.cs"] = "options: operator messages at startup, in English",
        ["Features/Account/SignInThrottleOptions.cs"] = "options: operator messages at startup, in English",
        ["Features/Reports/ReportOptions.cs"] = "options: operator messages at startup, in English",
        ["Features/Invitations/InvitationOptions.cs"] = "options: operator messages at startup, in English",
        ["Features/Recommendations/Api"] = "the OpenAPI document's summaries and descriptions, for developers, in English",
        ["Features/Review/Duplicates/DuplicateSuggestionsApiController.cs"] = "the OpenAPI document's summaries and descriptions, for developers, in English",
        ["Features/Review/Duplicates/DuplicateQuality.cs"] = "command line",
        ["Features/Review/Duplicates/ConceptLexicon.cs"] = "the lexicon: terms and concept names are data, written in all three languages",
    };

    private static readonly HashSet<string> ScriptLiterals = ["(max-width: 48rem)", "use strict"];

    public static TheoryData<string> Views() =>
        new(Directory.GetFiles(Path.Combine(Resources.WebRoot, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Resources.WebRoot, f)).Order());

    public static TheoryData<string> CodeFiles() =>
        new(Directory.GetFiles(Resources.WebRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Resources.WebRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => !NotInterface.Keys.Any(skip => f == skip || f.StartsWith(skip + "/", StringComparison.Ordinal)))
            .Order());

    [Theory]
    [MemberData(nameof(Views))]
    public void View_ShowsNoLiteralText(string view)
    {
        var problems = RazorText.Problems(File.ReadAllText(Path.Combine(Resources.WebRoot, view)));

        Assert.True(problems.Count == 0, $"{view} shows text that is not from the resources:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(CodeFiles))]
    public void Code_ShowsNoLiteralText(string file)
    {
        var problems = CodeText.CSharpProblems(File.ReadAllText(Path.Combine(Resources.WebRoot, file)), Resources.Keys());

        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Exemptions_NameFilesThatExist()
    {
        var stale = NotInterface.Keys
            .Where(k => !File.Exists(Path.Combine(Resources.WebRoot, k)) && !Directory.Exists(Path.Combine(Resources.WebRoot, k)))
            .ToList();

        Assert.True(stale.Count == 0, "exempted but no longer there: " + string.Join(", ", stale));
    }

    [Fact]
    public void Scripts_TakeTheirWordsFromThePage()
    {
        var problems = Directory.GetFiles(Path.Combine(Resources.WebRoot, "wwwroot", "js"), "*.js")
            .SelectMany(f => CodeText.ScriptProblems(File.ReadAllText(f), ScriptLiterals).Select(p => $"{Path.GetFileName(f)}: {p}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // The scanners themselves: what they must catch and what they must let through.
    [Theory]
    [InlineData("<p>Nothing yet.</p>")]
    [InlineData("<button type=\"submit\">Save</button>")]
    [InlineData("<input placeholder=\"Search the list\">")]
    [InlineData("<nav aria-label=\"Pages\"></nav>")]
    [InlineData("<a href=\"/\" title=\"Home page\">@L[\"Home\"]</a>")]
    [InlineData("<p>@L[\"Moderator\"]: @Model.Moderator (local time)</p>")]
    [InlineData("@if (Model.X) { <span>draft</span> }")]
    [InlineData("<form data-too-large=\"The file is too large\"></form>")]
    public void RazorScan_FindsLiteralText(string razor) => Assert.NotEmpty(RazorText.Problems(razor));

    [Theory]
    [InlineData("<p>@L[\"Nothing yet.\"]</p>")]
    [InlineData("<p class=\"notice ok\" role=\"status\">@L.Html(message)</p>")]
    [InlineData("@{ var title = \"Some words here\"; }<h1>@title</h1>")]
    [InlineData("<td>@F.ShortDateTime(s.StartsAt)–@F.Time(s.EndsAt)</td>")]
    [InlineData("@foreach (var s in Model.Items)\n{\n    var edit = s.Mine ? null : s;\n    <li>#@s.Id · @s.Title</li>\n}")]
    [InlineData("<input placeholder=\"12, 15\" aria-label=\"@L[\"Ids\"]\">")]
    [InlineData("<a href=\"/x.csv\">CSV</a> · <a href=\"/x.json\">JSON</a>")]
    [InlineData("@* A comment with words *@<p>@(Model.Ok ? L[\"Yes\"] : L[\"No\"])</p>")]
    public void RazorScan_LetsLocalisedMarkupThrough(string razor) => Assert.Empty(RazorText.Problems(razor));

    [Theory]
    [InlineData("link.textContent = count + ' similar recommendations';", true)]
    [InlineData("status.textContent = 'Your note was restored.';", true)]
    [InlineData("document.querySelectorAll('#bulk input[name=\"Select\"]');", false)]
    [InlineData("// Comments say what the code does, in English.\nvar x = 'use strict';", false)]
    public void ScriptScan_FindsPhrasesButNotSelectors(string script, bool found) =>
        Assert.Equal(found, CodeText.ScriptProblems(script, new HashSet<string> { "use strict" }).Count > 0);

    [Theory]
    [InlineData("ModelState.AddModelError(\"\", \"The form is wrong.\");")]
    [InlineData("TempData[\"Notice\"] = \"Saved.\";")]
    [InlineData("return new Message(\"A key nobody wrote\");")]
    [InlineData("errors.Add($\"Recommendation {id} does not exist.\");")]
    [InlineData("return \"Enter the new password, please\";")]
    public void CSharpScan_FindsLiteralText(string code) => Assert.NotEmpty(CodeText.CSharpProblems(code, new HashSet<string> { "Saved." }));

    [Theory]
    [InlineData("return new Message(\"Saved.\");")]
    [InlineData("ModelState.AddModelError(\"\", localizer.Text(error));")]
    [InlineData("logger.LogWarning(\"The database did not answer in time\");")]
    [InlineData("var key = $\"rows|{id}|{page}\";")]
    [InlineData("audit.Record(\"user-create\", \"User\", id, null, after);")]
    public void CSharpScan_LetsKeysAndMachineTextThrough(string code) => Assert.Empty(CodeText.CSharpProblems(code, new HashSet<string> { "Saved." }));
}
