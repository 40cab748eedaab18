using System.Globalization;
using System.Text;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>Validation, copies and links of the filter: what the list, the exports and the API share besides <c>Apply</c>.</summary>
public sealed partial class RecommendationFilter
{
    public bool IsEmpty => Area.Count == 0 && Cluster.Count == 0 && Session.Count == 0 && Level.Count == 0
        && Actor.Count == 0 && Status.Count == 0 && Language.Count == 0 && Untranslated.Count == 0 && !HasText;

    /// <summary>
    /// Brings paging and text back into range and says what was changed, so a hand-edited or stale URL
    /// shows the page with a message instead of failing.
    /// </summary>
    public List<Message> Normalize()
    {
        var messages = new List<Message>();
        if (Page < 1)
        {
            messages.Add(new Message("Page {0} does not exist; showing page 1.", Page));
            Page = 1;
        }

        if (PageSize < 1 || PageSize > MaxPageSize)
        {
            messages.Add(new Message("Page size must be between 1 and {0}; using {1}.", MaxPageSize, DefaultPageSize));
            PageSize = DefaultPageSize;
        }

        if (Q is { Length: > SearchTerms.MaxQueryLength })
        {
            messages.Add(new Message("The search text was cut to its first {0} characters.", SearchTerms.MaxQueryLength));
            // Never between the two halves of an emoji.
            Q = Q[..(char.IsHighSurrogate(Q[SearchTerms.MaxQueryLength - 1]) ? SearchTerms.MaxQueryLength - 1 : SearchTerms.MaxQueryLength)];
        }

        Area = Area.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();
        Cluster = Cluster.Distinct().ToList();
        Session = Session.Distinct().ToList();
        Level = Level.Distinct().ToList();
        Actor = Actor.Distinct().ToList();
        Status = Status.Distinct().ToList();
        Language = Language.Distinct().ToList();
        if (Untranslated.Contains(RecommendationLanguage.Other))
        {
            messages.Add(new Message("Translations are written into English, French or Spanish; \"other languages\" was ignored."));
        }

        Untranslated = Untranslated.Where(l => l != RecommendationLanguage.Other).Distinct().ToList();
        return messages;
    }

    public RecommendationFilter Copy(Action<RecommendationFilter>? change = null)
    {
        var copy = new RecommendationFilter
        {
            Event = Event,
            Area = [.. Area],
            Cluster = [.. Cluster],
            Session = [.. Session],
            Level = [.. Level],
            Actor = [.. Actor],
            Status = [.. Status],
            Language = [.. Language],
            Untranslated = [.. Untranslated],
            Q = Q,
            Sort = Sort,
            Page = Page,
            PageSize = PageSize,
        };
        change?.Invoke(copy);
        return copy;
    }

    /// <summary>The filter as a query string (with the leading <c>?</c>, or empty), defaults left out, for links that keep the current view.</summary>
    public string ToQueryString(bool includePaging = true)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(text))
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("event", Event);
        Area.ForEach(v => Add("area", v));
        Cluster.ForEach(v => Add("cluster", v));
        Session.ForEach(v => Add("session", v));
        Level.ForEach(v => Add("level", v));
        Actor.ForEach(v => Add("actor", v));
        Status.ForEach(v => Add("status", v));
        Language.ForEach(v => Add("language", v));
        Untranslated.ForEach(v => Add("untranslated", v));
        Add("q", HasText ? Q : null);
        if (Sort != RecommendationSort.Newest)
        {
            Add("sort", Sort);
        }

        if (includePaging && Page != 1)
        {
            Add("page", Page);
        }

        if (includePaging && PageSize != DefaultPageSize)
        {
            Add("pageSize", PageSize);
        }

        return parts.Count == 0 ? "" : new StringBuilder("?").AppendJoin('&', parts).ToString();
    }
}
