export { prepareFolding } from '#shared/tokenize.ts';
import { parseQuery } from '../search/parse-query.ts';
import { findMarks } from '../search/snippet.ts';

/**
 * Marks the first place the search terms occur in an article body and scrolls to it. Works on
 * text nodes with a DOM Range: no HTML is parsed.
 */
export function highlightFirstHit(container: HTMLElement, query: string): HTMLElement | null {
  const terms = parseQuery(query);
  if (terms.length === 0) return null;
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const first = findMarks(text, terms)[0];
    if (!first) continue;
    const range = container.ownerDocument.createRange();
    range.setStart(node, first[0]);
    range.setEnd(node, first[1]);
    const mark = container.ownerDocument.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
    mark.scrollIntoView({ block: 'center' });
    return mark;
  }
  return null;
}
