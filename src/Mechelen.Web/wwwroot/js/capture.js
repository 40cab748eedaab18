// Capture page: no lost note. What is typed is kept in localStorage per session and restored after a
// reload, a crash or a failed submit; it is forgotten only when the server confirms the save (the page
// comes back with ?saved=<idempotency key of the stored draft>). Ctrl/Cmd+Enter saves. While typing,
// similar recommendations of the event are shown (debounced).
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
        if (status) {
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
    form.addEventListener('submit', function (event) {
        store();
        if (submitting) {
            event.preventDefault();
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

    var similar = document.getElementById('similar');
    var list = document.getElementById('similar-list');
    var timer = null;
    var lastQuery = '';
    function showSimilar(items) {
        list.textContent = '';
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
            list.appendChild(li);
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
