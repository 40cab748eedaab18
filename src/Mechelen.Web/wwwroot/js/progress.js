// Live counts: the session panel ([data-progress]) and the programme ([data-event-progress]) ask their
// endpoint every ten seconds while the page is visible and update the numbers in place. The endpoints
// answer with counts only and may be cached for five seconds; a failed poll leaves the numbers as they were.
(function () {
    'use strict';
    var intervalMs = 10000;
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);

    function set(element, value) {
        if (element) {
            var text = numbers.format(value || 0);
            if (element.textContent !== text) {
                element.textContent = text;
            }
        }
    }

    function updateSession(panel, data) {
        set(panel.querySelector('[data-total]'), data.total);
        panel.querySelectorAll('[data-status]').forEach(function (item) {
            set(item.querySelector('.count'), data.byStatus[item.getAttribute('data-status')]);
        });
        panel.querySelectorAll('[data-area]').forEach(function (item) {
            var count = data.byArea[item.getAttribute('data-area')] || 0;
            set(item.querySelector('.count'), count);
            item.hidden = count === 0;
        });
        // The capture page's list heading counts the same notes (all but drafts), written by anyone in the session.
        document.querySelectorAll('[data-captured-total]').forEach(function (count) {
            set(count, data.total);
        });
    }

    function updateEvent(section, data) {
        set(section.querySelector('[data-total-count]'), data.total);
        section.querySelectorAll('[data-session-count]').forEach(function (item) {
            set(item.querySelector('.count'), data.bySession[item.getAttribute('data-session-count')]);
        });
    }

    function poll(element, url, update) {
        function once() {
            if (document.hidden) {
                return;
            }
            fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (data) { if (data) { update(element, data); } })
                .catch(function () { /* offline: the last numbers stay */ });
        }
        window.setInterval(once, intervalMs);
        document.addEventListener('visibilitychange', once);
        // Refreshed at once when the capture page says a note was just stored.
        document.addEventListener('mechelen:saved', once);
    }

    document.querySelectorAll('[data-progress]').forEach(function (panel) {
        poll(panel, panel.getAttribute('data-progress'), updateSession);
    });
    document.querySelectorAll('[data-event-progress]').forEach(function (section) {
        poll(section, section.getAttribute('data-event-progress'), updateEvent);
    });
})();
