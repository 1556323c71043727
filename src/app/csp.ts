/**
 * The site's Content-Security-Policy, defined once: `vite preview` sends it as a
 * header and the production build writes it into index.html as a <meta>, so a
 * static host that sends no header still enforces it. No 'unsafe-eval' anywhere.
 * (The dev server gets none: React refresh injects inline scripts.)
 */

/** Directive → sources. Order is kept in the serialised policy. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // tfjs-backend-wasm compiles its .wasm at run time: 'wasm-unsafe-eval' allows only that.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // The compute worker is a same-origin module; the service worker is /sw.js.
  'worker-src': ["'self'"],
  // Stylesheets from our own files only; style *attributes* are needed by KaTeX's
  // HTML, which live equations insert as markup (sizes and struts in style="…").
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  // PNG export draws the SVG through a blob: image; exported pictures are data: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta> policy cannot carry (browsers ignore them there and log an error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * Embed pages (/embed/<widget>) are meant to sit in a slide's <iframe> on any site:
 * there, and only there, any ancestor may frame the page. Chapters stay unframeable.
 */
export const FRAMEABLE_PATH = /^\/embed(\/|\?|$)/;

/** The policy as an HTTP header value for the document at `path` (its query is ignored). */
export function cspHeader(path = '/'): string {
  const names = Object.keys(CSP_DIRECTIVES);
  if (!FRAMEABLE_PATH.test(path)) return serialise(names);
  return names.map((d) => (d === 'frame-ancestors' ? 'frame-ancestors *' : serialise([d]))).join('; ');
}

/** The policy for <meta http-equiv="Content-Security-Policy">, without header-only directives. */
export function cspMeta(): string {
  return serialise(Object.keys(CSP_DIRECTIVES).filter((d) => !HEADER_ONLY.has(d)));
}

function serialise(names: readonly string[]): string {
  return names.map((d) => `${d} ${CSP_DIRECTIVES[d].join(' ')}`).join('; ');
}
