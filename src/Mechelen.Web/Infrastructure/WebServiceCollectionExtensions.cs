using System.Text.Encodings.Web;
using System.Text.Unicode;
using Mechelen.Web.Features;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Mechelen.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    /// <summary>MVC with feature folders, localisation and health checks.</summary>
    public static WebApplicationBuilder AddFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(services =>
            new CachedStringLocalizerFactory(ActivatorUtilities.CreateInstance<ResourceManagerStringLocalizerFactory>(services))));
        builder.Services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.ModelBinderProviders.Insert(0, new UserTextModelBinderProvider());
            })
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>(ValidationMessages.Configure);
        builder.Services.Configure<RequestLocalizationOptions>(Cultures.ConfigureRequestLocalization);
        builder.Services.AddSingleton<Formats>();
        builder.Services.AddUseCases();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FiguresCache>();
        builder.Services.Configure<RequestLoggingOptions>(builder.Configuration.GetSection(RequestLoggingOptions.Section));
        // Accented, Greek, Cyrillic or Arabic text is written as it is rather than as &#x…; entities.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseMechelenPipeline(this WebApplication app)
    {
        // First, so that the log, HTTPS redirection and the sign-in limit see the client's address and scheme.
        app.UseForwardedHeaders();
        app.UseRequestLogging();
        app.UseCookiePolicy();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseNulTolerantForms();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UsePrivateResponses();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllers();
        app.MapWorkspace();
        // Unknown addresses are a 404 page for everyone, not a detour through the login page.
        app.MapFallback("{*path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}
