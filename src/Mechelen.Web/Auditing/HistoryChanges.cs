using System.Globalization;
using System.Text.Json;
using Mechelen.Web.Domain;

namespace Mechelen.Web.Auditing;

/// <summary>
/// What one audit entry changed, field by field and in words: the JSON an entry keeps of the values before and
/// after becomes "Field: before → after", with codes and ids shown as names, flags and statuses as their labels,
/// and long texts as a word-level difference. Any JSON is tolerated; what cannot be read is shown as it is.
/// </summary>
public static class HistoryChanges
{
    public enum Kind
    {
        Hidden,
        Text,
        LongText,
        Areas,
        Area,
        Levels,
        Actors,
        Language,
        Status,
        Session,
        Sessions,
        Ids,
        Roles,
        Instant,
        WallClock,
    }

    /// <summary>The fields audit entries keep, in the order a change lists them, with the resource key of their label.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, Kind Kind)> Catalogue =
    [
        ("text", "Text", Kind.LongText),
        ("rationale", "Rationale", Kind.LongText),
        ("wording", "Wording", Kind.LongText),
        ("status", "Status", Kind.Status),
        ("statusBeforeMerge", "Status before the merge", Kind.Status),
        ("rejectionReason", "Rejection reason", Kind.Text),
        ("keyRecommendationId", "Key recommendation", Kind.Ids),
        ("sessionId", "Session", Kind.Session),
        ("areas", "Governance areas", Kind.Areas),
        ("area", "Governance area", Kind.Area),
        ("order", "Position", Kind.Text),
        ("levels", "Levels of governance", Kind.Levels),
        ("actors", "Actors addressed", Kind.Actors),
        ("language", "Language", Kind.Language),
        ("sources", "Sources", Kind.Ids),
        ("reportFinalizedAt", "Marked final on", Kind.Instant),
        ("reportFinalizedBy", "Marked final by", Kind.Text),
        ("name", "Name", Kind.Text),
        ("title", "Title", Kind.Text),
        ("hosts", "Hosts", Kind.Text),
        ("partners", "Partners", Kind.Text),
        ("purpose", "Input to", Kind.Text),
        ("startsAt", "Starts", Kind.WallClock),
        ("endsAt", "Ends", Kind.WallClock),
        ("moderator", "Moderator", Kind.Text),
        ("organiser", "Organiser", Kind.Text),
        ("room", "Room", Kind.Text),
        ("focus", "Focus", Kind.LongText),
        ("description", "Description", Kind.LongText),
        ("email", "E-mail", Kind.Text),
        ("displayName", "Name shown in the app", Kind.Text),
        ("organisation", "Organisation or stakeholder group", Kind.Text),
        ("roles", "Roles", Kind.Roles),
        ("sessions", "Sessions", Kind.Sessions),
        ("disabled", "Disabled", Kind.Text),
        ("version", "", Kind.Hidden),
        ("id", "", Kind.Hidden),
    ];

    private static readonly Dictionary<string, (int Order, string Label, Kind Kind)> Known =
        Catalogue.Select((f, i) => (f.Name, Field: (i, f.Label, f.Kind))).ToDictionary(f => f.Name, f => f.Field, StringComparer.OrdinalIgnoreCase);

    /// <summary>A value as the history shows it: separate items (each one user text or a label), or a long text in segments.</summary>
    public sealed record Value(IReadOnlyList<string> Items, IReadOnlyList<TextDiff.Segment>? Text = null)
    {
        public static readonly Value None = new([]);

        public bool IsEmpty => Text is null ? Items.Count == 0 : Text.Count == 0;

        /// <summary>Plain text, removed words as [-…-] and added ones as {+…+}, for tests and logs.</summary>
        public override string ToString() => Text is null
            ? Items.Count == 0 ? "—" : string.Join(", ", Items)
            : string.Concat(Text.Select(s => s.Kind switch
            {
                TextDiff.Kind.Removed => "[-" + s.Text + "-]",
                TextDiff.Kind.Added => "{+" + s.Text + "+}",
                _ => s.Text,
            }));
    }

    /// <summary>One field: before and after, or only After when the entity was created, only Before when it was removed.</summary>
    public sealed record Change(string Field, Value? Before, Value? After)
    {
        public bool IsLongText => (Before ?? After)?.Text is not null;

        public override string ToString() =>
            Before is null ? $"{Field}: {After}" : After is null ? $"{Field}: {Before}" : $"{Field}: {Before} → {After}";
    }

    /// <summary>An entry's JSON, read: its fields, or the text itself when it is not a JSON object.</summary>
    public sealed record Snapshot(IReadOnlyList<KeyValuePair<string, JsonElement>> Fields, string? Unreadable);

