import { flatten, type RecoveredNode } from './build-toc-tree.ts';
import { trimEndChars } from '#shared/trim-chars.ts';
import { checkTimeBudgetSometimes } from '../time-budget.ts';
import { LARGE_TYPE, SMALL_TYPE, type LineScales } from './line-scales.ts';
import { joinWrapped } from './parse-toc.ts';
import { normalizeForMatch, similarity } from './text-match.ts';

/*
 * Where each TOC entry starts in the body. Headings in the body differ from the TOC: the number
 * may stand on its own line before the title, be missing, or the wording, spacing and
 * punctuation may drift; a title may also appear earlier as a pull quote. Every line is scored
 * as a candidate for every entry, and the best in-order assignment is chosen, so one bad
 * match cannot push later entries out of place.
 */
export type Placement = {
  node: RecoveredNode;
  line: number;
  titleLine: number;
  score: number;
  /** The heading as the body prints it, which may differ from the TOC's wording. */
  titleText: string;
  printedNumber: string | null;
  /** Placed by its page alone: the heading goes before the line, which stays body text. */
  before?: boolean;
};
export type Unplaced = { node: RecoveredNode; best: { line: number; text: string; score: number } | null };

const MIN_SCORE = 0.6;
const NUMBER_ONLY =
  /^(?:第[〇零一二三四五六七八九十百\d]+[章篇节]|第[〇零一二三四五六七八九十百\d]+部分|[〇零一二三四五六七八九十]+、|[（(][〇零一二三四五六七八九十\d]+[）)]|\d{1,2}(?:\.\d{1,2})*\.?)$/;
const LEADING_NUMBER =
  /^((?:第[〇零一二三四五六七八九十百\d]+(?:章|篇|节|部分))|[〇零一二三四五六七八九十]+、|[（(][〇零一二三四五六七八九十\d]+[）)]|\d{1,2}(?:\.\d{1,2})*\.?)\s*(\S.*)$/;

function sameNumber(a: string, b: string | null): boolean {
  if (b === null) return false;
  const clean = (s: string) => trimEndChars(s, /[.\s、．]/).replace(/^0+(?=\d)/, '');
  return clean(a) === clean(b);
}

type Candidate = { line: number; titleLine: number; score: number; titleText: string; printedNumber: string | null };

function nextNonEmpty(lines: readonly string[], from: number, limit = 3): number {
  for (let i = from; i < lines.length && i < from + limit; i++) if ((lines[i] ?? '').trim() !== '') return i;
  return -1;
}

/**
 * Is this text repeated inside a longer paragraph close by? Then it is a pull quote, not a
 * heading. A quote is a phrase: a name of a word or two ('Anti-Corruption') is only mentioned.
 */
function quotedNearby(lines: readonly string[], line: number, text: string): boolean {
  const key = normalizeForMatch(text);
  const cjk = (key.match(/[\u3400-\u9fff]/gu) ?? []).length;
  if (cjk < 6 && text.trim().split(/\s+/).length < 3) return false;
  for (let i = Math.max(0, line - 6); i < Math.min(lines.length, line + 7); i++) {
    if (i === line) continue;
    const other = normalizeForMatch(lines[i] ?? '');
    if (other.length >= key.length * 1.5 && other.includes(key)) return true;
  }
  return false;
}

/**
 * Where the printed pages are in the text: pdftotext starts every page with a form feed, so the
 * page of a line is known, and `pageFor` gives the counted page a printed page stands on (printed
 * page + the offset most placements agree on, or the PDF's own page labels).
 */
export type PageGuide = { pageOf: (line: number) => number; pageFor: (printed: number) => number | null };
/** Below the usual threshold, a line on the very page the contents gives still counts. */
const MIN_SCORE_ON_PAGE = 0.3;

/** The page of every line: one more than the form feeds up to and including it. */
export function pagesOfLines(lines: readonly string[]): number[] {
  const pages: number[] = [];
  let page = 1;
  for (const line of lines) {
    for (const char of line) if (char === '\f') page++;
    pages.push(page);
  }
  return pages;
}

/**
 * The offset between printed and counted pages that most placements agree on (printed 3 on the
 * text's fifth page: 2), or null when the text has no pages or too few placements agree.
 */
export function pageOffset(placements: readonly Placement[], pageOf: (line: number) => number): number | null {
  const counts = new Map<number, number>();
  let paged = 0;
  for (const p of placements) {
    if (p.node.page === null) continue;
    paged++;
    const offset = pageOf(p.titleLine) - p.node.page;
    counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [offset, count] of counts)
    if (count > bestCount) {
      best = offset;
      bestCount = count;
    }
  return paged >= 2 && bestCount * 2 > paged ? best : null;
}

/**
 * The counted page of each printed page number, from the PDF's page labels ('i', 'ii', '1', …),
 * or null where it declares none or they only count the pages.
 */
