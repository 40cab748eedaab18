// One accessor per sentence of ReportText.resx, so every rendering asks for a sentence by name.

using Mechelen.Reports.Reading;

namespace Mechelen.Reports.Text;

public sealed partial class ReportText
{
    /// <summary>Outcome report — {0}</summary>
    public string TitleFormat(object eventName) => Format(nameof(TitleFormat), eventName);

    /// <summary>Outcome report</summary>
    public string OutcomeReport => Get(nameof(OutcomeReport));

    /// <summary>OUTCOME REPORT</summary>
    public string OutcomeReportCaps => Get(nameof(OutcomeReportCaps));

    /// <summary>Outcome report — input to {0}</summary>
    public string InputTo(object purpose) => Format(nameof(InputTo), purpose);

    /// <summary>Outcome report — input to {0}</summary>
    public string Subject(object purpose) => Format(nameof(Subject), purpose);

    /// <summary>migration; cities; Global Compact for Migration; recommendations</summary>
    public string Keywords => Get(nameof(Keywords));

    /// <summary>Contents</summary>
    public string Contents => Get(nameof(Contents));

    /// <summary>Hosts</summary>
    public string Hosts => Get(nameof(Hosts));

    /// <summary>Partners</summary>
    public string Partners => Get(nameof(Partners));

    /// <summary>Hosts and partners</summary>
    public string HostsAndPartners => Get(nameof(HostsAndPartners));

    /// <summary>Scope of this report</summary>
    public string ScopeOfReport => Get(nameof(ScopeOfReport));

    /// <summary>Document symbol</summary>
    public string Symbol => Get(nameof(Symbol));

    /// <summary>Date of issue</summary>
    public string DateOfIssue => Get(nameof(DateOfIssue));

    /// <summary>not yet set by the secretariat</summary>
    public string DateOfIssueNotSet => Get(nameof(DateOfIssueNotSet));

    /// <summary>Status</summary>
    public string Status => Get(nameof(Status));

    /// <summary>Draft</summary>
    public string StatusDraft => Get(nameof(StatusDraft));

    /// <summary>Final</summary>
    public string StatusFinal => Get(nameof(StatusFinal));

    /// <summary>DRAFT</summary>
    public string DraftWatermark => Get(nameof(DraftWatermark));

    /// <summary>Final report, marked final by {0} on {1}.</summary>
    public string FinalNotice(object by, object date) => Format(nameof(FinalNotice), by, date);

    /// <summary>Draft report: the secretariat has not marked this report final. Draft key recommendations are included and marked as such.</summary>
    public string DraftNotice => Get(nameof(DraftNotice));

    /// <summary>Generated {0} ({1} time)</summary>
    public string Generated(object dateTime, object city) => Format(nameof(Generated), dateTime, city);

    /// <summary>Page {0} of {1}</summary>
    public string PageOf(object page, object total) => Format(nameof(PageOf), page, total);

    /// <summary>Logo of {0}</summary>
    public string LogoAlt(object name) => Format(nameof(LogoAlt), name);

    /// <summary>Foreword</summary>
    public string Foreword => Get(nameof(Foreword));

    /// <summary>Executive summary</summary>
    public string ExecutiveSummary => Get(nameof(ExecutiveSummary));

    /// <summary>{0} captured in {1} by {2}; {3} validated, of which {4} merged into {5}.</summary>
    public string SummarySentence(object captured, object sessions, object rapporteurs, object validated, object merged, object keys) => Format(nameof(SummarySentence), captured, sessions, rapporteurs, validated, merged, keys);

    /// <summary>Languages: {0}.</summary>
    public string LanguagesSentence(object languages) => Format(nameof(LanguagesSentence), languages);

    /// <summary>Recommendations captured</summary>
    public string FigureCaptured => Get(nameof(FigureCaptured));

    /// <summary>Validated</summary>
    public string FigureValidated => Get(nameof(FigureValidated));

    /// <summary>Merged into key recommendations</summary>
    public string FigureMerged => Get(nameof(FigureMerged));

    /// <summary>Key recommendations</summary>
    public string FigureKeys => Get(nameof(FigureKeys));

    /// <summary>Sessions</summary>
    public string FigureSessions => Get(nameof(FigureSessions));

    /// <summary>Rapporteurs</summary>
    public string FigureRapporteurs => Get(nameof(FigureRapporteurs));

    /// <summary>Languages</summary>
    public string FigureLanguages => Get(nameof(FigureLanguages));

    /// <summary>Validated recommendations per governance area</summary>
    public string ValidatedPerArea => Get(nameof(ValidatedPerArea));

