using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Capture;

/// <summary>
/// On a real Kestrel, because the in-memory test server neither enforces request body limits nor closes
/// connections: a browser uploading a file far over the limit must get the page that says so, not a reset.
/// </summary>
public sealed class OversizedUploadTests(OversizedUploadTests.App app) : IClassFixture<OversizedUploadTests.App>
{
    private const long MiB = 1024 * 1024;

    /// <summary>Records, for each upload, whether anything parsed its form (and so buffered the file).</summary>
    public sealed class App : KestrelAppFactory
    {
        public ConcurrentQueue<bool> FormParsed { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new RecordForms(FormParsed)));
        }

        private sealed class RecordForms(ConcurrentQueue<bool> parsed) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                builder.Use(async (context, following) =>
                {
                    await following(context);
                    if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Value!.EndsWith("/capture/import", StringComparison.Ordinal))
                    {
                        parsed.Enqueue(context.Features.Get<IFormFeature>()?.Form is not null);
                    }
                });
                next(builder);
            };
        }
    }

    private async Task<(HttpClient Client, string Page)> RapporteurOnTheUploadPageAsync()
    {
        var sessionId = (await app.SessionIdsAsync())[1];
        var email = $"upload-{Guid.NewGuid():N}@test.example";
        var user = await app.CreateUserAsync(email, TestAccounts.Password, Mechelen.Web.Domain.Roles.Rapporteur);
        await app.AssignAsync(user.Id, sessionId);
        var client = app.CreateSocketClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        await client.SignInAsync(email, TestAccounts.Password);
        var code = await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).SingleAsync());
        return (client, $"/events/{code}/capture/import?session={sessionId}");
    }

    [Theory]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(200)]
    public async Task FileOverTheLimit_GetsThePageSayingSo_WithoutTheFormBeingParsed(int megabytes)
    {
        var (client, page) = await RapporteurOnTheUploadPageAsync();
        var token = await client.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new StreamContent(new FillerStream(megabytes * MiB));
        file.Headers.ContentType = new MediaTypeHeaderValue(CaptureTemplate.ContentType);
        form.Add(file, "file", "huge.xlsx");
        while (app.FormParsed.TryDequeue(out _))
        {
        }

        var response = await client.PostAsync(page, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(WorkbookGuard.TooLarge, html);
        Assert.Contains("<form", html);
        Assert.False(Assert.Single(app.FormParsed), "the oversized form was parsed");

        // The connection stays usable: the rapporteur carries on.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
    }

    /// <summary>A seekable stream of zeros of a given length, so the upload has a Content-Length and costs no memory.</summary>
    private sealed class FillerStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => _position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
