namespace Mechelen.Web.Data.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seeding";

    /// <summary>Folder with the seed JSON files; relative paths start at the app's base directory.</summary>
    public string Path { get; set; } = "seeds";

    /// <summary>Load the demo accounts and content (<c>seeds/demo</c>); when unset, only in Development.</summary>
    public bool? LoadDemoContent { get; set; }
}
