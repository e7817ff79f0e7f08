/** A name written in Latin letters (SenseTime, U.S. Department of Commerce): matched as a whole word. */
const LATIN = /^[\p{Script=Latin}\d][\p{Script=Latin}\d\s.&'-]*$/u;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern finding any of the words, the same at build (which entities a text mentions) and in
 * the browser (where to link them): the longest word wins where words overlap (美国商务部 over
 * 美国), Latin words only as whole words and in any case, Chinese words anywhere (Chinese has no
 * spaces to stop at). Null for no words.
 */
export function entityPattern(words: Iterable<string>): RegExp | null {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return null;
  return new RegExp(
    sorted.map((w) => (LATIN.test(w) ? `(?<![\\p{L}\\d])${escape(w)}(?![\\p{L}\\d])` : escape(w))).join('|'),
    'giu',
  );
}
