/**
 * Lighthouse (the npm package) against Debian Chromium, mobile profile with simulated throttling,
 * on the library, an article and the report of the default corpus, and the library for a reader
 * of the English interface; the median of three runs per page, chosen as Lighthouse itself
 * chooses it. Used by test/bench/run.ts (`--only lighthouse`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { ManifestFile } from '#shared/bundle-schema.ts';
import { CHROMIUM_ARGS, findChromium, READER_LOCALE } from '../e2e/chromium.ts';
import { startStaticServer } from '../e2e/static-server.ts';

export type LighthousePage = {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Layout shifts and the LCP element, so a miss can be explained without a rerun. */
  lcpElement: string;
  shifts: string[];
};

export const LIGHTHOUSE_BUDGET = { performance: 98, accessibility: 100, cls: 0, lcpMs: 1500 };

type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } }>;
};

type Target = { page: string; path: string; locale: string };

function pagesOf(siteDir: string): Target[] {
  const manifest = JSON.parse(readFileSync(path.join(siteDir, 'data/manifest.json'), 'utf8')) as ManifestFile;
  const article = manifest.firstPage.find((doc) => doc.kind === 'article');
  const report = manifest.firstPage.find((doc) => doc.kind === 'report');
  return [
    { page: 'library', path: '', locale: READER_LOCALE },
    ...(article ? [{ page: 'article', path: `doc/${article.id}/`, locale: READER_LOCALE }] : []),
    ...(report ? [{ page: 'report', path: `doc/${report.id}/`, locale: READER_LOCALE }] : []),
    // The prerendered pages are Chinese: an English reader's page shows once the app has drawn it.
    { page: 'library (English interface)', path: '', locale: 'en-US' },
  ];
}

function snippets(lhr: Lhr): { lcpElement: string; shifts: string[] } {
  type NodeItem = { node?: { snippet?: string; selector?: string }; items?: NodeItem[]; score?: number };
  const lcp = (lhr.audits['largest-contentful-paint-element']?.details?.items ?? []) as NodeItem[];
  const first = lcp[0]?.items?.[0] ?? lcp[0];
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []) as NodeItem[];
  return {
    lcpElement: first?.node?.selector ?? '',
    shifts: shifts.map((s) => `${(s.score ?? 0).toFixed(3)} ${s.node?.selector ?? '?'}`),
  };
}

export async function benchLighthouse(siteDir: string, runs = 3): Promise<LighthousePage[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Chromium not found: run `npm run test:chromium`');
  const server = await startStaticServer({ root: siteDir });
  const results: LighthousePage[] = [];
  try {
    for (const target of pagesOf(siteDir)) {
      const lhrs: Lhr[] = [];
      for (let run = 0; run < runs; run++) {
        // A fresh browser and profile each run: nothing cached, no service worker from the last one.
        const chrome = await chromeLauncher.launch({
          chromePath,
          chromeFlags: [...CHROMIUM_ARGS, `--accept-lang=${target.locale}`],
        });
        try {
          const result = await lighthouse(`${server.url}${target.path}`, {
            port: chrome.port,
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${target.page}`);
          lhrs.push(result.lhr as unknown as Lhr);
        } finally {
          chrome.kill();
        }
      }
      const median = computeMedianRun(lhrs as never) as unknown as Lhr;
      const audit = (id: string) => median.audits[id]?.numericValue ?? Number.NaN;
      const score = (id: string) => Math.round((median.categories[id]?.score ?? 0) * 100);
      results.push({
        page: target.page,
        path: target.path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        fcpMs: Math.round(audit('first-contentful-paint')),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        ...snippets(median),
      });
    }
  } finally {
    await server.close();
  }
  return results;
}
