/**
 * The one tokenizer for search, run at index time by the pipeline and at query time in the
 * browser, so both always agree (Pagefind's rule). Text is normalized character by character
 * (width, case, Traditional → Simplified) so offsets map back to the original for highlights.
 *
 * Units: every CJK character is a unit; a run of other letters and digits is one word unit.
 * White space separates words but leaves no gap (Chinese text spaces Latin words at random);
 * punctuation leaves a gap, so a phrase never matches across it.
 */
import { foldTable, isFolded, loadFoldTable } from './fold-table.ts';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** One character folded for search: NFKC width folding, lower case, Simplified Chinese. */
const cache = new Map<string, string>();

export function normalizeChar(char: string): string {
  let out = cache.get(char);
  if (out !== undefined) return out;
  const folded = char.normalize('NFKC').toLowerCase();
  out = Array.from(folded).length !== 1 ? folded : (foldTable()?.get(folded) ?? folded);
  // Text has few distinct characters: folding each once keeps indexing fast. (A character the
  // table would fold is not kept while the table is missing: see prepareFolding.)
  if (cache.size < 50000 && (foldTable() !== null || out !== folded || !isFolded(folded))) cache.set(char, out);
  return out;
}

/** True when folding this text needs the Traditional → Simplified table and it is not loaded yet. */
export function needsFoldTable(text: string): boolean {
  if (foldTable() !== null) return false;
  for (const char of text) {
    // Below U+3400 there is nothing to fold (and NFKC, the slow part, is skipped).
    if (char.charCodeAt(0) < 0x3400) continue;
    const folded = char.normalize('NFKC').toLowerCase();
    if (isFolded(folded)) return true;
  }
  return false;
}

/**
 * Loads the Traditional → Simplified table if the texts need it. Whatever tokenizes or marks
 * text (the build, a search, a snippet, a hit in an article) awaits this first.
 */
export async function prepareFolding(...texts: string[]): Promise<void> {
  if (texts.some(needsFoldTable)) await loadFoldTable();
}

/** Loads the table whatever the text: the build folds every document. */
export const loadFolding = loadFoldTable;

export type Normalized = { text: string; map: number[] };

/** The normalized text, and for each of its UTF-16 units the offset in the original. */
export function normalizeWithMap(text: string): Normalized {
  let out = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    const folded = normalizeChar(char);
    out += folded;
    for (let i = 0; i < folded.length; i++) map.push(offset);
    offset += char.length;
  }
  return { text: out, map };
}

export function normalizeText(text: string): string {
  return normalizeWithMap(text).text;
}

export type Unit = { text: string; pos: number; cjk: boolean };

/** Units with positions; a gap of one position marks punctuation between them. */
export function tokenize(text: string, startPos = 0): Unit[] {
  const units: Unit[] = [];
  let pos = startPos;
  let word = '';
  let gap = false;
  const flush = (): void => {
    if (word === '') return;
    units.push({ text: word, pos, cjk: false });
    pos++;
    word = '';
  };
  for (const raw of normalizeText(text)) {
    if (CJK.test(raw)) {
      flush();
      if (gap && units.length > 0) pos++;
      gap = false;
      units.push({ text: raw, pos, cjk: true });
      pos++;
    } else if (WORD.test(raw)) {
      if (word === '' && gap && units.length > 0) pos++;
      gap = false;
      word += raw;
    } else {
      flush();
      if (!SPACE.test(raw)) gap = true;
    }
  }
  flush();
  return units;
}

/*
 * Grams, the keys of the index:
 *  - 'c:甲'     a CJK character (unit-level postings, for one-character queries)
 *  - '甲乙'     two adjacent CJK characters (positional)
 *  - 'w:word'   a word (positional; queries match words by prefix)
 *  - 'b:word|甲' / 'b:甲|word'  a word next to a CJK character (positional)
 */
export function unigramKey(char: string): string {
  return `c:${char}`;
}
/** Unigram postings are unit-level (unit, fields, count); all others are positional. */
export function isUnigramKey(gram: string): boolean {
  return gram.startsWith('c:');
}
export function wordKey(word: string): string {
  return `w:${word}`;
}
export function boundaryKey(left: Unit, right: Unit): string {
  return `b:${left.text}|${right.text}`;
}
export function adjacent(left: Unit, right: Unit): boolean {
  return right.pos === left.pos + 1;
}

/** Which shard a gram lives in: prefix lookups need words by first letter, boundaries by their CJK character. */
export function shardKey(gram: string): string {
  if (gram.startsWith('w:')) return `w:${Array.from(gram.slice(2))[0] ?? ''}`;
  if (gram.startsWith('b:')) {
    const [left = '', right = ''] = gram.slice(2).split('|');
    return `b:${CJK.test(left) ? left : right}`;
  }
  return gram;
}
