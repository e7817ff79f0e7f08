/**
 * `npm run bench [-- --only bundle,js,lighthouse,library,search,reports] [--sizes 5,1000,10000] [--search-docs N] [--library-docs N] [--reports DIR] [--articles DIR] [--out DIR] [--compare previous.json]`
 * `reports` needs `--reports DIR`: a folder of reports with truth files (see report-quality.ts);
 * `fidelity` needs `--articles DIR`: a folder of scraped posts (see article-fidelity.ts).
 * Builds the bundle for the default corpus and synthetic corpora, and writes bundle build time,
 * peak memory and sizes (raw, gzip, brotli) to bench-results/bench.json and bench.md.
 * Figures from a shared, noisy machine: compare ratios within one run, not absolute numbers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { percentile } from './percentile.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,1000,10000' },
    only: { type: 'string', default: 'bundle,js,lighthouse,library,search' },
    'search-docs': { type: 'string', default: '10000' },
    'library-docs': { type: 'string', default: '10000' },
    out: { type: 'string', default: 'bench-results' },
    compare: { type: 'string' },
    reports: { type: 'string' },
    articles: { type: 'string' },
  },
});
const parts = new Set(values.only.split(','));
const kb = (n: number) => (n / 1024).toFixed(1);
const triple = (sizes: Sizes | undefined) =>
  sizes ? `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}` : '—';
const outDir = path.resolve(root, values.out);
mkdirSync(outDir, { recursive: true });

type Sizes = { raw: number; gzip: number; brotli: number };
type Row = {
  docs: number;
  buildSeconds: number;
  peakRssMb: number;
  /** manifest.json: what the library's first visit fetches. */
  manifest: Sizes;
  /** The manifest's pages (the rest of the documents' metadata). */
  pages: Sizes;
  chunks: Sizes;
  /** The search index (shards and their table). */
  index: Sizes;
  perDocManifestGzip: number;
};

function sizesOf(files: string[]): Sizes {
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = readFileSync(file);
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    // Quality 9, not the default 11: within a few per cent of it, and 100,000 documents' files
    // took most of an hour at 11.
    total.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
  }
  return total;
}