export function pagesByLabel(labels: readonly string[] | null): Map<number, number> | null {
  if (!labels || labels.every((label, i) => label.trim() === String(i + 1))) return null;
  const pages = new Map<number, number>();
  labels.forEach((label, index) => {
    const text = label.trim();
    if (/^\d{1,4}$/.test(text) && !pages.has(Number(text))) pages.set(Number(text), index + 1);
  });
  return pages.size > 0 ? pages : null;
}

function candidatesFor(
  node: RecoveredNode,
  lines: readonly string[],
  from: number,
  skip: ReadonlySet<number>,
  guide: PageGuide | null,
  scales: LineScales,
): Candidate[] {
  const titles = [node.title, ...node.aliases, ...(node.label ? [node.label] : [])];
  const out: Candidate[] = [];
  const maxChars = Math.max(...titles.map((t) => Array.from(t).length)) * 1.6 + 6;
  for (let i = from; i < lines.length; i++) {
    checkTimeBudgetSometimes('placing the contents entries');
    if (skip.has(i)) continue;
    const text = (lines[i] ?? '').trim();
    if (text === '' || Array.from(text).length > maxChars) continue;
    let titleText = text;
    let titleLine = i;
    let numberBonus = 0;
    let printedNumber: string | null = null;
    const alone = Math.max(...titles.map((t) => similarity(t, text)));
    if (NUMBER_ONLY.test(text) && alone >= MIN_SCORE) {
      // An entry that is only a number ('第一篇', a part printed without a title) is its own line.
    } else if (NUMBER_ONLY.test(text)) {
      // The number on its own line, the title on the next.
      const next = nextNonEmpty(lines, i + 1);
      if (next === -1) continue;
      titleText = (lines[next] ?? '').trim();
      titleLine = next;
      printedNumber = text;
      numberBonus = sameNumber(text, node.number) ? 0.4 : 0.1;
    } else {
      const numbered = LEADING_NUMBER.exec(text);
      if (numbered?.[1] && numbered[2] && (sameNumber(numbered[1], node.number) || node.kind === 'chapter')) {
        const withoutNumber = numbered[2];
        if (
          Math.max(...titles.map((t) => similarity(t, withoutNumber))) >
          Math.max(...titles.map((t) => similarity(t, text)))
        ) {
          titleText = withoutNumber;
          printedNumber = numbered[1];
          numberBonus = sameNumber(numbered[1], node.number) ? 0.4 : 0.1;
        }
      }
    }
    let score = Math.max(...titles.map((t) => similarity(t, titleText)));
    if (printedNumber === null && score < 0.9) {
      // A display heading set over two or three lines ('索骥：' / '四类玩家，…', 'Health, Safety' /
      // 'and' / 'Environment'), blank lines apart or not.
      let joinedText = text;
      let at = i;
      for (let extra = 0; extra < 2; extra++) {
        const next = nextNonEmpty(lines, at + 1);
        const more = next === -1 ? '' : (lines[next] ?? '').trim();
        if (more === '' || Array.from(joinedText + more).length > maxChars) break;
        joinedText = joinWrapped(joinedText, more);
        at = next;
        const joined = Math.max(...titles.map((t) => similarity(t, joinedText)));
        if (joined >= MIN_SCORE && joined > score + 0.15) {
          score = joined;
          titleText = joinedText;
          titleLine = next;
        }
      }
    }
    // With pages known, the page the contents names weighs in: the same words as a running
    // header or a navigation tab on every other page lose to the heading on its own page.
    const target = guide && node.page !== null ? guide.pageFor(node.page) : null;
    const away = guide && target !== null ? Math.abs(guide.pageOf(titleLine) - target) : null;
    if (score < (away === 0 ? MIN_SCORE_ON_PAGE : MIN_SCORE)) continue;
    // Letters in common are not enough for a weak match in a Latin script: a word must be.
    if (score < MIN_SCORE && !titles.some((t) => sharesWord(t, titleText))) continue;
    const pageBonus = away === null ? 0 : away === 0 ? 0.3 : away === 1 ? 0.15 : -0.1;
    const penalty = quotedNearby(lines, titleLine, titleText) ? 0.35 : 0;
    // Where the PDF tells the size of type, a heading set large gains over the same words in
    // body text, and words set small (tabs, footers, captions) lose.
    const scale = scales?.[i] ?? 1;
    const typeBonus = scale >= LARGE_TYPE ? 0.15 : scale <= SMALL_TYPE ? -0.15 : 0;
    out.push({
      line: i,
      titleLine,
      score: score + numberBonus + pageBonus + typeBonus - penalty,
      titleText,
      printedNumber,
    });
  }
  return out;
}

const WORD = /\p{L}{4,}/gu;

/** Whether two texts share a word of four letters or more, or are not written in words at all. */
function sharesWord(a: string, b: string): boolean {
  const words = (text: string) => new Set((text.normalize('NFKC').toLowerCase().match(WORD) ?? []).filter(isLatin));
  const left = words(a);
  if (left.size === 0 || !/[A-Za-z]/.test(a)) return true;
  const right = words(b);
  return [...left].some((w) => right.has(w));
}
const isLatin = (word: string): boolean => /^[\p{Script=Latin}]+$/u.test(word);

