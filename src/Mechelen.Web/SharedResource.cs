namespace Mechelen.Web;

/// <summary>Marker for the shared UI strings in <c>Resources/SharedResource.resx</c> (English) and its translations.</summary>
public sealed class SharedResource;
