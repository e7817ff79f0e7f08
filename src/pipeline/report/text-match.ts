/**
 * Matching headings across a PDF's table of contents and its body, where wording, spacing and
 * punctuation drift: ',' for '，', extra spaces, '助推' for '助力', a TOC line longer than its heading.
 */

/** Width-folded, lower-cased, without white space or punctuation. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Dice coefficient over character bigrams of the normalized texts: 1 is identical, 0 shares nothing. */
export function similarity(a: string, b: string): number {
  const x = normalizeForMatch(a);
  const y = normalizeForMatch(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const left = bigrams(x);
  const right = new Map<string, number>();
  for (const gram of bigrams(y)) right.set(gram, (right.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = right.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      right.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + bigrams(y).length);
}

/** Sentence-final punctuation: a line ending so is running text, not a heading. */
export const SENTENCE_END = /[。！？；.!?;：:]$/;

export function isShortLine(text: string, max = 30): boolean {
  return Array.from(text).length <= max;
}
