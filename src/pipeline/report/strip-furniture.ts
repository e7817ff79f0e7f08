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
  for (const [, indexes] of counts) {
    const first = indexes[0] ?? 0;
    const last = indexes[indexes.length - 1] ?? 0;
    // Spread over the document, not a list that happens to repeat a word.
    if (indexes.length >= MIN_REPEATS && last - first > lines.length / 4) for (const i of indexes) strip.add(i);
  }
  if (bare.length >= MIN_BARE_PAGE_NUMBERS) {
    const values = bare.map((i) => Number((lines[i] ?? '').trim()));
    const rising = values.filter((v, i) => i === 0 || v > (values[i - 1] ?? 0)).length;
    if (rising / values.length > 0.8) for (const i of bare) strip.add(i);
  }
  const stripped = [...strip].sort((a, b) => a - b);
  return { lines: lines.map((line, index) => (strip.has(index) ? '' : line)), stripped };
}
