using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Mechelen.Web.Infrastructure.Localisation;

public enum NoticeKind
{
    Ok,
    Error,
}

/// <summary>What the page after a redirect tells the user about the action that led to it (post/redirect/get).</summary>
public sealed record Notice(NoticeKind Kind, IReadOnlyList<Message> Messages)
{
    private const string TempDataKey = "notice";

    public static Notice Ok(Message message) => new(NoticeKind.Ok, [message]);

    public static Notice Error(params Message[] messages) => new(NoticeKind.Error, messages);

    /// <summary>Keeps the notice for the next page. TempData holds strings, so it travels as JSON: kind, then each key with its arguments.</summary>
    public void Keep(ITempDataDictionary tempData) =>
        tempData[TempDataKey] = JsonSerializer.Serialize(new Stored(Kind, Messages.Select(m => new StoredMessage(m.Key, m.Args.Select(Arg).ToArray())).ToArray()));

    /// <summary>The notice kept by the previous request, if any (reading it removes it).</summary>
    public static Notice? Take(ITempDataDictionary tempData)
    {
        if (tempData[TempDataKey] is not string json)
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json);
            return stored is null ? null : new Notice(stored.Kind, stored.Messages.Select(m => new Message(m.Key, m.Args.Select(Value).ToArray())).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Numbers stay numbers, so the next page formats them for its reader (1 234 in French).
    private static JsonElement Arg(object value) => JsonSerializer.SerializeToElement(value is string or int or long or double ? value : value.ToString());

    private static object Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => element.GetDouble(),
        _ => element.ToString(),
    };

    private sealed record Stored(NoticeKind Kind, StoredMessage[] Messages);

    private sealed record StoredMessage(string Key, JsonElement[] Args);
}
