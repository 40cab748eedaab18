namespace Mechelen.BrowserTests;

/// <summary>The browser tests' app with the demo content: recommendations in three languages, key recommendations, a report to read.</summary>
public sealed class DemoAppFactory() : BrowserAppFactory(("Seeding:LoadDemoContent", "true"));
