import { splitText } from '../../lib/text-origins.ts';
import { locateQuote, quoteAt, type TextQuote } from './text-quote.ts';

/*
 * Highlights in the page: the words of a selection as a quote, and quotes painted back as <mark>
 * elements around the text they cover (one per text node it spans). Only elements with text
 * are made: no markup is parsed.
 */

const MARK = 'mark[data-highlight]';

function offsetOf(root: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The section (a report heading with an id) the node is in, with its title. */
function sectionOf(root: Element, node: Node): { section: string | null; sectionTitle: string | null } {
  let found: HTMLElement | null = null;
  for (const heading of root.querySelectorAll<HTMLElement>(':is(h1, h2, h3, h4, h5, h6)[id]')) {
    if (heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING || heading.contains(node)) {
      found = heading;
    } else break;
  }
  return found
    ? { section: found.id, sectionTitle: (found.querySelector('.report-title') ?? found).textContent }
    : { section: null, sectionTitle: null };
}

export type SelectedQuote = TextQuote & { section: string | null; sectionTitle: string | null };

/** The selection as a quote of root's text, or null if it is empty or not all in root. */
export function quoteOfRange(root: Element, range: Range): SelectedQuote | null {
  if (range.collapsed || !root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  const text = root.textContent ?? '';
  const quote = quoteAt(text, start, end);
  if (quote.quote.trim() === '') return null;
  return { ...quote, ...sectionOf(root, range.startContainer) };
}

/** Takes away every highlight's marks, leaving the text as it was. */
export function clearMarks(root: Element): void {
  for (const mark of root.querySelectorAll(MARK)) mark.replaceWith(...mark.childNodes);
}

/** Marks the quote's words; false if they are not in the text (any more), not there once, or already marked. */
export function paintQuote(root: Element, selector: TextQuote, id: string, note: string): boolean {
  const found = locateQuote(root.textContent ?? '', selector);
  if (!found) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: { node: Text; from: number; to: number }[] = [];
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const next = at + node.data.length;
    if (next > found.start && at < found.end) {
      pieces.push({ node, from: Math.max(0, found.start - at), to: Math.min(node.data.length, found.end - at) });
    }
    if (next >= found.end) break;
    at = next;
  }
  // Marks never nest: a passage that overlaps one already painted is not painted (thousands of
  // overlapping imports nested marks thousands deep and crashed the page).
  if (pieces.some(({ node }) => node.parentElement?.closest(MARK))) return false;
  pieces.forEach(({ node, from, to }, i) => {
    const middle = from > 0 ? splitText(node, from) : node;
    if (to - from < middle.data.length) splitText(middle, to - from);
    const mark = document.createElement('mark');
    mark.className = 'reader-highlight';
    mark.dataset.highlight = id;
    if (i === 0) {
      // The first piece is the one to reach it by: from the keyboard, and by a link to it.
      mark.id = `highlight-${id}`;
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
    }
    if (note && i === pieces.length - 1) mark.dataset.note = '';
    if (note) mark.title = note;
    middle.replaceWith(mark);
    mark.append(middle);
  });
  return pieces.length > 0;
}
