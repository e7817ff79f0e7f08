// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration cannot be imported; every project that uses the tokenizer needs it
/// <reference path="./opencc-dict.d.ts" />
import { FOLDED_CHARACTERS } from './folded-characters.ts';

/*
 * Traditional → Simplified folding for search, with OpenCC's character table (18 KB gzip) loaded
 * only when some text needs it: a query, a snippet or an article in Simplified Chinese never
 * does. Which characters need it is known without the table (folded-characters.ts, 2 KB).
 */

const LAST_DIGIT = '0123456789abcdefghijklmnopqrstuv';
const MORE_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';

/** Sorted code points as gaps in base 32 (see folded-characters.ts). */
export function encodeCodePoints(sorted: readonly number[]): string {
  let out = '';
  let last = 0;
  for (const point of sorted) {
    let gap = point - last;
    last = point;
    while (gap >= 32) {
      out += MORE_DIGITS[gap & 31];
      gap >>= 5;
    }
    out += LAST_DIGIT[gap];
  }
  return out;
}

export function decodeCodePoints(encoded: string): number[] {
  const points: number[] = [];
  let last = 0;
  let gap = 0;
  let shift = 0;
  for (const digit of encoded) {
    const more = MORE_DIGITS.indexOf(digit);
    if (more >= 0) {
      gap += more << shift;
      shift += 5;
      continue;
    }
    gap += LAST_DIGIT.indexOf(digit) << shift;
    last += gap;
    points.push(last);
    gap = 0;
    shift = 0;
  }
  return points;
}

/** OpenCC's table ('trad simp|trad simp|…'), character to character only: phrases would move offsets. */
export function characterTable(opencc: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const pair of opencc.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to && Array.from(from).length === 1 && Array.from(to).length === 1) table.set(from, to);
  }
  return table;
}

let table: Map<string, string> | null = null;
let loading: Promise<void> | null = null;
let folded: Set<number> | null = null;

/** The table, or null until loadFoldTable() has resolved. */
export function foldTable(): ReadonlyMap<string, string> | null {
  return table;
}

export function loadFoldTable(): Promise<void> {
  loading ??= import('opencc-js/dict/TSCharacters').then(
    (module) => {
      table = characterTable(module.default);
    },
    (error: unknown) => {
      // Offline before it was cached, say: the next search tries again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Is this (already width- and case-folded) character one the table folds? */
export function isFolded(char: string): boolean {
  folded ??= new Set(decodeCodePoints(FOLDED_CHARACTERS));
  const point = char.codePointAt(0) ?? 0;
  return char.length === (point > 0xffff ? 2 : 1) && folded.has(point);
}
