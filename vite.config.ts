import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './src/pipeline/pwa-options.ts';
import { devWithoutCsp } from './src/pipeline/dev-csp.ts';
import { trimOpenccPhrases } from './src/pipeline/opencc-phrases.ts';
import { entryChunk } from './src/pipeline/entry-chunk.ts';
import { contentBundle } from './src/pipeline/vite-plugin.ts';

/** BASE=/reader/ builds for hosting under a sub-path. */
function baseFromEnv(): string {
  const base = process.env.BASE?.trim().replace(/^\/+|\/+$/g, '');
  return base ? `/${base}/` : '/';
}

/**
 * React Router's package exports name only its development build, warnings and all, for every
 * environment (remix-run/react-router#12532, #14753); production builds take the production one
 * it ships beside it (0.4 KB gzip less on every page, and no development warnings).
 */
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// React Query's hooks: every page's data comes through them, though the entry's own code does not.
const entry = entryChunk(/node_modules[\\/]@tanstack[\\/]/);

export default defineConfig(({ mode }) => ({
  base: baseFromEnv(),
  resolve: {
    alias: mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  // The content bundle and CSS are not needed to run tests; leaving them out keeps Vitest fast.
  plugins:
    mode === 'test'
      ? [react()]
      : [
          react(),
          tailwindcss(),
          entry.plugin,
          contentBundle(),
          trimOpenccPhrases(),
          VitePWA(pwaOptions(baseFromEnv())),
          devWithoutCsp(),
        ],
  define: {
    // Shown in the footer; lets a test tell two deployments apart.
    'import.meta.env.VITE_BUILD_LABEL': JSON.stringify(process.env.BUILD_LABEL ?? ''),
  },
  build: {
    target: 'es2022',
    // Keeps index.html free of inline scripts and styles, for a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // One file for what every page runs, rather than one per module lazy chunks share with it.
          groups: [entry.group],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // Generous timeouts: a shared, loaded machine runs the heavy tests several times slower,
        // and a test here checks results, never speed.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
}));
