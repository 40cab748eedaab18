// The merge page: choosing the source the wording starts from puts its text in the wording box. A wording the
// officer has already edited is replaced only after they confirm (the question comes from the page, in their language).
(function () {
    'use strict';
    var wording = document.getElementById('Wording');
    if (!wording) {
        return;
    }

    var original = wording.value;
    document.querySelectorAll('input[name="From"][data-source]').forEach(function (radio) {
        radio.addEventListener('change', function () {
            var source = document.getElementById('source-text-' + radio.getAttribute('data-source'));
            if (!source || !radio.checked) {
                return;
            }

            if (wording.value !== original && !window.confirm(wording.getAttribute('data-confirm'))) {
                return;
            }

            wording.value = source.textContent.trim();
            original = wording.value;
        });
    });
})();
