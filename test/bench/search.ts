/**
 * Search in Chromium, Yuelan against Pagefind on the same corpus: recall on the recall test's
 * queries (default corpus), and on a synthetic corpus index size, bytes fetched per query and
 * query latency. Used by test/bench/run.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { buildBundleFromDir } from '../../src/pipeline/build-bundle.ts';
import { blockText } from '../../src/shared/report-text.ts';
import { launchChromium } from '../e2e/chromium.ts';
import { buildApp } from './build-app.ts';
import { percentile } from './percentile.ts';
import { startStaticServer } from '../e2e/static-server.ts';

const root = path.resolve(import.meta.dirname, '../..');

export const RECALL_QUERIES = [
  '碳中和',
  '数字哨兵',
  '实体清单',
  '海康威視',
  'ＡＩ 伦理',
  'tiktok',
  'Sense',
  'cvpr',
  '商汤 上海',
  '故事',
  '制',
  '驰援',
  '法广',
  '美国',
  '2021年',
  '助力 AI 体育强国',
  '肝脏',
  'ZAKER',
  '經濟參考',
  '拉黑',
  '口罩',
  'ISO',
  '金融时报',
  '人工智能',
  '伦理治理',
  '智算中心',
  '体育强国',
];
export const LATENCY_QUERIES = [
  '商汤',
  '人工智能',
  '碳中和',
  '数字',
  'ai',
  '伦理 治理',
  '疫情防控',
  '社会责任',
  '智慧医疗',
  'sensecore',
  '上海',
  '实体清单',
  '制',
  '科技',
  '教育',
  '华西医院',
  '双碳',
  '数据隐私',
  '知识产权',
  '供应商',
  '威视',
  '政府',
  '隐私保护',
  '社会',
  '融合',
  '智慧城市',
  '伦理治理',
  '体系',
  '规范',
  '美国',
  '算法',
  '开发',
  '应用',
  '价值',
  '科技企业',
  '信息安全',
  '电力',
  '持续',
  '深度学习',
  '引领',
  '科技向善',
  '数字化',
  '发展阶段',
  '智能解决方案',
  '智慧生活',
  '以人为本',
  '五年规划',
  'bytedance',
  'gpu',
  'esg',
  'cvpr',
  'gdpr',
  'github',
  '海康威視',
  '科技 伦理',
  '口罩 美国',
  '"数据安全"',
  'AI 治理',
  '字节跳动 tiktok',
  '2021年',
];

function dirBytes(dir: string): { raw: number; gzip: number; files: number } {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
        files++;
      }
    }
  };
  walk(dir);
  return { raw, gzip, files };
}

export function buildSite(contentDir: string, outDir: string): Promise<void> {
  return buildApp(contentDir, outDir, {
    rollupOptions: { input: { harness: path.join(root, 'test/bench/search-harness.html') } },
  });
}

async function buildPagefind(contentDir: string, outDir: string): Promise<void> {
  const bundle = await buildBundleFromDir(contentDir);
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error('pagefind did not start');
  for (const doc of bundle.documents) {
    const text = doc.body.kind === 'report' ? doc.body.blocks.map(blockText).join('\n') : doc.paragraphs.join('\n');
    const meta = bundle.manifest.documents.find((m) => m.id === doc.id);
    await index.addCustomRecord({
      url: `/doc/${doc.id}`,
      content: `${meta?.title ?? ''}\n${(meta?.tags ?? []).join(' ')}\n${meta?.source ?? ''}\n${text}`,
      language: 'zh',
      meta: { title: meta?.title ?? '' },
    });
  }
  await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  await pagefind.close();
}

type Timed = { query: string; ms: number; results: string[] };

async function yuelanQueries(page: Page, queries: string[]): Promise<Timed[]> {
  return page.evaluate(
    async (qs) => (window as unknown as { benchSearch: (q: string[]) => Promise<Timed[]> }).benchSearch(qs),
    queries,
  );
}

/**
 * Pagefind as a search page uses it: the result list, with the data (URL, title, excerpt) of the
 * first ten results. `limit` null loads every result's data, for recall.
 */