/** The parts of a title that names two sections ('ABOUT LILLY & ABOUT THIS REPORT'), or none. */
function titleParts(title: string): string[] {
  const parts = title.split(' & ').map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p.split(/\s+/).length >= 2) ? parts : [];
}

/**
 * A contents entry named for two headings starts at the first of them: where the heading chosen
 * is its later part, a heading like the first part between it and the entry before, on the same
 * page, takes the place, with a line below it that goes on in lower case ('About Eli Lilly' /
 * 'and Company').
 */
function startAtFirstPart(placements: Placement[], lines: readonly string[], guide: PageGuide | null): void {
  placements.forEach((placement, k) => {
    const [first, ...rest] = titleParts(placement.node.title);
    if (!first) return;
    if (similarity(first, placement.titleText) >= Math.max(...rest.map((r) => similarity(r, placement.titleText))))
      return;
    const floor = placements[k - 1]?.titleLine ?? -1;
    for (let i = placement.line - 1; i > floor; i--) {
      const text = (lines[i] ?? '').trim();
      if (guide && guide.pageOf(i) !== guide.pageOf(placement.line)) break;
      if (text === '' || similarity(first, text) < MIN_SCORE || !sharesWord(first, text)) continue;
      const next = nextNonEmpty(lines, i + 1);
      const more = next === -1 ? '' : (lines[next] ?? '').trim();
      const goesOn = /^\p{Ll}/u.test(more) && Array.from(more).length <= 40;
      Object.assign(placement, {
        line: i,
        titleLine: goesOn ? next : i,
        titleText: goesOn ? joinWrapped(text, more) : text,
        printedNumber: null,
      });
      placement.node.line = i;
      return;
    }
  });
}

/** Best in-order assignment of candidates to entries (a weighted longest increasing path). */
export function locateTocEntries(
  roots: RecoveredNode[],
  lines: readonly string[],
  from: number,
  skip: ReadonlySet<number> = new Set(),
  guide: PageGuide | null = null,
  scales: LineScales = null,
): { placements: Placement[]; unplaced: Unplaced[] } {
  const nodes = flatten(roots);
  const candidates = nodes.map((n) => candidatesFor(n, lines, from, skip, guide, scales));
  type Cell = { total: number; prev: [number, number] | null };
  const table: Cell[][] = candidates.map((list) => list.map(() => ({ total: 0, prev: null })));
  for (let i = 0; i < nodes.length; i++) {
    const list = candidates[i] ?? [];
    for (let c = 0; c < list.length; c++) {
      const cand = list[c];
      if (!cand) continue;
      let best: Cell = { total: cand.score, prev: null };
      for (let j = 0; j < i; j++) {
        const earlier = candidates[j] ?? [];
        for (let d = 0; d < earlier.length; d++) {
          const other = earlier[d];
          const cell = table[j]?.[d];
          if (!other || !cell || other.titleLine >= cand.line) continue;
          if (cell.total + cand.score > best.total) best = { total: cell.total + cand.score, prev: [j, d] };
        }
      }
      const row = table[i];
      if (row) row[c] = best;
    }
  }
  let end: [number, number] | null = null;
  let bestTotal = 0;
  table.forEach((row, i) =>
    row.forEach((cell, c) => {
      if (cell.total > bestTotal) {
        bestTotal = cell.total;
        end = [i, c];
      }
    }),
  );
  const chosen = new Map<number, Candidate>();
  let cursor: [number, number] | null = end;
  while (cursor) {
    const [i, c]: [number, number] = cursor;
    const cand = candidates[i]?.[c];
    if (cand) chosen.set(i, cand);
    cursor = table[i]?.[c]?.prev ?? null;
  }
  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];
  nodes.forEach((node, i) => {
    const cand = chosen.get(i);
    if (cand) {
      node.line = cand.line;
      placements.push({ node, ...cand });
    } else {
      const all = candidates[i] ?? [];
      const top = all.reduce<Candidate | null>((a, b) => (a && a.score >= b.score ? a : b), null);
      unplaced.push({
        node,
        best: top
          ? { line: top.titleLine, text: (lines[top.titleLine] ?? '').trim(), score: top.score }
          : bestLoose(node, lines, from),
      });
    }
  });
  startAtFirstPart(placements, lines, guide);
  return { placements, unplaced };
}

/** For the build report: the most similar short line anywhere, even below the threshold. */
function bestLoose(node: RecoveredNode, lines: readonly string[], from: number): Unplaced['best'] {
  let best: Unplaced['best'] = null;
  for (let i = from; i < lines.length; i++) {
    checkTimeBudgetSometimes('looking for a contents entry that was not placed');
    const text = (lines[i] ?? '').trim();
    if (text === '' || Array.from(text).length > 60) continue;
    const score = similarity(node.title, text);
    if (!best || score > best.score) best = { line: i, text, score };
  }
  return best && best.score >= 0.25 ? best : null;
}
