namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>A copy of the shipped seed files in a fresh temporary folder, for tests that change them.</summary>
public static class SeedCopy
{
    /// <summary>Copies every seed file, passing each file's text through <paramref name="edit"/> when given; returns the folder.</summary>
    public static string Create(Func<string, string>? edit = null)
    {
        var folder = Directory.CreateTempSubdirectory("mechelen-seeds-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (var file in Directory.GetFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            File.WriteAllText(target, edit is null ? text : edit(text));
        }

        return folder;
    }
}
