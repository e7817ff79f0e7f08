import type { VitePWAOptions } from 'vite-plugin-pwa';
import { navigationAllowlist } from '#shared/routes.ts';

/**
 * Offline reading. Every document chunk and the search index are precached while the data is
 * small; above PRECACHE_DATA_LIMIT (PRECACHE_LIMIT_MB, default 25) they are cached on first use,
 * and the reader can save the whole library offline in one go (docs/deploying.md).
 */
export const PRECACHE_DATA_LIMIT = Number(process.env.PRECACHE_LIMIT_MB ?? 25) * 1024 * 1024;
const BULK_DATA = /^data\/(?:docs|search)\//;
/** Remote images kept at most: about 7 MB of quota each in Chromium, so about 280 MB in all. */
export const REMOTE_IMAGE_ENTRIES = 40;

/** The service worker's options for a site hosted under `base` ('/' or '/reader/'). */
export const pwaOptions = (base: string): Partial<VitePWAOptions> => ({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/icon.svg'],
  manifest: {
    name: '阅览 Yuelan',
    short_name: '阅览',
    description: '中文新闻与长篇报告阅读器：离线阅读、全文搜索、按目录与页码引用。',
    lang: 'zh-CN',
    dir: 'ltr',
    // Relative to the web app manifest, so the app installs from whatever folder it is hosted in.
    start_url: '.',
    scope: '.',
    display: 'standalone',
    theme_color: '#7a2e1f',
    background_color: '#fafaf9',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,bin,webmanifest}'],
    // Each route's copy of the shell (two per document) is for the first visit to a deep link;
    // offline, the service worker answers every navigation with shell.html. Precached, they were
    // two files per document: 20,000 at 10,000 documents, all fetched when the worker installs.
    globIgnores: ['doc/**', 'embed/**', 'search/**', '404.html'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // The shell without a prerendered page (see vite-plugin.ts): any route can be answered with it.
    navigateFallback: 'shell.html',
    // Only the app's own routes: sw.js, a PDF, the host's other pages and the project sites under
    // a user site's root are the network's, online and offline.
    navigateFallbackAllowlist: navigationAllowlist(base),
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    manifestTransforms: [
      (entries) => {
        const bulk = entries.filter((entry) => BULK_DATA.test(entry.url)).reduce((sum, entry) => sum + entry.size, 0);
        const manifest = bulk > PRECACHE_DATA_LIMIT ? entries.filter((entry) => !BULK_DATA.test(entry.url)) : entries;
        return {
          manifest,
          warnings:
            bulk > PRECACHE_DATA_LIMIT
              ? [
                  `document chunks and search index (${Math.round(bulk / 1048576)} MB) are cached on first use, not precached`,
                ]
              : [],
        };
      },
    ],
    runtimeCaching: [
      {
        // Content-hashed, so a cached copy is right for ever.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/(?:docs|search)\//.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'yuelan-data', expiration: { maxEntries: 50000 } },
      },
      {
        // Authors' images, kept for offline reading. They come from other sites without CORS, so
        // the responses are opaque: their status cannot be read, and Chromium counts each at
        // about 7 MB of the site's quota whatever its size. Bounded by count (REMOTE_IMAGE_ENTRIES
        // times that at most), dropped first when the quota runs out, never the reader's data.
        urlPattern: ({ request, sameOrigin }) => !sameOrigin && request.destination === 'image',
        handler: 'CacheFirst',
        options: {
          cacheName: 'yuelan-remote-images',
          expiration: { maxEntries: REMOTE_IMAGE_ENTRIES, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
          // A readable error (a CORS-enabled 404) is never kept; an opaque one cannot be told apart.
          cacheableResponse: { statuses: [0, 200] },
        },
      },
    ],
  },
});
