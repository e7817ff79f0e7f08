import { checkTimeBudget } from '../time-budget.ts';
import type { ReportBlock, TocNode } from '#shared/bundle-schema.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import { buildTocTree, flatten, recoveredNode, type RecoveredNode } from './build-toc-tree.ts';
import {
  locateTocEntries,
  pageOffset,
  pagesByLabel,
  pagesOfLines,
  type PageGuide,
  type Placement,
  type Unplaced,
} from './locate-toc-entries.ts';
import type { LineScales } from './line-scales.ts';
import { nodesFromOutline, outlinePageOf, type OutlineEntry } from './outline-entries.ts';
import { findTocRegion } from './parse-toc.ts';
import { renderBlocks } from './render-blocks.ts';
import { applySectionLists, findSectionLists } from './section-lists.ts';
import { stripFurniture } from './strip-furniture.ts';
import { normalizeForMatch } from './text-match.ts';

export type BuiltReport = {
  toc: TocNode[];
  blocks: ReportBlock[];
  diagnostics: Diagnostic[];
  /** Lines removed as page furniture (running headers, page numbers). */
  furniture: number;
  /** Their text, for the build report. */
  furnitureText: string[];
  /** Lines the PDF printed twice side by side, shown once. */
  repeatedText: string[];
};

const ASCII_NUMBER = /^\d+(?:\.\d+)*$/;

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}

/** Short ASCII ids that survive copy and paste: 'front-1', 'ch-2', 's-2-3', 's-2-3-h1'. */
function assignIds(roots: RecoveredNode[], used: Set<string>): void {
  let front = 0;
  let chapter = 0;
  const visit = (node: RecoveredNode, parent: RecoveredNode | null, index: number): void => {
    const number = node.number?.replace(/^0+(?=\d)/, '') ?? null;
    if (node.kind === 'front') node.id = uniqueId(`front-${++front}`, used);
    else if (node.kind === 'chapter')
      node.id = uniqueId(`ch-${number && ASCII_NUMBER.test(number) ? number : ++chapter}`, used);
    else if (number && ASCII_NUMBER.test(number)) node.id = uniqueId(`s-${number.replace(/\./g, '-')}`, used);
    else node.id = uniqueId(`${parent?.id ?? 'sec'}-${index + 1}`, used);
    node.children.forEach((child, i) => visit(child, node, i));
  };
  roots.forEach((root, i) => visit(root, null, i));
}

function toTocNode(node: RecoveredNode): TocNode {
  const out: TocNode = {
    id: node.id,
    kind: node.kind,
    number: node.number,
    title: node.title,
    page: node.page,
    children: node.children.map(toTocNode),
  };
  if (node.label) out.label = node.label;
  if (node.line === null && (node.kind === 'front' || node.kind === 'chapter' || node.kind === 'section'))
    out.missing = true;
  return out;
}

const PLACEMENT_BUDGET = 4_000_000;

function blockId(blocks: readonly ReportBlock[], item: { blockIndex: number }): string {
  const block = blocks[item.blockIndex];
  return block?.type === 'heading' ? block.id : '';
}

/**
 * Entries whose words the text does not show (a contents label such as 'Introduction' over a
 * page headed 'Highlights') but whose page is known start at the top of that page, as a reader
 * of the printed report would find them, where that keeps the sections in contents order.
 */
function placeOnTheirPages(
  nodes: readonly RecoveredNode[],
  located: { placements: Placement[]; unplaced: Unplaced[] },
  lines: readonly string[],
  from: number,
  pages: readonly number[],
  pageOfNode: (node: RecoveredNode) => number | null,
): { placements: Placement[]; unplaced: Unplaced[] } {
  if (located.unplaced.length === 0) return located;
  const firstLineOfPage = new Map<number, number>();
  for (let i = from; i < lines.length; i++) {
    const page = pages[i] ?? 1;
    if (!firstLineOfPage.has(page) && (lines[i] ?? '').trim() !== '') firstLineOfPage.set(page, i);
  }
  const unplaced = new Set(located.unplaced.map((u) => u.node));
  const placed = new Map(located.placements.map((p) => [p.node, p]));
  const added: Placement[] = [];
  let floor = -1;
  nodes.forEach((node, index) => {
    const known = placed.get(node);
    if (known) {
      floor = known.line;
      return;
    }
    const page = pageOfNode(node);
    const line = page === null ? undefined : firstLineOfPage.get(page);
    if (line === undefined || line <= floor) return;
    const next = nodes.slice(index + 1).find((n) => placed.has(n));
    const ceiling = next ? (placed.get(next)?.line ?? Infinity) : Infinity;
    if (line >= ceiling) return;
    const placement: Placement = {
      node,
      line,
      titleLine: line,
      score: 0,
      titleText: node.title,
      printedNumber: null,
      before: true,
    };
    node.line = line;
    added.push(placement);
    placed.set(node, placement);
    unplaced.delete(node);
    floor = line;
  });
  return {
    placements: [...located.placements, ...added],
    unplaced: located.unplaced.filter((u) => unplaced.has(u.node)),
  };
}

