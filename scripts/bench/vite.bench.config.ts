/** Builds the benchmark page (scripts/bench/page) into dist-bench/; not part of the notebook. */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: '/',
  // The corpus files (data/) for the held-out perplexity run.
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  worker: { format: 'es' },
  build: { outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)), emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