    public static Snapshot? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new Snapshot(document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList(), null)
                : new Snapshot([], json);
        }
        catch (JsonException)
        {
            return new Snapshot([], json);
        }
    }

    /// <summary>The session ids a snapshot refers to, so their titles can be loaded at once.</summary>
    public static IEnumerable<int> SessionIds(Snapshot? snapshot) =>
        snapshot?.Fields.Where(f => Known.TryGetValue(f.Key, out var k) && k.Kind is Kind.Session or Kind.Sessions)
            .SelectMany(f => f.Value.ValueKind == JsonValueKind.Array ? f.Value.EnumerateArray().ToList() : new List<JsonElement> { f.Value })
            .Where(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out _))
            .Select(v => v.GetInt32()) ?? [];

    /// <summary>The fields that differ between two snapshots; every non-empty field when there is only one.</summary>
    public static IReadOnlyList<Change> Compute(Snapshot? before, Snapshot? after, HistoryVocabulary words)
    {
        var names = (after?.Fields ?? []).Concat(before?.Fields ?? []).Select(f => f.Key)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select((name, i) => Known.TryGetValue(name, out var k) ? (Name: name, k.Order, k.Label, k.Kind) : (Name: name, Order: Known.Count + i, Label: name, Kind: Kind.Text))
            .Where(f => f.Kind != Kind.Hidden)
            .OrderBy(f => f.Order)
            .ToList();
        var changes = new List<Change>();
        foreach (var (name, _, label, kind) in names)
        {
            var b = Find(before, name);
            var a = Find(after, name);
            var field = words.Localize(label) ?? label;
            if (before is not null && after is not null)
            {
                if (Same(b, a))
                {
                    continue;
                }

                if (kind == Kind.LongText && b?.ValueKind == JsonValueKind.String && a?.ValueKind == JsonValueKind.String)
                {
                    var diff = TextDiff.Compare(b.Value.GetString()!, a.Value.GetString()!);
                    changes.Add(new Change(field, new Value([], TextDiff.Before(diff)), new Value([], TextDiff.After(diff))));
                }
                else
                {
                    changes.Add(new Change(field, Format(b, kind, words), Format(a, kind, words)));
                }
            }
            else if (Format(a ?? b, kind, words) is { IsEmpty: false } value)
            {
                changes.Add(before is null ? new Change(field, null, value) : new Change(field, value, null));
            }
        }

        return changes;
    }

    private static JsonElement? Find(Snapshot? snapshot, string name) =>
        snapshot?.Fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Value : null;

    private static bool Same(JsonElement? a, JsonElement? b) =>
        (a is null || a.Value.ValueKind == JsonValueKind.Null) && (b is null || b.Value.ValueKind == JsonValueKind.Null)
        || (a is not null && b is not null && JsonElement.DeepEquals(a.Value, b.Value));

    private static Value Format(JsonElement? element, Kind kind, HistoryVocabulary words)
    {
        if (element is not { } e || e.ValueKind == JsonValueKind.Null)
        {
            return Value.None;
        }

        if (kind == Kind.LongText && e.ValueKind == JsonValueKind.String)
        {
            var text = e.GetString()!;
            return text.Length == 0 ? Value.None : new Value([], [new TextDiff.Segment(text, TextDiff.Kind.Same)]);
        }

        var items = e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [e];
        if (kind == Kind.Areas)
        {
            // Snapshots keep codes in different orders; the history lists areas as the taxonomy does.
            var order = words.AreaNames.Keys.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i);
            items = items.OrderBy(i => i.ValueKind == JsonValueKind.String ? order.GetValueOrDefault(i.GetString()!, int.MaxValue) : int.MaxValue).ToList();
        }

        return new Value(items.SelectMany(item => Items(item, kind, words)).ToList());
    }

    private static IEnumerable<string> Items(JsonElement e, Kind kind, HistoryVocabulary words)
    {
        var text = e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.True => words.Localize("Yes") ?? "Yes",
            JsonValueKind.False => words.Localize("No") ?? "No",
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => e.GetRawText(),
        };
        var number = e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) ? n : (int?)null;
        return kind switch
        {
            _ when text.Length == 0 => [],
            Kind.Areas or Kind.Area => [words.AreaNames.GetValueOrDefault(text, text)],
            Kind.Levels => Flags(e, text, words.LevelNames),
            Kind.Actors => Flags(e, text, words.ActorNames),
            Kind.Language => [words.Localize($"Language.{text}") ?? text],
            Kind.Status => [words.Localize($"Status.{text}") ?? text],
            Kind.Roles => [words.Localize($"Role.{text}") ?? text],
            Kind.Session or Kind.Sessions when number is { } id => [words.SessionTitles.GetValueOrDefault(id, "#" + text)],
            Kind.Ids when number is not null => ["#" + text],
            Kind.Instant when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) => [words.When(at)],
            Kind.WallClock when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) => [words.WallClock(local)],
            _ => [text],
        };
    }

    // Flags are kept by name ("Local, Global"); older or hand-made entries may hold the number.
    private static IEnumerable<string> Flags<T>(JsonElement e, string text, IReadOnlyDictionary<T, string> names)
        where T : struct, Enum
    {
        var parsed = e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n)
            ? (T?)Enum.ToObject(typeof(T), n)
            : Enum.TryParse<T>(text, ignoreCase: true, out var value) ? value : null;
        if (parsed is not { } flags)
        {
            return [text];
        }

        var mask = Convert.ToInt64(flags, CultureInfo.InvariantCulture);
        return names.Where(p => Convert.ToInt64(p.Key, CultureInfo.InvariantCulture) is var bit && bit != 0 && (mask & bit) == bit).Select(p => p.Value);
    }
}

/// <summary>
/// The words a history needs: labels from the resources (null when there is none), names of areas (in the taxonomy's
/// order), levels, actors and sessions, and how to write times.
/// </summary>
public sealed record HistoryVocabulary(
    Func<string, string?> Localize,
    IReadOnlyDictionary<string, string> AreaNames,
    IReadOnlyDictionary<GovernanceLevels, string> LevelNames,
    IReadOnlyDictionary<ActorGroups, string> ActorNames,
    IReadOnlyDictionary<int, string> SessionTitles,
    Func<DateTime, string> Stamp,
    string? TimeZone)
{
    /// <summary>An instant: in the event's time zone when the page has one, else in UTC, said so.</summary>
    public string When(DateTime utc) => TimeZone is null
        ? string.Format(CultureInfo.CurrentCulture, Localize("{0} (UTC)") ?? "{0} (UTC)", Stamp(utc))
        : Stamp(Infrastructure.EventTime.ToLocal(utc, TimeZone));

    /// <summary>A wall-clock time of the programme, already in the event's time.</summary>
    public string WallClock(DateTime local) => Stamp(local);
}
