// The capture page's outbox: notes waiting to be sent, kept in IndexedDB so they survive a reload, a closed
// tab and a sleeping phone. Each note keeps the idempotency key it was given when Save was pressed, so
// sending it twice (a response lost on the way back) still stores it once. Notes are kept in the order
// they were saved (an auto-incremented sequence) and sent in that order.
window.MechelenCaptureQueue = (function () {
    'use strict';
    var opened = null;

    function open() {
        if (!opened) {
            opened = new Promise(function (resolve, reject) {
                var request = window.indexedDB.open('mechelen-capture', 1);
                request.onupgradeneeded = function () {
                    request.result.createObjectStore('notes', { keyPath: 'seq', autoIncrement: true });
                };
                request.onsuccess = function () { resolve(request.result); };
                request.onerror = function () { reject(request.error); };
            });
        }
        return opened;
    }

    // Resolves when the transaction is committed, so a note is on disk before the form is cleared.
    function run(mode, work) {
        return open().then(function (db) {
            return new Promise(function (resolve, reject) {
                var transaction = db.transaction('notes', mode);
                var request = work(transaction.objectStore('notes'));
                transaction.oncomplete = function () { resolve(request.result); };
                transaction.onerror = function () { reject(transaction.error); };
                transaction.onabort = function () { reject(transaction.error); };
            });
        });
    }

    return {
        available: !!window.indexedDB,
        add: function (note) { return run('readwrite', function (store) { return store.add(note); }); },
        remove: function (seq) { return run('readwrite', function (store) { return store.delete(seq); }); },
        forSession: function (sessionId) {
            return run('readonly', function (store) { return store.getAll(); }).then(function (notes) {
                return notes.filter(function (note) { return note.session === sessionId; });
            });
        }
    };
})();
