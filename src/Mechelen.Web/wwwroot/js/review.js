// Review mode by keyboard. Each key is shown on the page beside the control it works: j/k next and previous,
// v validate, r reject (type the reason, Enter rejects), t edit tags (Enter saves, Esc leaves), m add to the merge
// basket, u undo the last action, Enter open the full page. On the overview j starts reviewing. Keys are ignored
// while typing in a field or with Ctrl/Alt/Meta held, so they never get in the way of text or browser shortcuts.
(function () {
    'use strict';

    function byId(id) { return document.getElementById(id); }

    function follow(id) {
        var link = byId(id);
        if (link) {
            window.location.assign(link.href);
            return true;
        }
        return false;
    }

    function press(id) {
        var button = byId(id);
        if (button) {
            button.click();
            return true;
        }
        return false;
    }

    function isTyping(target) {
        if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
            return true;
        }
        return target instanceof HTMLInputElement && ['checkbox', 'radio', 'submit', 'button'].indexOf(target.type) < 0;
    }

    document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
            return;
        }

        var target = event.target;
        var tags = byId('review-tags');
        var inTags = tags && tags.contains(target);
        if (event.key === 'Escape' && (isTyping(target) || inTags)) {
            target.blur();
            return;
        }

        if (isTyping(target)) {
            if (event.key === 'Enter' && target.id === 'review-reason') {
                event.preventDefault();
                press('review-reject');
            } else if (event.key === 'Enter' && inTags) {
                event.preventDefault();
                press('review-save');
            }
            return;
        }

        if (inTags && event.key === 'Enter' && target instanceof HTMLInputElement) {
            event.preventDefault();
            press('review-save');
            return;
        }

        var done = false;
        switch (event.key) {
            case 'j':
                done = follow('review-next') || follow('review-start');
                break;
            case 'k':
                done = follow('review-prev');
                break;
            case 'v':
                done = press('review-validate');
                break;
            case 'r':
                var reason = byId('review-reason');
                if (reason) {
                    reason.focus();
                    done = true;
                }
                break;
            case 't':
                if (tags) {
                    tags.open = true;
                    var first = tags.querySelector('input');
                    if (first) {
                        first.focus();
                    }
                    done = true;
                }
                break;
            case 'm':
                done = press('review-basket');
                break;
            case 'u':
                done = press('review-undo');
                break;
            case 'Enter':
                // Enter on a link or a button keeps its own meaning.
                if (!(target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement || target instanceof HTMLInputElement)) {
                    done = follow('review-open');
                }
                break;
        }

        if (done) {
            event.preventDefault();
        }
    });
})();
