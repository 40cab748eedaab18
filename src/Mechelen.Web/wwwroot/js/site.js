// Site-wide behaviour. Page-specific scripts live in their own files; the CSP allows no inline script.
(function () {
    'use strict';
    // Buttons marked data-confirm ask before submitting their form.
    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
        if (target && !window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
})();