    /// <summary>Bar chart of validated recommendations per governance area: {0}.</summary>
    public string ChartAlt(object values) => Format(nameof(ChartAlt), values);

    /// <summary>{0} {1}</summary>
    public string ChartValue(object area, object count) => Format(nameof(ChartValue), area, count);

    /// <summary>Governance area</summary>
    public string GovernanceArea => Get(nameof(GovernanceArea));

    /// <summary>Validated recommendations</summary>
    public string ValidatedRecommendations => Get(nameof(ValidatedRecommendations));

    /// <summary>Key messages</summary>
    public string KeyMessages => Get(nameof(KeyMessages));

    /// <summary>The key recommendations, numbered in order; each keeps its number within its governance area (area.n).</summary>
    public string KeyMessagesIntro => Get(nameof(KeyMessagesIntro));

    /// <summary>No recommendation has been validated yet.</summary>
    public string NoneValidated => Get(nameof(NoneValidated));

    /// <summary>No key recommendation has been marked final yet.</summary>
    public string NoKeyMessages => Get(nameof(NoKeyMessages));

    /// <summary>Recommendations by governance area</summary>
    public string ByArea => Get(nameof(ByArea));

    /// <summary>Key recommendations are numbered area.n. Each cites the ids (#) of the contributions it rests on; the annex lists every validated contribution by id.</summary>
    public string ByAreaIntro => Get(nameof(ByAreaIntro));

    /// <summary>No governance area is in the scope of this report.</summary>
    public string NoAreas => Get(nameof(NoAreas));

    /// <summary>No validated recommendation in this area.</summary>
    public string AreaEmpty => Get(nameof(AreaEmpty));

    /// <summary>draft</summary>
    public string DraftTag => Get(nameof(DraftTag));

    /// <summary>Addressed to {0}, at the {1} level.</summary>
    public string AddressedTo(object actors, object levels) => Format(nameof(AddressedTo), actors, levels);

    /// <summary>Addressed to {0}, at the {1} levels.</summary>
    public string AddressedToLevels(object actors, object levels) => Format(nameof(AddressedToLevels), actors, levels);

    /// <summary>Addressed to {0}.</summary>
    public string AddressedToNoLevel(object actors) => Format(nameof(AddressedToNoLevel), actors);

    /// <summary>Addressed to no actor in particular, at the {0} level.</summary>
    public string AddressedNoActor(object levels) => Format(nameof(AddressedNoActor), levels);

    /// <summary>Addressed to no actor in particular, at the {0} levels.</summary>
    public string AddressedNoActorLevels(object levels) => Format(nameof(AddressedNoActorLevels), levels);

    /// <summary>Neither actors nor levels of governance were coded.</summary>
    public string AddressedNotCoded => Get(nameof(AddressedNotCoded));

    /// <summary>Rationale</summary>
    public string Rationale => Get(nameof(Rationale));

    /// <summary>Rationale, from its sources</summary>
    public string RationaleFromSources => Get(nameof(RationaleFromSources));

    /// <summary>Based on {0} from {1}.</summary>
    public string BasedOn(object contributions, object sessions) => Format(nameof(BasedOn), contributions, sessions);

    /// <summary>Sources: {0}.</summary>
    public string Sources(object ids) => Format(nameof(Sources), ids);

    /// <summary>Other validated recommendations</summary>
    public string OtherValidated => Get(nameof(OtherValidated));

    /// <summary>Validated recommendations (none merged into a key recommendation yet)</summary>
    public string ValidatedNoneMerged => Get(nameof(ValidatedNoneMerged));

    /// <summary>From {0}.</summary>
    public string From(object session) => Format(nameof(From), session);

    /// <summary>Levels of governance and actors addressed</summary>
    public string Matrix => Get(nameof(Matrix));

    /// <summary>Validated recommendations by actor addressed and level of governance. A recommendation can address several actors and levels, so it can be counted in several cells.</summary>
    public string MatrixIntro => Get(nameof(MatrixIntro));

    /// <summary>Shading by count:</summary>
    public string MatrixLegend => Get(nameof(MatrixLegend));

    /// <summary>an empty cell has none.</summary>
    public string MatrixLegendEmpty => Get(nameof(MatrixLegendEmpty));

    /// <summary>{0}–{1}</summary>
    public string LegendStep(object from, object to) => Format(nameof(LegendStep), from, to);

    /// <summary>No validated recommendation to count yet.</summary>
    public string NoMatrix => Get(nameof(NoMatrix));

    /// <summary>Actor addressed</summary>
    public string ActorAddressed => Get(nameof(ActorAddressed));

    /// <summary>Any level</summary>
    public string AnyLevel => Get(nameof(AnyLevel));

