// Capture page: no lost note. What is typed is kept in localStorage per session and restored after a
// reload, a crash or a failed submit. Save puts the note in the outbox (js/capture-queue.js) and clears the
// text at once, keeping tags and language for the next note; the outbox is sent in order whenever the
// server can be reached, each note confirmed in the list. Without IndexedDB the form posts as a plain form
// (the page then comes back with ?saved=<idempotency key> and the stored draft is forgotten).
// Ctrl/Cmd+Enter saves. While typing, similar recommendations of the event are shown (debounced).
(function () {
    'use strict';
    var form = document.getElementById('capture-form');
    if (!form) {
        return;
    }

    var storageKey = 'mechelen:capture:' + form.getAttribute('data-session');
    var text = form.elements.namedItem('Text');
    var status = document.getElementById('draft-status');
    var params = new URLSearchParams(window.location.search);
    var saved = params.get('saved');

    function load() {
        try {
            return JSON.parse(window.localStorage.getItem(storageKey) || 'null');
        } catch (e) {
            return null;
        }
    }

    function checkedValues(name) {
        return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
            return box.checked;
        }).map(function (box) { return box.value; });
    }

    function capture() {
        return {
            key: form.elements.namedItem('IdempotencyKey').value,
            text: text.value,
            rationale: form.elements.namedItem('Rationale').value,
            areas: checkedValues('AreaIds'),
            levels: checkedValues('Levels'),
            actors: checkedValues('Actors'),
            language: form.elements.namedItem('Language').value
        };
    }

    function isEmpty(draft) {
        return !draft.text.trim() && !draft.rationale.trim() && draft.areas.length === 0 && draft.levels.length === 0 && draft.actors.length === 0;
    }

    function store() {
        var draft = capture();
        try {
            if (isEmpty(draft)) {
                window.localStorage.removeItem(storageKey);
            } else {
                window.localStorage.setItem(storageKey, JSON.stringify(draft));
            }
        } catch (e) {
            // Storage full or disabled (private mode): the server-side safety nets still apply.
        }
    }

    function restore(draft) {
        form.elements.namedItem('IdempotencyKey').value = draft.key;
        text.value = draft.text || '';
        form.elements.namedItem('Rationale').value = draft.rationale || '';
        [['AreaIds', draft.areas], ['Levels', draft.levels], ['Actors', draft.actors]].forEach(function (pair) {
            form.querySelectorAll('input[name="' + pair[0] + '"]').forEach(function (box) {
                box.checked = (pair[1] || []).indexOf(box.value) >= 0;
            });
        });
        if (draft.language) {
            form.elements.namedItem('Language').value = draft.language;
        }
        if (status && draft.text) {
            status.textContent = form.getAttribute('data-restored-message');
        }
    }

    var draft = load();
    if (saved) {
        if (draft && draft.key === saved) {
            window.localStorage.removeItem(storageKey);
            draft = null;
        }
        params.delete('saved');
        var query = params.toString();
        window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    }

    // The server's copy wins when it sent one (a failed submit or a note kept across an expired sign-in);
    // otherwise an unsaved draft from this browser comes back.
    if (isEmpty(capture()) && draft && !isEmpty(draft)) {
        restore(draft);
    } else {
        store();
    }
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);

    form.addEventListener('input', store);
    form.addEventListener('change', store);

    var submitting = false;
    var outbox = window.MechelenCaptureQueue;
    var useOutbox = !!(outbox && outbox.available && window.fetch && window.Promise);
    form.addEventListener('submit', function (event) {
        store();
        if (submitting) {
            event.preventDefault();
            return;
        }
        if (useOutbox) {
            event.preventDefault();
            queueNote();
            return;
        }
        submitting = true;
        // A second click does nothing; the idempotency key guards against retries that still get through.
        window.setTimeout(function () { submitting = false; }, 8000);
    });

    form.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (typeof form.requestSubmit === 'function') {
                form.requestSubmit();
            } else {
                form.submit();
            }
        }
    });

    // ---- Tags: toggle chips, a filter for the areas, one button to clear them ----
    var filter = document.getElementById('area-filter');
    var areaChips = Array.prototype.slice.call(form.querySelectorAll('#area-chips .chip'));
    var clearTags = document.getElementById('clear-tags');

    function fold(value) {
        return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
    }

    function applyFilter() {
        var query = fold(filter.value);
        areaChips.forEach(function (chip) {
            var box = chip.querySelector('input');
            chip.hidden = query !== '' && !box.checked && fold(chip.textContent).indexOf(query) < 0;
        });
    }

    function ticked() {
        return Array.prototype.filter.call(form.querySelectorAll('.chips input[type=checkbox]'), function (box) { return box.checked; });
    }

    function showClear() {
        clearTags.hidden = ticked().length === 0;
    }

    if (filter) {
        filter.hidden = false;
        filter.addEventListener('input', applyFilter);
        filter.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                // Enter ticks the first area that matches, instead of sending a half-tagged note.
                event.preventDefault();
                var first = areaChips.filter(function (chip) { return !chip.hidden && !chip.querySelector('input').checked; })[0];
                if (first) {
                    first.querySelector('input').click();
                }
            }
        });
        form.addEventListener('change', function (event) {
            if (event.target.name === 'AreaIds' && filter.value) {
                filter.value = '';
                applyFilter();
            }
        });
    }
    if (clearTags) {
        clearTags.addEventListener('click', function () {
            ticked().forEach(function (box) { box.checked = false; });
            store();
            showClear();
            text.focus();
        });
        form.addEventListener('change', showClear);
        showClear();
    }

    // ---- The counter: shown near the limit; over it, says by how much (nothing is cut) ----
    var counter = document.getElementById('Text-count');
    var max = parseInt(text.getAttribute('data-max'), 10);
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    function updateCounter() {
        var length = text.value.length;
        if (length > max) {
            counter.textContent = text.getAttribute('data-over').replace('{0}', numbers.format(length - max));
            counter.classList.add('over');
        } else if (length >= max * 0.8) {
            counter.textContent = text.getAttribute('data-count').replace('{0}', numbers.format(length)).replace('{1}', numbers.format(max));
            counter.classList.remove('over');
        } else {
            counter.textContent = '';
        }
    }
    text.addEventListener('input', updateCounter);
    updateCounter();

    // ---- The outbox ----
    var messages = document.getElementById('capture-messages');
    var queueStatus = document.getElementById('queue-status');
    var list = document.querySelector('ol.captured');
    var sessionId = form.getAttribute('data-session');
    var token = form.elements.namedItem('__RequestVerificationToken');
    var adding = false;
    var pumping = false;
    var again = false;
    var retryTimer = null;

    function say(name, value) {
        return messages.getAttribute('data-' + name).replace('{0}', numbers.format(value || 0));
    }

    function newKey() {
        if (window.crypto && window.crypto.randomUUID) {
            return window.crypto.randomUUID();
        }
        var bytes = window.crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
        return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
    }

    function showError(lines) {
        var box = document.getElementById('capture-error');
        if (!box) {
            box = document.createElement('div');
            box.id = 'capture-error';
            box.classList.add('notice', 'error');
            box.setAttribute('role', 'alert');
            form.insertBefore(box, form.firstChild);
        }
        box.textContent = '';
        lines.forEach(function (line) {
            var p = document.createElement('p');
            p.textContent = line;
            box.appendChild(p);
        });
        box.hidden = lines.length === 0;
    }

    function problems(note) {
        var found = [];
        if (note.text.trim().length < 10 || note.text.length > max) {
            found.push(messages.getAttribute('data-text-length'));
        }
        if (note.rationale.length > max) {
            found.push(messages.getAttribute('data-rationale-length'));
        }
        if (note.areas.length === 0) {
            found.push(messages.getAttribute('data-area-missing'));
        }
        return found;
    }

    function itemFor(note) {
        var li = document.createElement('li');
        li.classList.add('captured-item', 'pending');
        li.setAttribute('data-key', note.key);
        var p = document.createElement('p');
        p.className = 'captured-text';
        p.setAttribute('dir', 'auto');
        p.textContent = note.text;
        var meta = document.createElement('p');
        meta.classList.add('captured-meta', 'muted');
        meta.textContent = messages.getAttribute('data-waiting');
        li.appendChild(p);
        li.appendChild(meta);
        return li;
    }

    function showPending(note) {
        if (list && !list.querySelector('[data-key="' + note.key + '"]')) {
            var empty = document.getElementById('captured-empty');
            if (empty) {
                empty.hidden = true;
            }
            list.insertBefore(itemFor(note), list.firstChild);
        }
    }

    function confirmSaved(note) {
        var li = list && list.querySelector('[data-key="' + note.key + '"]');
        // A note the server had already stored (listed by the page itself) is simply left as it is.
        if (li && li.classList.contains('pending')) {
            li.classList.remove('pending');
            li.classList.add('confirmed');
            li.querySelector('.captured-meta').textContent = messages.getAttribute('data-saved');
        }
        document.dispatchEvent(new CustomEvent('mechelen:saved'));
    }

    function showQueue(count, state) {
        if (count === 0 && state !== 'expired' && state !== 'forbidden') {
            queueStatus.hidden = true;
            queueStatus.textContent = '';
            return;
        }
        queueStatus.hidden = false;
        queueStatus.classList.remove('offline', 'sending', 'expired', 'forbidden');
        queueStatus.classList.add(state);
        queueStatus.textContent = state === 'sending' ? say('sending', count)
            : state === 'forbidden' ? say('forbidden')
                : state === 'expired' ? say('expired')
                    : count === 1 ? say('offline-one') : say('offline-many', count);
        if (state === 'expired') {
            var link = document.createElement('a');
            link.href = '/account/login?ReturnUrl=' + encodeURIComponent(window.location.pathname);
            link.textContent = say('sign-in');
            queueStatus.appendChild(document.createTextNode(' '));
            queueStatus.appendChild(link);
        }
    }

    function queueNote() {
        if (adding) {
            return;
        }
        var current = capture();
        var note = {
            session: sessionId, key: current.key, text: current.text, rationale: current.rationale,
            areas: current.areas, levels: current.levels, actors: current.actors, language: current.language,
            savedAt: new Date().toISOString()
        };
        var found = problems(note);
        showError(found);
        if (found.length > 0) {
            return;
        }
        adding = true;
        outbox.add(note).then(function () {
            showPending(note);
            // Ready for the next note: a new key, the text gone, tags and language kept.
            form.elements.namedItem('IdempotencyKey').value = newKey();
            text.value = '';
            form.elements.namedItem('Rationale').value = '';
            store();
            updateCounter();
            text.focus();
            adding = false;
            pump();
        }, function () {
            // No room on the device (private mode, storage full): send as a plain form instead.
            adding = false;
            useOutbox = false;
            form.submit();
        });
    }

    function body(note) {
        var data = new URLSearchParams();
        data.append('Text', note.text);
        data.append('Rationale', note.rationale);
        note.areas.forEach(function (v) { data.append('AreaIds', v); });
        note.levels.forEach(function (v) { data.append('Levels', v); });
        note.actors.forEach(function (v) { data.append('Actors', v); });
        data.append('Language', note.language);
        data.append('IdempotencyKey', note.key);
        data.append('__RequestVerificationToken', token.value);
        return data;
    }

    function post(note) {
        return fetch(form.getAttribute('action'), {
            method: 'POST',
            body: body(note),
            credentials: 'same-origin',
            headers: { 'X-Requested-With': 'fetch', 'Accept': 'application/json' }
        });
    }

    // A page cached before a sign-in carries a token for the earlier sign-in: take a fresh one from the server.
    function refreshToken() {
        return fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } }).then(function (response) {
            if (!response.ok || response.redirected) {
                return false;
            }
            return response.text().then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('#capture-form input[name="__RequestVerificationToken"]');
                if (fresh) {
                    token.value = fresh.value;
                }
                return !!fresh;
            });
        });
    }

    function later(count, state) {
        pumping = false;
        showQueue(count, state);
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(pump, 10000);
    }

    function sendFirst(notes, retried) {
        var note = notes[0];
        return post(note).then(function (response) {
            if (response.ok) {
                return outbox.remove(note.seq).then(function () {
                    confirmSaved(note);
                    return next();
                });
            }
            if (response.status === 400 && !retried) {
                return refreshToken().then(function (fresh) {
                    return fresh ? sendFirst(notes, true) : later(notes.length, 'expired');
                });
            }
            if (response.status === 401) {
                return later(notes.length, 'expired');
            }
            if (response.status === 403) {
                return later(notes.length, 'forbidden');
            }
            if (response.status === 422) {
                return response.json().then(function (refused) {
                    if (text.value.trim() !== '') {
                        // The rapporteur is typing: the refused note waits until the box is free.
                        return later(notes.length, 'offline');
                    }
                    return outbox.remove(note.seq).then(function () {
                        restore(note);
                        var li = list && list.querySelector('[data-key="' + note.key + '"]');
                        if (li) {
                            li.remove();
                        }
                        store();
                        showError([messages.getAttribute('data-refused')].concat(refused.errors || []));
                        return next();
                    });
                });
            }
            return later(notes.length, 'offline');
        }, function () {
            // No network, or the server is down: everything stays in the outbox.
            return later(notes.length, 'offline');
        });
    }

    function next() {
        return outbox.forSession(sessionId).then(function (notes) {
            notes.forEach(showPending);
            if (notes.length === 0) {
                pumping = false;
                showQueue(0, '');
                if (again) {
                    // A note was added while this pass was reading the outbox.
                    again = false;
                    pump();
                }
                return null;
            }
            showQueue(notes.length, navigator.onLine === false ? 'offline' : 'sending');
            return sendFirst(notes, false);
        });
    }

    function pump() {
        if (!useOutbox) {
            return;
        }
        if (pumping) {
            again = true;
            return;
        }
        pumping = true;
        again = false;
        next().catch(function () { pumping = false; });
    }

    if (useOutbox) {
        window.addEventListener('online', pump);
        document.addEventListener('visibilitychange', function () {
            if (!document.hidden) {
                pump();
            }
        });
        pump();
        if ('serviceWorker' in navigator) {
            navigator.serviceWorker.register('/sw.js').catch(function () { /* the page still works online */ });
        }
    }

    var similar = document.getElementById('similar');
    var similarList = document.getElementById('similar-list');
    var timer = null;
    var lastQuery = '';
    function showSimilar(items) {
        similarList.textContent = '';
        items.forEach(function (item) {
            // Each text people typed in its own isolated element, as on the server's pages (see site.css, "User text").
            var li = document.createElement('li');
            var quote = document.createElement('bdi');
            quote.textContent = item.text;
            var where = document.createElement('span');
            where.className = 'muted';
            var title = document.createElement('bdi');
            title.textContent = item.sessionTitle;
            where.appendChild(document.createTextNode(' — '));
            where.appendChild(title);
            li.appendChild(quote);
            li.appendChild(where);
            similarList.appendChild(li);
        });
        similar.hidden = items.length === 0;
    }

    function lookUp() {
        var query = text.value.trim();
        if (query === lastQuery) {
            return;
        }
        lastQuery = query;
        if (query.length < 15) {
            showSimilar([]);
            return;
        }
        // The first 500 characters, without the first half of an emoji cut there (encodeURIComponent throws on it).
        fetch(form.getAttribute('data-similar') + '?text=' + encodeURIComponent(query.slice(0, 500).replace(/[\uD800-\uDBFF]$/, '')), {
            headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch' },
            credentials: 'same-origin'
        }).then(function (response) {
            return response.ok ? response.json() : [];
        }).then(function (items) {
            if (text.value.trim() === query) {
                showSimilar(items.slice(0, 3));
            }
        }).catch(function () {
            // Offline: similar recommendations are a help, not a requirement.
        });
    }

    text.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(lookUp, 400);
    });
})();
