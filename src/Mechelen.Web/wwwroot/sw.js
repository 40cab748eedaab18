// Service worker of the capture page: once a capture page has been opened online, it opens offline too.
// Network first (the page always shows the latest list when there is a network), the last copy otherwise.
// Only capture pages and the static files they use are kept; nothing is sent from here (the page's
// outbox does that, see js/capture-queue.js).
'use strict';
var CACHE = 'mechelen-capture-v1';
var CAPTURE = /^\/sessions\/\d+\/capture\/?$/;

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

function keyOf(request, url) {
    // A capture page is kept under its path: ?saved=… and other markers show the same page.
    return request.mode === 'navigate' ? url.origin + url.pathname : request.url;
}

function kept(request, url) {
    if (request.method !== 'GET' || url.origin !== self.location.origin) {
        return false;
    }
    if (request.mode === 'navigate') {
        return CAPTURE.test(url.pathname) && !url.searchParams.has('page');
    }
    return /^\/(css|js)\//.test(url.pathname) || url.pathname === '/favicon.svg' || url.pathname === '/manifest.webmanifest';
}

function anyCapturePage(cache) {
    return cache.keys().then(function (keys) {
        var found = keys.filter(function (k) { return CAPTURE.test(new URL(k.url).pathname); }).pop();
        return found ? Response.redirect(found.url, 302) : Response.error();
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    var url = new URL(request.url);
    var keep = kept(request, url);
    if (!keep && request.mode !== 'navigate') {
        return;
    }
    if (!keep) {
        // Another page opened offline (the installed app starts at /): the capture page last used, if any.
        event.respondWith(fetch(request).catch(function () { return caches.open(CACHE).then(anyCapturePage); }));
        return;
    }
    event.respondWith(fetch(request).then(function (response) {
        if (response.ok && response.type === 'basic' && !response.redirected) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { return cache.put(keyOf(request, url), copy); });
        }
        return response;
    }).catch(function () {
        return caches.open(CACHE).then(function (cache) {
            return cache.match(keyOf(request, url)).then(function (hit) { return hit || Response.error(); });
        });
    }));
});
