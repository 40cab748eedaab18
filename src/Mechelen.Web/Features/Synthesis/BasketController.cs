using System.Globalization;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>Adds to and takes from the merge basket, then goes back where the officer was.</summary>
[Authorize(Policy = Policies.Review)]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("basket")]
public sealed class BasketController : Controller
{
    public sealed class Form
    {
        /// <summary>Recommendation ids.</summary>
        public List<int> Id { get; set; } = [];

        /// <summary>Ticked rows of the list (<c>id:version</c>), so the list's own selection can go to the basket.</summary>
        public List<string> Select { get; set; } = [];

        public string? ReturnUrl { get; set; }
    }

    [HttpPost("add")]
    public IActionResult Add(Form form)
    {
        var ids = form.Id.Concat(form.Select.Select(s => int.TryParse(s.Split(':')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)).ToList();
        if (!ModelState.IsValid || ids.All(id => id <= 0))
        {
            Notice.Error(new Message("Tick at least one recommendation.")).Keep(TempData);
            return Back(form.ReturnUrl);
        }

        var (added, full) = MergeBasket.Add(HttpContext, ids);
        (full
            ? Notice.Error(new Message("The merge basket holds at most {0} recommendations: merge or remove some first.", MergeBasket.MaxItems))
            : Notice.Ok(new Message("Added to the merge basket: {0}.", added))).Keep(TempData);
        return Back(form.ReturnUrl);
    }

    [HttpPost("remove")]
    public IActionResult Remove(Form form)
    {
        MergeBasket.Remove(HttpContext, form.Id);
        Notice.Ok(new Message("Taken out of the merge basket.")).Keep(TempData);
        return Back(form.ReturnUrl ?? "/key-recommendations/new");
    }

    [HttpPost("clear")]
    public IActionResult Clear(Form form)
    {
        MergeBasket.Write(HttpContext, []);
        Notice.Ok(new Message("The merge basket is empty.")).Keep(TempData);
        return Back(form.ReturnUrl ?? "/recommendations");
    }

    private LocalRedirectResult Back(string? returnUrl) =>
        LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/key-recommendations/new");
}
