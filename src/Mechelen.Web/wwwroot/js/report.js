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

// Large reports: their files are built in the background. Each build on its way asks for its state every two
// seconds (also after a reload: the page finds the build by its report), moves the bar, says each tenth of the way
// and the end to screen readers, and offers the file, or the form to try again, once it is over.
(function () {
    'use strict';
    document.querySelectorAll('[data-build]').forEach(function (build) {
        var file = build.closest('[data-report-file]');
        var text = build.querySelector('[data-build-text]');
        var bar = build.querySelector('[data-build-progress]');
        var said = null;
        if (!window.fetch || !file || !text || !bar) {
            return;
        }

        function show(state) {
            bar.value = state.progress;
            bar.textContent = state.progress + ' %';
            // The live region speaks at each tenth and at every change of state, not at every poll.
            var step = state.status + ':' + Math.floor(state.progress / 10);
            if (step !== said) {
                said = step;
                text.textContent = state.text;
            }

            if (state.status === 'done' && state.download) {
                var done = build.querySelector('[data-build-done]');
                var link = build.querySelector('[data-build-download]');
                link.href = state.download.url;
                link.setAttribute('download', state.download.fileName || '');
                link.textContent = state.download.text;
                // The live line above the link has said when it was prepared (at the change of state), once.
                bar.hidden = true;
                done.hidden = false;
                var previous = file.querySelector('[data-build-previous]');
                if (previous) {
                    previous.closest('p').hidden = true;
                }
                return true;
            }

            if (state.status === 'failed') {
                text.setAttribute('role', 'alert');
                text.classList.add('notice', 'error');
                bar.hidden = true;
                var again = file.querySelector('[data-build-again]');
                if (again) {
                    again.hidden = false;
                }
                return true;
            }

            return false;
        }

        function poll() {
            fetch(build.getAttribute('data-build'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (state) {
                    if (!show(state)) {
                        setTimeout(poll, 2000);
                    }
                })
                .catch(function () {
                    // A lost connection or a server restart: keep asking, a little less often.
                    setTimeout(poll, 5000);
                });
        }

        setTimeout(poll, 1000);
    });
})();
