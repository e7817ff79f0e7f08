/**
 * Runs Yuelan's own search code in Chromium for `npm run bench`: the page exposes one function
 * that times queries, index loading included, through the same modules the app uses.
 */
import { assembleManifest, parseManifestFile, parseManifestPage } from '../../src/shared/bundle-schema.ts';
import { dataUrl, manifestUrl } from '../../src/app/data/bundle-url.ts';
import { runSearch } from '../../src/app/features/search/run-search.ts';

type BenchResult = { query: string; ms: number; results: string[] };

async function benchSearch(queries: string[]): Promise<BenchResult[]> {
  const file = parseManifestFile(await (await fetch(manifestUrl())).json());
  const pages = await Promise.all(
    file.pages.map(async (name) => parseManifestPage(await (await fetch(dataUrl(name))).json(), name)),
  );
  const manifest = assembleManifest(file, pages);
  const out: BenchResult[] = [];
  for (const query of queries) {
    const start = performance.now();
    const { results } = await runSearch(query, manifest);
    out.push({ query, ms: performance.now() - start, results: [...new Set(results.map((r) => r.doc.id))] });
  }
  return out;
}

(window as unknown as { benchSearch: typeof benchSearch }).benchSearch = benchSearch;
document.body.dataset.ready = 'true';
