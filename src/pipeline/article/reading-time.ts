/**
 * Reading speed: 400 Chinese characters a minute (silent reading of news prose by adults is
 * commonly put at 300–500) and 200 words a minute for Latin-script text.
 */
export const CJK_CHARS_PER_MINUTE = 400;
export const LATIN_WORDS_PER_MINUTE = 200;

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/gu;
const LATIN_WORD = /[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/g;

/** Characters of text, white space excluded. */
export function countChars(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(LATIN_WORD)?.length ?? 0;
  return Math.max(1, Math.round(cjk / CJK_CHARS_PER_MINUTE + words / LATIN_WORDS_PER_MINUTE));
}