    /// <summary>Any actor</summary>
    public string AnyActor => Get(nameof(AnyActor));

    /// <summary>Sessions</summary>
    public string Sessions => Get(nameof(Sessions));

    /// <summary>No session is in the scope of this report.</summary>
    public string NoSessions => Get(nameof(NoSessions));

    /// <summary>Moderator</summary>
    public string Moderator => Get(nameof(Moderator));

    /// <summary>Organiser</summary>
    public string Organiser => Get(nameof(Organiser));

    /// <summary>Summary</summary>
    public string SessionSummary => Get(nameof(SessionSummary));

    /// <summary>No summary has been written for this session yet.</summary>
    public string NoSummary => Get(nameof(NoSummary));

    /// <summary>Contributions by area: {0}.</summary>
    public string ContributionsByArea(object areas) => Format(nameof(ContributionsByArea), areas);

    /// <summary>{0} {1}</summary>
    public string AreaContribution(object area, object count) => Format(nameof(AreaContribution), area, count);

    /// <summary>No key recommendation draws on this session.</summary>
    public string NoKeyDraws => Get(nameof(NoKeyDraws));

    /// <summary>Key recommendations drawing on it: {0}.</summary>
    public string KeyDraws(object numbers) => Format(nameof(KeyDraws), numbers);

    /// <summary>Annexes</summary>
    public string Annexes => Get(nameof(Annexes));

    /// <summary>Annex 1. Programme</summary>
    public string AnnexProgramme => Get(nameof(AnnexProgramme));

    /// <summary>Annex 2. Methodology</summary>
    public string AnnexMethodology => Get(nameof(AnnexMethodology));

    /// <summary>Annex 3. Validated recommendations</summary>
    public string AnnexRecommendations => Get(nameof(AnnexRecommendations));

    /// <summary>Every validated contribution in the scope of this report, by id; the same rows as the Excel export. Sessions are given by their code (see the programme, Annex 1).</summary>
    public string AnnexIntro => Get(nameof(AnnexIntro));

    /// <summary>The programme has no sessions.</summary>
    public string NoProgramme => Get(nameof(NoProgramme));

    /// <summary>When</summary>
    public string When => Get(nameof(When));

    /// <summary>Session</summary>
    public string Session => Get(nameof(Session));

    /// <summary>Code</summary>
    public string Code => Get(nameof(Code));

    /// <summary>Kind</summary>
    public string Kind => Get(nameof(Kind));

    /// <summary>Id</summary>
    public string Id => Get(nameof(Id));

    /// <summary>Areas</summary>
    public string Areas => Get(nameof(Areas));

    /// <summary>Recommendation</summary>
    public string Recommendation => Get(nameof(Recommendation));

    /// <summary>Capture</summary>
    public string MethodCapture => Get(nameof(MethodCapture));

    /// <summary>Coding</summary>
    public string MethodCoding => Get(nameof(MethodCoding));

    /// <summary>Review</summary>
    public string MethodReview => Get(nameof(MethodReview));

    /// <summary>Synthesis</summary>
    public string MethodSynthesis => Get(nameof(MethodSynthesis));

    /// <summary>No contribution has been captured yet within the scope of this report.</summary>
    public string MethodNothing => Get(nameof(MethodNothing));

    /// <summary> between {0} and {1} ({2} time)</summary>
    public string MethodPeriod(object first, object last, object city) => Format(nameof(MethodPeriod), first, last, city);

    /// <summary>{0} captured {1} in {2}{3}, typing each one as it was made in the discussion (by language: {4}). Speakers are not named: contributions are recorded under Chatham House practice.</summary>
    public string MethodCaptureText(object rapporteurs, object contributions, object sessions, object period, object languages) => Format(nameof(MethodCaptureText), rapporteurs, contributions, sessions, period, languages);

    /// <summary>Each contribution was tagged with at least one of the {0} governance areas of the taxonomy, with the levels of governance and the actors it addresses. Validated contributions carry {1} areas on average; {2} carry more than one and are listed under each of their areas.</summary>
    public string MethodCodingText(object areas, object average, object multi) => Format(nameof(MethodCodingText), areas, average, multi);

    /// <summary>Policy officers reviewed the contributions: {0} were validated, {1} rejected and {2} still await review. Rejected and unreviewed contributions are not part of this report.</summary>
    public string MethodReviewText(object validated, object rejected, object submitted) => Format(nameof(MethodReviewText), validated, rejected, submitted);

    /// <summary>Near-duplicate contributions were merged into {0}, citing {1}; merging never deletes a contribution, so every key recommendation lists the ids of its sources.{2}</summary>
    public string MethodSynthesisText(object keys, object sources, object drafts) => Format(nameof(MethodSynthesisText), keys, sources, drafts);

