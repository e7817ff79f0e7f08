/**
 * First-load JavaScript and CSS per route, from a production build's Vite manifest: the entry
 * chunk and the route's lazy chunk, each with every chunk it imports statically (what the browser
 * must fetch before the route can paint), gzip-compressed as hosts serve them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from './build-app.ts';

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type ViteManifest = Record<string, ManifestChunk>;

/**
 * Each page with every module it must run before its content shows: the route, and the code its
 * content loads next (an article's sanitizer, a report's reader, the search results' snippets),
 * which the app fetches in parallel with the data but which still counts against the budget.
 */
export const ROUTES: Record<string, string[]> = {
  library: ['src/app/routes/library.tsx'],
  // A reader of the English interface fetches its catalogue before the first render.
  'library (English interface)': ['src/app/routes/library.tsx', 'src/app/i18n/en/index.ts'],
  article: ['src/app/routes/document.tsx', 'src/app/features/article/article-body.tsx'],
  // Browsers without the HTML Sanitizer API load DOMPurify too (Chromium and Firefox have the API).
  'article (no Sanitizer API)': [
    'src/app/routes/document.tsx',
    'src/app/features/article/article-body.tsx',
    'src/app/lib/sanitize-purify.ts',
  ],
  report: ['src/app/routes/document.tsx', 'src/app/features/report/report-view.tsx'],
  'search (with results)': [
    'src/app/routes/search.tsx',
    'src/app/features/search/search-result-list.tsx',
    'src/app/features/search/run-search.ts',
  ],
  // Text with Traditional characters in it (a query, a result) needs OpenCC's table too.
  'search (with results, Traditional Chinese)': [
    'src/app/routes/search.tsx',
    'src/app/features/search/search-result-list.tsx',
    'src/app/features/search/run-search.ts',
    'node_modules/opencc-js/dist/esm-lib/dict/TSCharacters.js',
  ],
  'embed (article)': ['src/app/routes/embed.tsx', 'src/app/features/article/article-body.tsx'],
  'embed (article, no Sanitizer API)': [
    'src/app/routes/embed.tsx',
    'src/app/features/article/article-body.tsx',
    'src/app/lib/sanitize-purify.ts',
  ],
  'not found': ['src/app/routes/not-found.tsx'],
};

/** Budgets of the performance issue, in gzip bytes. */
export const BUDGET = { js: 110 * 1024, css: 15 * 1024 };

export type RouteLoad = { route: string; jsGzip: number; cssGzip: number; files: number };

function closure(manifest: ViteManifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

export function buildForFirstLoad(contentDir: string, outDir: string): Promise<void> {
  return buildApp(contentDir, outDir, { manifest: true });
}

export function firstLoadByRoute(outDir: string): RouteLoad[] {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as ViteManifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? 'index.html';
  const gzip = (file: string) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
  return Object.entries(ROUTES).map(([route, modules]) => {
    const chunks = [...closure(manifest, [entry, ...modules])]
      .map((key) => manifest[key])
      .filter((c) => c !== undefined);
    const css = new Set(chunks.flatMap((chunk) => chunk.css ?? []));
    return {
      route,
      jsGzip: chunks.reduce((sum, chunk) => sum + gzip(chunk.file), 0),
      cssGzip: [...css].reduce((sum, file) => sum + gzip(file), 0),
      files: chunks.length + css.size,
    };
  });
}
