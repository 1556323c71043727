/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { VitePWA } from 'vite-plugin-pwa';
import { katexOptions } from './src/app/katex-options.ts';
import { cspHeader, cspMeta } from './src/app/csp.ts';

/**
 * `vite preview` sends the CSP as a header, per document: embed pages may be framed,
 * everything else may not (a <meta> cannot carry frame-ancestors).
 */
const cspHeaderPlugin: Plugin = {
  name: 'csp-header',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      res.setHeader('Content-Security-Policy', cspHeader(req.url ?? '/'));
      next();
    });
  },
};

/** Writes the CSP into the built index.html (first in <head>, before any script or style). */
const cspMetaPlugin: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [
    {
      // MDX first, so that plugin-react sees the compiled JSX and chapters hot-swap.
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkGfm, remarkMath],
        rehypePlugins: [rehypeSlug, [rehypeKatex, katexOptions]],
      }),
    },
    react({ include: /\.(mdx|tsx|ts|jsx|js)$/ }),
    cspMetaPlugin,
    cspHeaderPlugin,
    // Offline after the first visit: every chunk, chapter, font, .wasm and public/
    // file is precached. The app registers the worker itself, in production only.
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'RNN notebook',
        short_name: 'RNN notebook',
        description: 'Recurrent neural networks, taught with live models.',
        lang: 'en',
        start_url: '/',
        display: 'standalone',
        background_color: '#fdfcf9',
        theme_color: '#1d3557',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        // KaTeX's woff2 and tfjs's .wasm are not in the default patterns; data and weights in public/ may be any of these.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt,woff2,wasm,bin,webmanifest}'],
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/^\/$/, /^\/chapters\//, /^\/[^.]*$/],
        // Embed pages get the same shell, but frameable: public/sw-embed.js answers them.
        navigateFallbackDenylist: [/^\/embed(\/|\?|$)/],
        importScripts: ['sw-embed.js'],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // Vite's dependency scan does not read .mdx: name what chapters pull in.
  optimizeDeps: { include: ['react', 'react-dom', 'react/jsx-runtime', '@mdx-js/react', 'zustand', 'd3'] },
  worker: { format: 'es' },
  // The manifest tells the benchmark which chunks a chapter's first paint needs.
  // Fonts stay files (font-src 'self' in the CSP, no data: fonts); other small assets may be inlined.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, manifest: true, assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined) },
  // The built site is served under its CSP (the dev server is not: React refresh injects inline scripts).
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
