// Upload page: refuse a file over the size limit before sending it over a slow venue connection.
(function () {
    'use strict';
    var input = document.getElementById('file');
    if (!input) {
        return;
    }
    input.addEventListener('change', function () {
        var max = Number(input.getAttribute('data-max-bytes'));
        var file = input.files && input.files[0];
        input.setCustomValidity(file && file.size > max ? input.getAttribute('data-too-large') : '');
        input.reportValidity();
    });
})();
