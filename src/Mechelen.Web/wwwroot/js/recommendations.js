// The recommendations list: tick-all, filter applied as soon as a facet changes, and the "n similar" hints
// fetched after the page is shown so the similarity searches never slow the list.
(function () {
    'use strict';
    var filter = document.getElementById('filter');
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
                    link.textContent = count + ' similar';
                    link.className = 'similar-hint';
                    h.appendChild(link);
                }
            });
        })
        .catch(function () { /* hints are a help, not the page: without them the list still works */ });
})();
