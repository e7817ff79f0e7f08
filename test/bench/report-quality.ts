/**
 * How well reports are recovered, against ground truth: `npm run bench -- --only reports --reports DIR`
 * (or `npx tsx test/bench/report-quality.ts DIR`). DIR holds `<name>.txt` reports, each with a
 * `<name>.toc.json` truth file listing its printed contents entries and the first words of each
 * section's body (the format of the development set's README). Per report and in total it counts
 * the entries found in the reader's contents, and the entries placed: whose heading in the
 * reader is followed by its section's own first words. With `--pdf` each report is read from its
 * PDF instead (`<name>.pdf` beside the text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportBlock, TocNode } from '#shared/bundle-schema.ts';
import { blockText } from '#shared/report-text.ts';
import { processPdf } from '../../src/pipeline/pdf/process-pdf.ts';
import { processDocument, type ProcessResult } from '../../src/pipeline/process-document.ts';
import { normalizeForMatch, similarity } from '../../src/pipeline/report/text-match.ts';

type TruthEntry = { title: string; page: string | null; level: number; body_first20: string };
type Truth = { file: string; title?: string; entries: TruthEntry[] };

export type ReportQuality = {
  name: string;
  kind: string;
  title: string;
  entries: number;
  found: number;
  placed: number;
  misses: { title: string; why: 'not in the contents' | 'not placed' | 'wrong section'; after?: string }[];
  milliseconds: number;
};

const flatten = (nodes: readonly TocNode[]): TocNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
/** How many of a section's first characters must follow its heading, and how far on they may start. */
const PREFIX_CHARS = 10;
const LOOK_AHEAD = 160;

/**
 * The contents node the reader shows for a truth entry: the most similar one not taken yet, an
 * entry of the printed contents before a sub-heading found in the text.
 */
function nodeFor(entry: TruthEntry, nodes: readonly TocNode[], used: Set<TocNode>): TocNode | null {
  const printed = nodes.filter((n) => n.kind !== 'subheading' && n.kind !== 'story');
  return bestNode(entry, printed, used) ?? bestNode(entry, nodes, used);
}

function bestNode(entry: TruthEntry, nodes: readonly TocNode[], used: Set<TocNode>): TocNode | null {
  let best: TocNode | null = null;
  let bestScore = 0;
  for (const node of nodes) {
    if (used.has(node)) continue;
    const score = Math.max(
      similarity(node.title, entry.title),
      similarity(`${node.number ?? ''}${node.title}`, entry.title),
      similarity(`${node.number ?? ''} ${node.title}`, entry.title),
    );
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best && bestScore >= 0.75 ? best : null;
}

/** The normalized text that follows the heading block with this id. */
function textAfter(blocks: readonly ReportBlock[], id: string): string | null {
  const at = blocks.findIndex((b) => b.type === 'heading' && b.id === id);
  if (at < 0) return null;
  let text = '';
  for (const block of blocks.slice(at + 1)) {
    text += normalizeForMatch(blockText(block));
    if (text.length >= LOOK_AHEAD + PREFIX_CHARS) break;
  }
  return text;
}

export function measureReport(name: string, source: Uint8Array, truth: Truth): ReportQuality {
  const started = performance.now();
  const result = processDocument(name, source);
  return measureResult(name, result, truth, performance.now() - started);
}

function measureResult(name: string, result: ProcessResult, truth: Truth, milliseconds: number): ReportQuality {
  const document = result.document;
  const quality: ReportQuality = {
    name,
    kind: document?.meta.kind ?? 'rejected',
    title: document?.meta.title ?? '',
    entries: truth.entries.length,
    found: 0,
    placed: 0,
    misses: [],
    milliseconds,
  };
  if (!document || document.body.kind !== 'report') {
    quality.misses = truth.entries.map((e) => ({ title: e.title, why: 'not in the contents' }));
    return quality;
  }
  const { toc, blocks } = document.body;
  const nodes = flatten(toc);
  const used = new Set<TocNode>();
  for (const entry of truth.entries) {
    const node = nodeFor(entry, nodes, used);
    if (!node) {
      quality.misses.push({ title: entry.title, why: 'not in the contents' });
      continue;
    }
    used.add(node);
    quality.found++;
    const after = node.missing ? null : textAfter(blocks, node.id);
    const wanted = normalizeForMatch(entry.body_first20).slice(0, PREFIX_CHARS);
    if (after !== null && after.slice(0, LOOK_AHEAD + wanted.length).includes(wanted)) quality.placed++;
    else
      quality.misses.push({
        title: entry.title,
        why: after === null ? 'not placed' : 'wrong section',
        ...(after === null ? {} : { after: after.slice(0, 30) }),
      });
  }
  return quality;
}

/**
 * Every report of `dir` against its truth file; with `pdf`, each report is read from its PDF
 * (`<name>.pdf` beside the text) instead of the extracted text.
 */
export async function measureReports(dir: string, pdf = false): Promise<ReportQuality[]> {
  const rows: ReportQuality[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.toc.json'))
    .sort()) {
    const truth = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Truth;
    if (!pdf) {
      rows.push(measureReport(truth.file, readFileSync(path.join(dir, truth.file)), truth));
      continue;
    }
    const file = truth.file.replace(/\.[^.]+$/, '.pdf');
    const started = performance.now();
    const result = await processPdf(file, new Uint8Array(readFileSync(path.join(dir, file))));
    rows.push(measureResult(file, result, truth, performance.now() - started));
  }
  return rows;
}

const percent = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)} %`);

export function formatReportQuality(rows: readonly ReportQuality[], verbose = false): string {
  const lines = [
    '| report | kind | title | entries | in contents | placed | placed % | ms |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.kind} | ${r.title.slice(0, 24)} | ${r.entries} | ${r.found} | ${r.placed} | ${percent(r.placed, r.entries)} | ${Math.round(r.milliseconds)} |`,
    );
  const entries = rows.reduce((s, r) => s + r.entries, 0);
  const found = rows.reduce((s, r) => s + r.found, 0);
  const placed = rows.reduce((s, r) => s + r.placed, 0);
  lines.push(`| **all** | | | ${entries} | ${found} | ${placed} | ${percent(placed, entries)} | |`);
  if (verbose)
    for (const r of rows)
      for (const miss of r.misses)
        lines.push(`- ${r.name}: ${miss.title} — ${miss.why}${miss.after ? ` (${miss.after}…)` : ''}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: npx tsx test/bench/report-quality.ts DIR [--pdf] [--misses]');
    process.exit(2);
  }
  const rows = await measureReports(path.resolve(dir), process.argv.includes('--pdf'));
  console.log(formatReportQuality(rows, process.argv.includes('--misses')));
}