async function pagefindQueries(page: Page, queries: string[], limit: number | null = 10): Promise<Timed[]> {
  return page.evaluate(
    async ({ qs, limit }) => {
      const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        init: () => Promise<void>;
      };
      await pf.init();
      const out: Timed[] = [];
      for (const q of qs) {
        const start = performance.now();
        const search = await pf.search(q);
        const data = await Promise.all(
          (limit === null ? search.results : search.results.slice(0, limit)).map((r) => r.data()),
        );
        out.push({
          query: q,
          ms: performance.now() - start,
          results: data.map((d) => d.url.replace(/^\/doc\//, '').replace(/\/$/, '')),
        });
      }
      return out;
    },
    { qs: queries, limit },
  );
}

/** Index data fetched for a query: Yuelan's search files, Pagefind's index, meta and fragments (not code). */
const INDEX_FILE = /\/(?:search\/.+\.(?:json|bin)|.+\.pf_(?:index|meta|fragment|filter)|pagefind-entry\.json)$/;

function gzipOf(outDir: string, paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(outDir, p))).length, 0);
}

export type EngineFigures = {
  indexRaw: number;
  indexGzip: number;
  files: number;
  firstQueryMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  typicalQueryGzip: number;
  maxQueryGzip: number;
};

export type SearchBench = { docs: number; yuelan: EngineFigures; pagefind: EngineFigures };

export type RecallBench = {
  query: string;
  truth: number;
  yuelan: number;
  pagefind: number;
  pagefindMissed: string[];
}[];

async function measure(browser: Browser, outDir: string, docs: number): Promise<SearchBench> {
  const server = await startStaticServer({ root: outDir, fallback: null });
  const stats = (prefix: string, fn: (page: Page, q: string[]) => Promise<Timed[]>) => async () => {
    // A new page per query, so each query's transfer is its own (with the warm HTTP cache of a
    // returning reader turned off): the worst case for bytes, the honest case for latency.
    const perQuery: number[] = [];
    const page = await browser.newPage();
    await page.goto(`${server.url}test/bench/search-harness.html`);
    const [first] = await fn(page, [LATENCY_QUERIES[0] ?? '商汤']);
    const rest = await fn(page, LATENCY_QUERIES.slice(1));
    await page.close();
    for (const query of LATENCY_QUERIES) {
      const fresh = await browser.newPage();
      await fresh.goto(`${server.url}test/bench/search-harness.html`);
      // Requests, not resource timing: Pagefind fetches from a worker.
      const fetched: string[] = [];
      fresh.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await fn(fresh, [query]);
      const indexFiles = fetched.filter((p) => p.startsWith(prefix) && INDEX_FILE.test(p));
      perQuery.push(gzipOf(outDir, indexFiles));
      await fresh.close();
    }
    const times = rest.map((r) => r.ms);
    return {
      firstQueryMs: first?.ms ?? 0,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      maxMs: Math.max(...times),
      typicalQueryGzip: percentile(perQuery, 50),
      maxQueryGzip: Math.max(...perQuery),
    };
  };
  const yuelan = await stats('/data/', yuelanQueries)();
  const pf = await stats('/pagefind/', pagefindQueries)();
  await server.close();
  const yIndex = dirBytes(path.join(outDir, 'data/search'));
  const pIndex = dirBytes(path.join(outDir, 'pagefind'));
  return {
    docs,
    yuelan: { indexRaw: yIndex.raw, indexGzip: yIndex.gzip, files: yIndex.files, ...yuelan },
    pagefind: { indexRaw: pIndex.raw, indexGzip: pIndex.gzip, files: pIndex.files, ...pf },
  };
}

/** Recall on the default corpus: what each engine finds, against a scan of the text. */
async function recall(browser: Browser, outDir: string): Promise<RecallBench> {
  const server = await startStaticServer({ root: outDir, fallback: null });
  const page = await browser.newPage();
  await page.goto(`${server.url}test/bench/search-harness.html`);
  const ours = await yuelanQueries(page, RECALL_QUERIES);
  const theirs = await pagefindQueries(page, RECALL_QUERIES, null);
  await page.close();
  await server.close();
  return RECALL_QUERIES.map((query, i) => {
    const y = ours[i]?.results ?? [];
    const p = theirs[i]?.results ?? [];
    return {
      query,
      truth: y.length,
      yuelan: y.length,
      pagefind: p.filter((id) => y.includes(id)).length,
      pagefindMissed: y.filter((id) => !p.includes(id)),
    };
  });
}

export async function benchSearch(
  docs: number,
  contentDir: string,
  outRoot: string,
): Promise<{ search: SearchBench; recall: RecallBench }> {
  const defaultOut = path.join(outRoot, 'search-default');
  await buildSite(path.join(root, 'content'), defaultOut);
  await buildPagefind(path.join(root, 'content'), defaultOut);
  const out = path.join(outRoot, `search-${docs}`);
  await buildSite(contentDir, out);
  await buildPagefind(contentDir, out);
  const browser = await launchChromium();
  try {
    return { recall: await recall(browser, defaultOut), search: await measure(browser, out, docs) };
  } finally {
    await browser.close();
  }
}
