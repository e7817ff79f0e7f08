/**
 * Finding the dictionary's words in text, the same at build (which entities a text mentions) and
 * in the browser (where to link them): the longest word wins where words overlap (美国商务部 over
 * 美国), Latin words only as whole words and in any case, Chinese words anywhere (Chinese has no
 * spaces to stop at).
 *
 * An Aho-Corasick automaton over the words: one pass over the text whatever the dictionary's
 * size. The alternation of every word it replaces was run at every position of every text, and
 * a dictionary of a thousand names took minutes on one long article.
 */

/** A name written in Latin letters (SenseTime, U.S. Department of Commerce): matched as a whole word. */
const LATIN = /^[\p{Script=Latin}\d][\p{Script=Latin}\d\s.&'-]*$/u;
/** What may not touch a Latin word on either side. */
const WORD_CHAR = /[\p{L}\d]/u;

export type WordMatch = { index: number; text: string };

const foldCache = new Map<number, number>();

/** One UTF-16 unit in lower case where that is one unit too, so that offsets stay the same. */
function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  let folded = foldCache.get(unit);
  if (folded === undefined) {
    const lower = String.fromCharCode(unit).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : unit;
    foldCache.set(unit, folded);
  }
  return folded;
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

function codePointAt(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/**
 * A finder of any of the words in a text: the leftmost match, the longest there, then on after
 * it. Null for no words.
 */
export function entityMatcher(words: Iterable<string>): ((text: string) => WordMatch[]) | null {
  // The automaton: a trie of the folded words with failure links (Aho-Corasick).
  const next: Map<number, number>[] = [new Map<number, number>()];
  const wordAt: number[] = [-1];
  const lengths: number[] = [];
  const latin: boolean[] = [];
  for (const word of new Set(words)) {
    if (word === '') continue;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const unit = foldUnit(word.charCodeAt(i));
      let child = next[node]?.get(unit);
      if (child === undefined) {
        child = next.length;
        next.push(new Map<number, number>());
        wordAt.push(-1);
        next[node]?.set(unit, child);
      }
      node = child;
    }
    if ((wordAt[node] ?? -1) === -1) {
      wordAt[node] = lengths.length;
      lengths.push(word.length);
      latin.push(LATIN.test(word));
    }
  }
  if (lengths.length === 0) return null;
  const fail = new Array<number>(next.length).fill(0);
  // The nearest node down the failure chain that ends a word (-1 for none).
  const output = new Array<number>(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]?.values() ?? []) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] ?? 0;
    const f = fail[node] ?? 0;
    output[node] = (wordAt[f] ?? -1) !== -1 ? f : (output[f] ?? -1);
    for (const [unit, child] of next[node] ?? []) {
      let g = f;
      while (g !== 0 && !next[g]?.has(unit)) g = fail[g] ?? 0;
      const target = next[g]?.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
  }

  return (text) => {
    // The longest word that may start at each position, found by where words end.
    const longest = new Int32Array(text.length);
    let node = 0;
    for (let end = 0; end < text.length; end++) {
      const unit = foldUnit(text.charCodeAt(end));
      while (node !== 0 && !next[node]?.has(unit)) node = fail[node] ?? 0;
      node = next[node]?.get(unit) ?? 0;
      for (let at = (wordAt[node] ?? -1) !== -1 ? node : (output[node] ?? -1); at !== -1; at = output[at] ?? -1) {
        const word = wordAt[at] ?? -1;
        const length = lengths[word] ?? 0;
        const start = end + 1 - length;
        if (length <= (longest[start] ?? 0)) continue;
        if (latin[word] && (WORD_CHAR.test(codePointBefore(text, start)) || WORD_CHAR.test(codePointAt(text, end + 1))))
          continue;
        longest[start] = length;
      }
    }
    const matches: WordMatch[] = [];
    for (let start = 0; start < text.length;) {
      const length = longest[start] ?? 0;
      if (length > 0) {
        matches.push({ index: start, text: text.slice(start, start + length) });
        start += length;
      } else {
        start++;
      }
    }
    return matches;
  };
}
