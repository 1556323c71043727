/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { katexOptions } from './src/app/katex-options.ts';

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
  ],
  // Vite's dependency scan does not read .mdx: name what chapters pull in.
  optimizeDeps: { include: ['react', 'react-dom', 'react/jsx-runtime', '@mdx-js/react', 'zustand', 'd3'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
