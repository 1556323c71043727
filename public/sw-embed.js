/*
 * Embed pages (/embed/<widget>) may be framed by any site; chapters may not. Offline,
 * the service worker answers navigations with the precached app shell, whose headers
 * carry the chapters' policy (frame-ancestors 'none'), so embed navigations get that
 * shell with `frame-ancestors *` instead. The generated worker loads this file first
 * (workbox importScripts) and leaves /embed/ to it (navigateFallbackDenylist).
 */
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.mode !== 'navigate') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !/^\/embed(\/|$)/.test(url.pathname)) return;
  event.respondWith((async () => {
    const shell = await caches.match('/index.html', { ignoreSearch: true });
    if (!shell) return fetch(request);
    const headers = new Headers(shell.headers);
    const policy = headers.get('Content-Security-Policy');
    if (policy) headers.set('Content-Security-Policy', policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
    return new Response(shell.body, { status: 200, statusText: 'OK', headers });
  })());
});
