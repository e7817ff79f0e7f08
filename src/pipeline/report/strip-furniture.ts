import { pagesOfLines } from './locate-toc-entries.ts';
import { normalizeForMatch } from './text-match.ts';

/*
 * Page furniture that PDF extraction leaves in the text: running headers and footers (the
 * report's title or a section name repeated on every page) and page numbers.
 */
const PAGE_NUMBER =
  /^(?:第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d{1,4}\s*页?)?|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}\s*[/／]\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/i;
const BARE_NUMBER = /^\d{1,4}$/;
/** A repeated line is furniture only if it recurs this often… */
const MIN_REPEATS = 4;
/** …and bare numbers only when there are this many, rising (chapter numbers are fewer). */
const MIN_BARE_PAGE_NUMBERS = 8;
const MAX_FURNITURE_CHARS = 40;
/** Navigation tabs come several together. */
const MIN_TAB_RUN = 3;

export type FurnitureResult = { lines: string[]; stripped: number[] };

/** Blanks out furniture lines (keeping line numbers stable) and says which were stripped. */
export function stripFurniture(lines: readonly string[], keep: ReadonlySet<string> = new Set()): FurnitureResult {
  const counts = new Map<string, number[]>();
  const bare: number[] = [];
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === '' || Array.from(text).length > MAX_FURNITURE_CHARS) return;
    if (BARE_NUMBER.test(text)) bare.push(index);
    const key = normalizeForMatch(text);
    if (key === '' || keep.has(key)) return;
    const list = counts.get(key) ?? [];
    list.push(index);
    counts.set(key, list);
  });
  const strip = new Set<number>();
  lines.forEach((line, index) => {
    if (PAGE_NUMBER.test(line.trim())) strip.add(index);
  });
  const pages = pagesOfLines(lines);
  const paged = (pages.at(-1) ?? 1) > 1;
  // Spread over the document, not a list that happens to repeat a word; where the text has its
  // pages, on page after page somewhere (every other page at least): a table's column heads
  // repeated here and there in a long table are text.
  const spread = (indexes: readonly number[]) =>
    indexes.length >= MIN_REPEATS &&
    (indexes.at(-1) ?? 0) - (indexes[0] ?? 0) > lines.length / 4 &&
    (!paged || longestPageChain(indexes.map((i) => pages[i] ?? 0)) >= MIN_REPEATS);
  const repeated = new Set<number>();
  for (const [, indexes] of counts) if (spread(indexes)) for (const i of indexes) strip.add(i);
  for (const [, indexes] of keptCounts(lines, keep)) if (spread(indexes)) for (const i of indexes) repeated.add(i);
  // A title the contents names is kept where it heads a section, but not where it stands among
  // other furniture on its page (the navigation tabs: 'Introduction', 'Economic', 'Social').
  const furniture = (i: number) => strip.has(i) || repeated.has(i);
  for (const i of repeated) {
    const { run, edge } = furnitureRun(lines, i, furniture);
    // Tabs stand several together; a breadcrumb ('Human Rights | Page 14') two, at the page's edge.
    if (run >= MIN_TAB_RUN || (run >= 2 && edge)) strip.add(i);
  }
  // The rules between tabs ('|') go with them.
  lines.forEach((line, i) => {
    if (line.trim() === '' || normalizeForMatch(line) !== '' || Array.from(line.trim()).length > 3) return;
    const near = [neighbour(lines, i, -1), neighbour(lines, i, 1)];
    if (near.every((n) => n === null || strip.has(n)) && near.some((n) => n !== null)) strip.add(i);
  });
  if (bare.length >= MIN_BARE_PAGE_NUMBERS) {
    const values = bare.map((i) => Number((lines[i] ?? '').trim()));
    const rising = values.filter((v, i) => i === 0 || v > (values[i - 1] ?? 0)).length;
    if (rising / values.length > 0.8) for (const i of bare) strip.add(i);
  }
  const stripped = [...strip].sort((a, b) => a - b);
  return { lines: lines.map((line, index) => (strip.has(index) ? '' : line)), stripped };
}

/** Where the lines the contents names (`keep`) stand: they are not counted as furniture above. */
function keptCounts(lines: readonly string[], keep: ReadonlySet<string>): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === '' || Array.from(text).length > MAX_FURNITURE_CHARS) return;
    const key = normalizeForMatch(text);
    if (key === '' || !keep.has(key)) return;
    counts.set(key, [...(counts.get(key) ?? []), index]);
  });
  return counts;
}

/**
 * How many lines with words in them, one after the other on the page of line `at` and `at`
 * among them, are furniture ('|' between tabs is passed over), and whether they reach the
 * page's top or bottom.
 */
function furnitureRun(
  lines: readonly string[],
  at: number,
  furniture: (i: number) => boolean,
): { run: number; edge: boolean } {
  let run = 1;
  let edge = false;
  for (const step of [-1, 1] as const) {
    for (let i = at; ;) {
      // A page starts at its form feed: the run does not go back past it, or on into the next.
      if (step === -1 && (lines[i] ?? '').includes('\f')) {
        edge = true;
        break;
      }
      i += step;
      const text = lines[i];
      if (text === undefined || (step === 1 && text.includes('\f'))) {
        edge = true;
        break;
      }
      if (text.trim() === '' || normalizeForMatch(text) === '') continue;
      if (!furniture(i)) break;
      run++;
    }
  }
  return { run, edge };
}

/** The nearest line up or down on the same page with words in it, or null at the page's edge. */
function neighbour(lines: readonly string[], from: number, step: 1 | -1): number | null {
  if (step === -1 && (lines[from] ?? '').includes('\f')) return null;
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const text = lines[i] ?? '';
    if (step === 1 && text.includes('\f')) return null;
    if (normalizeForMatch(text) !== '') return i;
    if (step === -1 && text.includes('\f')) return null;
  }
  return null;
}

/** The most pages in a row (a page skipped at most) that hold the line. */
function longestPageChain(pages: readonly number[]): number {
  const distinct = [...new Set(pages)].sort((x, y) => x - y);
  let best = 0;
  let run = 0;
  distinct.forEach((page, k) => {
    run = k > 0 && page - (distinct[k - 1] ?? 0) <= 2 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}
