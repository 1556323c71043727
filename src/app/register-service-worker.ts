/**
 * Registers the offline service worker (built by vite-plugin-pwa) in production
 * builds only: in development it would serve stale chunks over hot reloads.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = async () => {
    try {
      // First visit: a server that answers /sw.js with the app's HTML (mid-deploy,
      // misconfigured) would make the browser log an error, so check first. Once a
      // worker controls the page (possibly offline) the browser updates it itself.
      if (!navigator.serviceWorker.controller) {
        if (!navigator.onLine) return;
        const head = await fetch('/sw.js', { method: 'HEAD', cache: 'no-store' });
        if (!head.ok || !/javascript/.test(head.headers.get('content-type') ?? '')) return;
      }
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    } catch {
      // Offline, private mode or blocked: the notebook works as before, online.
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
