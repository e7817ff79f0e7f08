/*
 * A passage anchored by its words, as annotation tools do (the W3C's text quote selector): the
 * quote and a little text either side. Found again in a rebuilt document whose text moved or
 * changed around it, where offsets into the old text would point at the wrong words.
 */

export type TextQuote = { quote: string; prefix: string; suffix: string };

const CONTEXT = 32;

/** The quote for characters start…end of `text`. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where the quote is in `text`: of every place its words appear, the one whose surroundings
 * best match the context kept with it; null if the words are gone, or if two places match
 * equally well (painting either could mark the wrong words).
 */
export function locateQuote(text: string, selector: TextQuote): { start: number; end: number } | null {
  if (selector.quote === '') return null;
  let best: { start: number; score: number } | null = null;
  let tied = false;
  for (let at = text.indexOf(selector.quote); at >= 0; at = text.indexOf(selector.quote, at + 1)) {
    const end = at + selector.quote.length;
    const score =
      commonSuffix(text.slice(Math.max(0, at - CONTEXT), at), selector.prefix) +
      commonPrefix(text.slice(end, end + CONTEXT), selector.suffix);
    if (!best || score > best.score) {
      best = { start: at, score };
      tied = false;
    } else if (score === best.score) {
      tied = true;
    }
  }
  return best && !tied ? { start: best.start, end: best.start + selector.quote.length } : null;
}
