using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Mechelen.Web.Tests;

public sealed class OptionsTests
{
    public static TheoryData<Type> OptionsTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Program).Assembly.GetTypes()
                     .Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Options", StringComparison.Ordinal)
                                 && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not null)
                     .OrderBy(t => t.FullName))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void EveryOptionsClass_IsFound()
    {
        Assert.True(OptionsTypes().Count >= 2);
    }

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void SampleSettings_BindAndValidate(Type optionsType)
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "appsettings.sample.json"), optional: false).Build();
        var section = (string)optionsType.GetField("Section")!.GetValue(null)!;

        Assert.True(configuration.GetSection(section).Exists(), $"appsettings.sample.json has no \"{section}\" section");
        var options = configuration.GetSection(section).Get(optionsType, o => o.ErrorOnUnknownConfiguration = true)!;
        var results = new List<ValidationResult>();
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true),
            string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    [Fact]
    public void SampleSettings_NameTheConnectionString()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "appsettings.sample.json")).Build();
        Assert.False(string.IsNullOrWhiteSpace(configuration.GetConnectionString("Mechelen")));
    }
}
