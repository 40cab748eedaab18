using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Language;

/// <summary>
/// The reader picks the interface language: it is kept in a cookie on this browser and, for a signed-in user,
/// in their profile, which sets the cookie again at each sign-in (see <see cref="ProfileLanguage"/>).
/// </summary>
public static class ChooseLanguage
{
    public sealed class Handler(MechelenDbContext db, CurrentUser user)
    {
        /// <summary>False when the language is not one of the interface's.</summary>
        public async Task<bool> HandleAsync(HttpContext context, string? culture, CancellationToken cancellationToken)
        {
            if (!Cultures.IsSupported(culture))
            {
                return false;
            }

            Cultures.Remember(context, culture!);
            if (user.Id is { } id)
            {
                await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, culture), cancellationToken);
            }

            return true;
        }
    }
}

/// <summary>At sign-in the profile's language wins over this browser's; a profile without one takes the browser's explicit choice.</summary>
public static class ProfileLanguage
{
    public static async Task ApplyAsync(HttpContext context, MechelenDbContext db, string userId, CancellationToken cancellationToken)
    {
        var saved = await db.Users.Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken);
        if (Cultures.IsSupported(saved))
        {
            Cultures.Remember(context, saved!);
            return;
        }

        if (Cultures.FromCookie(context.Request) is { } chosen)
        {
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, chosen), cancellationToken);
        }
    }
}
