// Outcome report page: the PDF of a large report takes a moment to build, so the download link fetches it
// and says what is happening instead of leaving the reader with a page that seems to do nothing.
(function () {
    'use strict';
    var status = document.getElementById('pdf-status');
    document.querySelectorAll('a[data-pdf-download]').forEach(function (link) {
        link.addEventListener('click', function (event) {
            if (!window.fetch || !status) {
                return;
            }

            event.preventDefault();
            status.textContent = link.getAttribute('data-building');
            link.setAttribute('aria-disabled', 'true');
            fetch(link.href, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }

                    var disposition = response.headers.get('Content-Disposition') || '';
                    var match = /filename="?([^";]+)"?/.exec(disposition);
                    return response.blob().then(function (blob) { return { blob: blob, name: match ? match[1] : 'outcome-report.pdf' }; });
                })
                .then(function (file) {
                    var url = URL.createObjectURL(file.blob);
                    var save = document.createElement('a');
                    save.href = url;
                    save.download = file.name;
                    document.body.appendChild(save);
                    save.click();
                    save.remove();
                    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
                    status.textContent = link.getAttribute('data-ready') + ' ' + file.name;
                })
                .catch(function (error) {
                    status.textContent = link.getAttribute('data-failed') + ' (' + error.message + ')';
                })
                .finally(function () {
                    link.removeAttribute('aria-disabled');
                });
        });
    });
})();