    /// <summary> One draft key recommendation is left out.</summary>
    public string MethodDraftOneLeftOut => Get(nameof(MethodDraftOneLeftOut));

    /// <summary> One key recommendation is still a draft and is marked so.</summary>
    public string MethodDraftOneMarked => Get(nameof(MethodDraftOneMarked));

    /// <summary> {0} draft key recommendations are left out.</summary>
    public string MethodDraftsLeftOut(object count) => Format(nameof(MethodDraftsLeftOut), count);

    /// <summary> {0} key recommendations are still drafts and are marked so.</summary>
    public string MethodDraftsMarked(object count) => Format(nameof(MethodDraftsMarked), count);

    /// <summary>{0} {1}</summary>
    public string LanguageCount(object language, object count) => Format(nameof(LanguageCount), language, count);

    /// <summary>, </summary>
    public string ListSeparator => Get(nameof(ListSeparator));

    /// <summary>{0} and {1}</summary>
    public string ListLast(object init, object last) => Format(nameof(ListLast), init, last);

    /// <summary>Governance areas: {0}</summary>
    public string ScopeAreas(object areas) => Format(nameof(ScopeAreas), areas);

    /// <summary>GCM thematic clusters: {0}</summary>
    public string ScopeClusters(object clusters) => Format(nameof(ScopeClusters), clusters);

    /// <summary>Sessions: {0}</summary>
    public string ScopeSessions(object sessions) => Format(nameof(ScopeSessions), sessions);

    /// <summary>Levels of governance: {0}</summary>
    public string ScopeLevels(object levels) => Format(nameof(ScopeLevels), levels);

    /// <summary>Actors addressed: {0}</summary>
    public string ScopeActors(object actors) => Format(nameof(ScopeActors), actors);

    /// <summary>Languages: {0}</summary>
    public string ScopeLanguages(object languages) => Format(nameof(ScopeLanguages), languages);

    /// <summary>Text containing: “{0}”</summary>
    public string ScopeText(object text) => Format(nameof(ScopeText), text);

    /// <summary>There is no event to report on.</summary>
    public string NoEvent => Get(nameof(NoEvent));

    /// <summary>There is no event with code '{0}'.</summary>
    public string UnknownEvent(object code) => Format(nameof(UnknownEvent), code);

    /// <summary>Unknown governance area {0}. Known areas: {1}.</summary>
    public string UnknownAreas(object unknown, object known) => Format(nameof(UnknownAreas), unknown, known);

    /// <summary>Unknown GCM cluster {0}. Clusters are numbered {1} to {2}.</summary>
    public string UnknownClusters(object unknown, object min, object max) => Format(nameof(UnknownClusters), unknown, min, max);

    /// <summary>Session {0} is not part of the event '{1}'.</summary>
    public string UnknownSessions(object unknown, object eventCode) => Format(nameof(UnknownSessions), unknown, eventCode);

    /// <summary>{0} in {1} cannot be printed with the installed fonts: {2}.</summary>
    public string MissingGlyphs(object characters, object ids, object list) => Format(nameof(MissingGlyphs), characters, ids, list);

    /// <summary>They show as empty boxes in the PDF. Ask the administrator to add a font that has them (the Reports:FontsFolder setting).</summary>
    public string MissingGlyphsHint => Get(nameof(MissingGlyphsHint));

    /// <summary>Marking the report final takes out {0} and {1} cited only by them.</summary>
    public string FinaliseRemoves(object drafts, object sources) => Format(nameof(FinaliseRemoves), drafts, sources);

    /// <summary>Marking the report final removes the DRAFT watermark; no draft key recommendation is in the scope.</summary>
    public string FinaliseRemovesNothing => Get(nameof(FinaliseRemovesNothing));

    /// <summary>Right-click and choose Update Field to build the table of contents.</summary>
    public string TocField => Get(nameof(TocField));

    /// <summary>Translation</summary>
    public string Translation => Get(nameof(Translation));

    /// <summary>"Rationale: " in the report's typography ("Justification : ").</summary>
    public string Label(string label) => Format("LabelFormat", label);

    /// <summary>
    /// What a reader of the report needs to know about a contribution's language: "Translated from French" when a
    /// translation is shown, "Original in Spanish" when the original is shown in another language, null otherwise.
    /// </summary>
    public string? LanguageNote(ReportLanguage original, bool translated) =>
        translated ? Get("TranslatedFrom_" + original)
        : LanguageCode(original) == Language ? null
        : Get("Original_" + original);
}
