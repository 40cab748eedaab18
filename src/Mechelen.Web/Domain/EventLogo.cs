namespace Mechelen.Web.Domain;

/// <summary>A host's or partner's logo for an event's report cover: a PNG or JPEG, checked on upload.</summary>
public sealed class EventLogo
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;

    /// <summary>Whose logo it is; the alternative text of the image in the PDF.</summary>
    public required string Name { get; set; }

    /// <summary><c>image/png</c> or <c>image/jpeg</c>, from the file's first bytes.</summary>
    public required string ContentType { get; set; }
    public required byte[] Data { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public int Order { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}
