import { normalizeWithMap } from '#shared/tokenize.ts';
import type { QueryTerm } from './parse-query.ts';

export type Snippet = { text: string; marks: [number, number][] };

const SPACE = /\s/u;

/** The normalized text without white space, and where each of its characters came from. */
function compact(text: string): { text: string; map: number[] } {
  const normalized = normalizeWithMap(text);
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < normalized.text.length; i++) {
    const char = normalized.text[i] ?? '';
    if (SPACE.test(char)) continue;
    out += char;
    map.push(normalized.map[i] ?? 0);
  }
  return { text: out, map };
}

/** Every place a term occurs, as [start, end) offsets in the original text. */
export function findMarks(text: string, terms: readonly QueryTerm[]): [number, number][] {
  const source = compact(text);
  const marks: [number, number][] = [];
  for (const term of terms) {
    const needle = compact(term.raw).text;
    if (needle === '') continue;
    for (let at = source.text.indexOf(needle); at !== -1; at = source.text.indexOf(needle, at + needle.length)) {
      const start = source.map[at] ?? 0;
      const lastIndex = source.map[at + needle.length - 1] ?? start;
      const end =
        lastIndex + (text.codePointAt(lastIndex) !== undefined && (text.codePointAt(lastIndex) ?? 0) > 0xffff ? 2 : 1);
      marks.push([start, end]);
    }
  }
  return marks.sort((a, b) => a[0] - b[0]).filter((m, i, all) => i === 0 || m[0] >= (all[i - 1]?.[1] ?? 0));
}

/** About `radius` characters either side of the first hit, with every hit in that window marked. */
export function makeSnippet(text: string, terms: readonly QueryTerm[], radius = 48): Snippet {
  const clean = text.replace(/\s+/g, ' ').trim();
  const marks = findMarks(clean, terms);
  const first = marks[0];
  if (!first) return { text: clean.slice(0, radius * 2), marks: [] };
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(clean.length, first[1] + radius);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < clean.length ? '…' : '';
  const inside = marks
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): [number, number] => [a - start + prefix.length, b - start + prefix.length]);
  return { text: `${prefix}${clean.slice(start, end)}${suffix}`, marks: inside };
}