/**
 * A report's plain text to its recovered structure and typed blocks. Pure. A PDF's outline, when
 * there is one, stands in for a contents page the text lacks and gives pages to entries whose
 * headings the text does not show.
 */
export function buildReport(
  file: string,
  body: string,
  outline: readonly OutlineEntry[] = [],
  {
    pdfPages = false,
    lineScales = null,
    pageLabels = null,
  }: { pdfPages?: boolean; lineScales?: LineScales; pageLabels?: readonly string[] | null } = {},
): BuiltReport {
  const raw = body.split('\n');
  const diagnostics: Diagnostic[] = [];
  const region = findTocRegion(raw);
  const fromOutline = region === null && outline.length >= 2;
  const roots = region ? buildTocTree(region.entries) : fromOutline ? nodesFromOutline(outline) : [];
  const keep = new Set(
    [...(region?.entries.map((e) => e.title) ?? []), ...outline.map((e) => e.title)].map(normalizeForMatch),
  );
  const { lines, stripped } = stripFurniture(raw, keep);
  const from = region?.end ?? 0;

  // Unnumbered chapters are numbered in order, as their openers in the body are.
  roots.filter((n) => n.kind === 'chapter').forEach((chapter, i) => (chapter.number ??= String(i + 1)));
  const sectionLists = findSectionLists(lines, from);
  applySectionLists(roots, sectionLists);
  const skip = new Set(sectionLists.flatMap((l) => l.entries.map((e) => e.line)));
  const entryCount = flatten(roots).length;
  // Placing entries compares each with each line and then each placement with each other: past
  // this budget (a 700-entry contents over 5,000 lines takes seconds) it would run for minutes.
  const tooBig = entryCount * (lines.length - from) > PLACEMENT_BUDGET;
  const pages = pagesOfLines(raw);
  const pageOf = (line: number): number => pages[line] ?? 1;
  // Outline pages are the PDF's own page numbers; page labels say which printed page each is.
  const byLabel = fromOutline ? null : pagesByLabel(pageLabels);
  const given: PageGuide | null = fromOutline
    ? { pageOf, pageFor: (page) => page }
    : byLabel
      ? { pageOf, pageFor: (page) => byLabel.get(page) ?? null }
      : null;
  const located = tooBig
    ? { placements: [], unplaced: [] }
    : locateTocEntries(roots, lines, from, skip, given, lineScales);
  // A second pass where the text has its pages: the offset the first placements agree on tells
  // each entry the page it starts on (see PageGuide).
  const offset = given ? null : pageOffset(located.placements, pageOf);
  const second =
    tooBig || offset === null
      ? located
      : locateTocEntries(roots, lines, from, skip, { pageOf, pageFor: (page) => page + offset }, lineScales);
  const { placements, unplaced } = placeOnTheirPages(flatten(roots), second, lines, from, pages, (node) =>
    fromOutline
      ? node.page
      : (outlinePageOf(node, outline) ??
        (node.page === null ? null : given ? given.pageFor(node.page) : offset === null ? null : node.page + offset)),
  );
  for (const placement of placements)
    if (placement.before)
      diagnostics.push(
        warning(
          file,
          `the TOC entry '${placement.node.title}' has no heading in the text; its section starts at the top of page ${pageOf(placement.line)}`,
          'nothing to do, unless the section starts elsewhere on that page',
        ),
      );
  if (tooBig)
    diagnostics.push(
      warning(
        file,
        `the contents list has ${entryCount} entries over ${lines.length - from} lines of text, too many to place them all; the report is kept without section links`,
        'split the report into parts',
        region ? region.heading + 1 : undefined,
      ),
    );

  checkTimeBudget('placing the contents entries');
  const used = new Set<string>();
  assignIds(roots, used);
  for (const { node, best } of unplaced) {
    const where = node.page === null ? '' : ` (p. ${node.page})`;
    const candidate = best
      ? `best candidate: line ${best.line + 1} '${best.text.slice(0, 40)}' (similarity ${best.score.toFixed(2)})`
      : 'no similar line';
    diagnostics.push(
      warning(
        file,
        `the TOC entry '${node.title}'${where} was not found in the body; ${candidate}`,
        'check the heading in the text; the entry stays in the contents without a link',
        region ? region.heading + 1 : undefined,
      ),
    );
  }

  const byNumber = new Map(
    flatten(roots)
      .filter((n) => n.number)
      .map((n) => [n.number, n.id]),
  );
  const listTargets = new Map(
    sectionLists.flatMap((l) => l.entries.map((e) => [e.line, byNumber.get(e.number) ?? null] as const)),
  );
  checkTimeBudget('setting the report text in blocks');
  const rendered = renderBlocks({ lines, from, placements, sectionLists, listTargets, scales: lineScales });

  // Sub-headings and stories hang under the entry they appear in.
  const counters = new Map<RecoveredNode | null, number>();
  for (const item of rendered.found) {
    const parent = item.parent;
    const count = (counters.get(parent) ?? 0) + 1;
    counters.set(parent, count);
    const child = recoveredNode({
      kind: item.kind === 'story' ? 'story' : 'subheading',
      title: item.title,
      level: (parent?.level ?? 0) + 1,
    });
    child.id = uniqueId(`${parent?.id ?? 'intro'}-${item.kind === 'story' ? 'story' : 'h'}${count}`, used);
    if (parent) parent.children.push(child);
    else roots.push(child);
    const block = rendered.blocks[item.blockIndex];
    if (block?.type === 'heading') block.id = child.id;
  }

  if (pdfPages) {
    // The text's form feeds are the PDF's pages: each heading knows the page it stands on.
    const lineOf = new Map(placements.map((p) => [p.node.id, p.titleLine]));
    for (const item of rendered.found) lineOf.set(blockId(rendered.blocks, item), item.line);
    for (const block of rendered.blocks) {
      const line = block.type === 'heading' ? lineOf.get(block.id) : undefined;
      if (block.type === 'heading' && line !== undefined) block.pdfPage = pageOf(line);
    }
  }

  const head: ReportBlock[] = [];
  if (region) {
    // The cover is the first page; pages between it and the contents (a foreword, an abstract)
    // are text, not cover lines.
    const nextPage = raw.findIndex((l, i) => i > 0 && i < region.heading && l.startsWith('\f'));
    const coverEnd = nextPage === -1 ? region.heading : nextPage;
    const cover = raw
      .slice(0, coverEnd)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (cover.length > 0) head.push({ type: 'cover', lines: cover });
    for (const line of lines.slice(coverEnd, region.heading)) {
      const text = line.trim();
      if (text !== '') head.push({ type: 'paragraph', spans: [{ text }] });
    }
    // One lookup table, not a scan of every entry per entry: contents lists run to thousands.
    const byKey = new Map<string, RecoveredNode>();
    for (const n of flatten(roots)) {
      for (const text of n.label !== null ? [n.title, n.label] : [n.title]) {
        const key = normalizeForMatch(text);
        if (!byKey.has(key)) byKey.set(key, n);
      }
    }
    const idFor = (text: string): string | null => {
      const hit = byKey.get(normalizeForMatch(text));
      return hit && hit.line !== null ? hit.id : null;
    };
    head.push({
      type: 'contents',
      title: (raw[region.heading] ?? '').trim(),
      entries: [
        ...region.entries.map((e) => ({ line: e.line, id: idFor(e.title), text: e.raw.trim() })),
        ...region.notes.map((n) => ({ line: n.line, id: null, text: n.text })),
      ]
        .sort((a, b) => a.line - b.line)
        .map(({ id, text }) => ({ id, text })),
    });
  } else if (from === 0) {
    diagnostics.push(
      warning(
        file,
        'no table of contents (目录) was found; the report is shown as continuous text',
        "add a '目录' line before the contents",
      ),
    );
  }

  return {
    toc: roots.map(toTocNode),
    blocks: [...head, ...rendered.blocks],
    diagnostics,
    furniture: stripped.length,
    furnitureText: stripped.map((i) => (raw[i] ?? '').trim()),
    repeatedText: rendered.repeated,
  };
}