function bench(docs: number): Row {
  let contentDir = path.join(root, 'content');
  if (docs !== 5) {
    contentDir = path.join(root, '.synth', String(docs));
    if (!existsSync(contentDir) || readdirSync(contentDir).length !== docs) {
      execFileSync('npx', ['tsx', 'src/pipeline/synth/cli.ts', '--docs', String(docs), '--out', contentDir], {
        cwd: root,
        stdio: 'inherit',
      });
    }
  }
  const bundleDir = path.join(root, '.bundle', `bench-${docs}`);
  const started = performance.now();
  const output = execFileSync(
    'npx',
    ['tsx', 'src/pipeline/cli.ts', '--content', contentDir, '--out', bundleDir, '--json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1)) as {
    documents: number;
    peakRssMb: number;
  };
  const docsDir = path.join(bundleDir, 'docs');
  const chunkFiles = readdirSync(docsDir)
    .map((name) => path.join(docsDir, name))
    .filter((file) => statSync(file).isFile());
  const manifest = sizesOf([path.join(bundleDir, 'manifest.json')]);
  const pagesDir = path.join(bundleDir, 'pages');
  const pages = sizesOf(existsSync(pagesDir) ? readdirSync(pagesDir).map((name) => path.join(pagesDir, name)) : []);
  const indexDir = path.join(bundleDir, 'search');
  const indexFiles = existsSync(indexDir)
    ? readdirSync(indexDir, { recursive: true, encoding: 'utf8' })
        .map((name) => path.join(indexDir, name))
        .filter((file) => statSync(file).isFile())
    : [];
  return {
    docs: report.documents,
    buildSeconds: Number(seconds.toFixed(2)),
    peakRssMb: report.peakRssMb,
    manifest,
    pages,
    chunks: sizesOf(chunkFiles),
    index: sizesOf(indexFiles),
    // All documents' metadata, whether the first visit fetches it or not.
    perDocManifestGzip: Math.round((manifest.gzip + pages.gzip) / report.documents),
  };
}

function synthDir(docs: number): string {
  const dir = path.join(root, '.synth', String(docs));
  if (!existsSync(dir) || readdirSync(dir).length !== docs) {
    execFileSync('npx', ['tsx', 'src/pipeline/synth/cli.ts', '--docs', String(docs), '--out', dir], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return dir;
}

let firstLoadSection = '';
let firstLoadJson: unknown = null;
const siteDir = path.join(root, '.bundle', 'bench-site');
if (parts.has('js') || parts.has('lighthouse')) {
  const { buildForFirstLoad } = await import('./first-load.ts');
  await buildForFirstLoad(path.join(root, 'content'), siteDir);
}
if (parts.has('js')) {
  const { BUDGET, firstLoadByRoute } = await import('./first-load.ts');
  const loads = firstLoadByRoute(siteDir);
  firstLoadJson = loads;
  const mark = (bytes: number, budget: number) => `${kb(bytes)}${bytes > budget ? ' ✗' : ' ✓'}`;
  firstLoadSection = [
    '## First load per route (default corpus build, gzip)',
    '',
    `| route | JS KB (budget ${kb(BUDGET.js)}) | CSS KB (budget ${kb(BUDGET.css)}) | files |`,
    '| --- | ---: | ---: | ---: |',
    ...loads.map((l) => `| ${l.route} | ${mark(l.jsGzip, BUDGET.js)} | ${mark(l.cssGzip, BUDGET.css)} | ${l.files} |`),
  ].join('\n');
}

let lighthouseSection = '';
let lighthouseJson: unknown = null;
if (parts.has('lighthouse')) {
  const { LIGHTHOUSE_BUDGET: B, benchLighthouse } = await import('./lighthouse.ts');
  const pages = await benchLighthouse(siteDir);
  lighthouseJson = pages;
  const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
  lighthouseSection = [
    '## Lighthouse, mobile profile with simulated throttling (default corpus, median of 3)',
    '',
    `| page | performance (≥ ${B.performance}) | accessibility (${B.accessibility}) | FCP ms | LCP ms (< ${B.lcpMs}) | TBT ms | CLS (${B.cls}) | LCP element; layout shifts |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...pages.map(
      (p) =>
        `| ${p.page} | ${p.performance}${mark(p.performance >= B.performance)} | ${p.accessibility}${mark(p.accessibility >= B.accessibility)} | ${p.fcpMs} | ${p.lcpMs}${mark(p.lcpMs < B.lcpMs)} | ${p.tbtMs} | ${p.cls}${mark(p.cls <= B.cls)} | \`${p.lcpElement}\`${p.shifts.length ? `; ${p.shifts.join(', ')}` : ''} |`,
    ),
  ].join('\n');
}

const rows = parts.has('bundle') ? values.sizes.split(',').map((size) => bench(Number(size))) : [];
const previous = values.compare ? (JSON.parse(readFileSync(values.compare, 'utf8')) as { rows: Row[] }).rows : [];
const lines = [
  '| docs | build s | peak MB | manifest.json KB (raw / gzip / br q9) | manifest pages KB (raw / gzip / br q9) | metadata gzip B per doc | chunks KB (raw / gzip / br q9) | index KB (raw / gzip / br q9) | vs previous build s |',
  '| ---: | ---: | ---: | --- | --- | ---: | --- | --- | ---: |',
  ...rows.map((row) => {
    const before = previous.find((p) => p.docs === row.docs);
    const ratio = before ? `${(row.buildSeconds / before.buildSeconds).toFixed(2)}×` : '—';
    return `| ${row.docs} | ${row.buildSeconds} | ${row.peakRssMb} | ${kb(row.manifest.raw)} / ${kb(row.manifest.gzip)} / ${kb(row.manifest.brotli)} | ${triple(row.pages)} | ${row.perDocManifestGzip} | ${triple(row.chunks)} | ${triple(row.index)} | ${ratio} |`;
  }),
];
let librarySection = '';
let libraryJson: unknown = null;
if (parts.has('library')) {
  const docs = Number(values['library-docs']);
  const { benchLibrary } = await import('./library.ts');
  const result = await benchLibrary(docs, synthDir(docs), outDir);
  libraryJson = result;
  const median = (v: number[]) => percentile(v, 50).toFixed(1);
  librarySection = [
    `## Library in Chromium, ${result.docs} documents`,
    '',
    '| first entries on screen, median of 5 (ms) | app interactive, median of 5 (ms) | every document loaded (filters answer), median of 5 (ms) | filter, median / p95 (ms) | sort, median / p95 (ms) | JS heap after GC (MB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${median(result.firstEntriesMs)} | ${median(result.appReadyMs)} | ${median(result.wholeMs)} | ${median(result.filterMs)} / ${percentile(result.filterMs, 95).toFixed(1)} | ${median(result.sortMs)} / ${percentile(result.sortMs, 95).toFixed(1)} | ${result.heapMb.toFixed(1)} |`,
  ].join('\n');
}

let reportsSection = '';
let reportsJson: unknown = null;
if (parts.has('reports')) {
  if (!values.reports) throw new Error('--only reports needs --reports DIR (reports with their .toc.json truth files)');
  const { formatReportQuality, measureReports } = await import('./report-quality.ts');
  const dir = path.resolve(values.reports);
  const rows = await measureReports(dir);
  // Reports that come with their PDF are measured a second time, read from the PDF.
  const hasPdfs = readdirSync(dir).some((name) => name.toLowerCase().endsWith('.pdf'));
  const pdfRows = hasPdfs ? await measureReports(dir, true) : [];
  reportsJson = { text: rows, pdf: pdfRows };
  reportsSection = `## Reports: contents entries found and placed\n\nFrom the extracted text:\n\n${formatReportQuality(rows, true)}`;
  if (hasPdfs) reportsSection += `\n\nFrom the PDFs:\n\n${formatReportQuality(pdfRows, true)}`;
}

let fidelitySection = '';
let fidelityJson: unknown = null;
if (parts.has('fidelity')) {
  if (!values.articles) throw new Error('--only fidelity needs --articles DIR (a folder of scraped posts)');
  const { formatFidelity, measureFidelity } = await import('./article-fidelity.ts');
  const fidelity = await measureFidelity(path.resolve(values.articles));
  fidelityJson = fidelity;
  fidelitySection = `## Articles: fidelity\n\n${formatFidelity(fidelity, 5)}`;
}

let searchSection = '';
let searchJson: unknown = null;
if (parts.has('search')) {
  const docs = Number(values['search-docs']);
  const { benchSearch } = await import('./search.ts');
  const result = await benchSearch(docs, synthDir(docs), outDir);
  searchJson = result;
  const s = result.search;
  const row = (name: string, r: typeof s.yuelan) =>
    `| ${name} | ${kb(r.indexRaw)} / ${kb(r.indexGzip)} (${r.files} files) | ${r.firstQueryMs.toFixed(0)} | ${r.p50Ms.toFixed(1)} / ${r.p95Ms.toFixed(1)} / ${r.maxMs.toFixed(1)} | ${kb(r.typicalQueryGzip)} / ${kb(r.maxQueryGzip)} |`;
  const recallRows = result.recall.map(
    (r) => `| ${r.query} | ${r.yuelan} | ${r.pagefind} | ${r.pagefindMissed.join(' ')} |`,
  );
  searchSection = [
    `## Search in Chromium, ${s.docs} documents`,
    '',
    '| engine | index KB raw / gzip | first query ms (index load included) | following p50 / p95 / max ms | KB gzip fetched per query (median / max) |',
    '| --- | --- | ---: | ---: | --- |',
    row('Yuelan', s.yuelan),
    row('Pagefind', s.pagefind),
    '',
    '## Recall on the default corpus (documents found; Yuelan equals a scan of the text, see the recall test)',
    '',
    '| query | Yuelan | Pagefind | Pagefind misses |',
    '| --- | ---: | ---: | --- |',
    ...recallRows,
  ].join('\n');
}
// Charts beside the report, embedded in it.
const { barChart, logLineChart } = await import('./charts.ts');
const chartFiles: [string, string, string][] = [];
if (rows.length > 0) {
  const series = (name: string, value: (row: Row) => number) => ({
    name,
    points: rows.map((row): [number, number] => [row.docs, value(row)]),
  });
  chartFiles.push(
    [
      'build-time.svg',
      'Bundle build time and peak memory',
      logLineChart('Bundle build: time (s) and peak memory (GB)', 'documents', 's / GB', [
        series('build s', (r) => r.buildSeconds),
        series('peak GB', (r) => r.peakRssMb / 1024),
      ]),
    ],
    [
      'bundle-size.svg',
      'Bundle size (gzip)',
      logLineChart('Bundle size, gzip (KB)', 'documents', 'KB', [
        series('manifest', (r) => r.manifest.gzip / 1024),
        series('documents', (r) => r.chunks.gzip / 1024),
        series('search index', (r) => (r.index?.gzip ?? 0) / 1024),
      ]),
    ],
  );
  const library = (firstLoadJson as { route: string; jsGzip: number; cssGzip: number }[] | null)?.find(
    (l) => l.route === 'library',
  );
  if (library)
    chartFiles.push([
      'first-visit.svg',
      'First visit transfer (gzip)',
      logLineChart('First visit to the library, gzip (KB): code + manifest', 'documents', 'KB', [
        series('first visit', (r) => (library.jsGzip + library.cssGzip + r.manifest.gzip) / 1024),
        series('of which manifest', (r) => r.manifest.gzip / 1024),
      ]),
    ]);
}
if (firstLoadJson) {
  const { BUDGET } = await import('./first-load.ts');
  const loads = firstLoadJson as { route: string; jsGzip: number; cssGzip: number }[];
  chartFiles.push([
    'first-load.svg',
    'First-load JS and CSS per route (gzip)',
    barChart(
      'First-load JS and CSS per route, gzip (KB)',
      'KB',
      160,
      loads.map((l) => ({
        label: l.route,
        values: [
          { name: 'JS', value: Number(kb(l.jsGzip)), limit: BUDGET.js / 1024 },
          { name: 'CSS', value: Number(kb(l.cssGzip)), limit: BUDGET.css / 1024 },
        ],
      })),
    ),
  ]);
}
if (lighthouseJson) {
  const { LIGHTHOUSE_BUDGET: B } = await import('./lighthouse.ts');
  const pages = lighthouseJson as {
    page: string;
    performance: number;
    accessibility: number;
    fcpMs: number;
    lcpMs: number;
    tbtMs: number;
  }[];
  chartFiles.push(
    [
      'lighthouse-scores.svg',
      'Lighthouse scores per page',
      barChart(
        'Lighthouse scores, mobile (median of 3)',
        'score',
        100,
        pages.map((p) => ({
          label: p.page,
          values: [
            { name: 'performance', value: p.performance, limit: B.performance },
            { name: 'accessibility', value: p.accessibility, limit: B.accessibility },
          ],
        })),
      ),
    ],
    [
      'lighthouse-times.svg',
      'Lighthouse paint and blocking times per page',
      barChart(
        'Lighthouse times, mobile simulated (ms)',
        'ms',
        4000,
        pages.map((p) => ({
          label: p.page,
          values: [
            { name: 'FCP', value: p.fcpMs },
            { name: 'LCP', value: p.lcpMs, limit: B.lcpMs },
            { name: 'TBT', value: p.tbtMs },
          ],
        })),
      ),
    ],
  );
}
mkdirSync(path.join(outDir, 'charts'), { recursive: true });
for (const [file, , content] of chartFiles) writeFileSync(path.join(outDir, 'charts', file), content);
const chartsSection = chartFiles.length
  ? ['## Charts', '', ...chartFiles.map(([file, title]) => `![${title}](charts/${file})`)].join('\n\n')
  : '';

writeFileSync(
  path.join(outDir, 'bench.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      rows,
      firstLoad: firstLoadJson,
      lighthouse: lighthouseJson,
      library: libraryJson,
      search: searchJson,
      reports: reportsJson,
      fidelity: fidelityJson,
    },
    null,
    2,
  ),
);
writeFileSync(
  path.join(outDir, 'bench.md'),
  `# Yuelan benchmark\n\n${chartsSection}\n\n${lines.join('\n')}\n\n${firstLoadSection}\n\n${lighthouseSection}\n\n${librarySection}\n\n${searchSection}\n\n${reportsSection}\n\n${fidelitySection}\n`,
);
console.log(lines.join('\n'));
console.log(firstLoadSection);
console.log(lighthouseSection);
console.log(librarySection);
console.log(searchSection);
console.log(reportsSection);
console.log(fidelitySection);
