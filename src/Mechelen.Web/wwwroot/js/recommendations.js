// The recommendations list: tick-all, filter applied as soon as a facet changes, and the "n similar" hints
// fetched after the page is shown so the similarity searches never slow the list. Their wording comes from the
// page (data-hint-one, data-hint-many with {0}), in the reader's language.
(function () {
    'use strict';
    var filter = document.getElementById('filter');
    // On a phone the facets would push the results off the first screen: only facets in use stay open.
    if (filter && window.matchMedia('(max-width: 48rem)').matches) {
        filter.querySelectorAll('details.facet').forEach(function (facet) {
            facet.open = facet.querySelector('input:checked') !== null;
        });
    }

    if (filter) {
        filter.addEventListener('change', function (event) {
            if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
                filter.submit();
            }
        });
    }

    var all = document.getElementById('select-all');
    if (all) {
        all.addEventListener('change', function () {
            document.querySelectorAll('#bulk input[name="Select"]').forEach(function (box) { box.checked = all.checked; });
        });
    }

    var hints = document.querySelectorAll('[data-similar]');
    if (hints.length === 0 || !window.fetch) {
        return;
    }

    var wording = document.querySelector('[data-hint-many]');
    var query = Array.prototype.map.call(hints, function (h) { return 'id=' + encodeURIComponent(h.getAttribute('data-similar')); }).join('&');
    fetch('/recommendations/similar?' + query, { headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (counts) {
            hints.forEach(function (h) {
                var id = h.getAttribute('data-similar');
                var count = counts[id];
                if (count) {
                    var link = document.createElement('a');
                    link.href = '/recommendations/' + id + '#similar';
                    link.textContent = count === 1
                        ? wording.getAttribute('data-hint-one')
                        : wording.getAttribute('data-hint-many').replace('{0}', count.toLocaleString(document.documentElement.lang));
                    link.className = 'similar-hint';
                    h.appendChild(link);
                }
            });
        })
        .catch(function () { /* hints are a help, not the page: without them the list still works */ });
})();
