import { anchorFor, locateAnchor, type BlockText, type TextAnchor } from './text-anchor.ts';

/*
 * Text anchors in the page: which text is at the top of the screen, and scrolling a text's
 * place back there.
 */

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td, th, dt, dd';
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The innermost elements holding text: a list item holding paragraphs counts as its paragraphs. */
function blockElements(root: Element): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (element) => element.querySelector(BLOCKS) === null && (element.textContent ?? '').trim() !== '',
  );
}

function blockTexts(elements: readonly Element[]): BlockText[] {
  return elements.map((element) => ({
    text: element.textContent ?? '',
    heading: HEADINGS.has(element.tagName) && element.id !== '' ? element.id : null,
  }));
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The anchor of the first text at or below `top` (pixels from the top of the viewport). */
export function anchorAtTop(root: Element, top: number): TextAnchor | null {
  const elements = blockElements(root);
  const index = elements.findIndex((element) => element.getBoundingClientRect().bottom > top);
  if (index < 0) return null;
  const element = elements[index] as Element;
  const rect = element.getBoundingClientRect();
  let offset = 0;
  if (rect.top < top) {
    // The block starts above the screen: the first character of its first line in view.
    const caret = caretAt(rect.left + 2, top + 2);
    if (caret && element.contains(caret.node)) {
      const range = document.createRange();
      range.setStart(element, 0);
      range.setEnd(caret.node, caret.offset);
      offset = range.toString().length;
    }
  }
  return anchorFor(blockTexts(elements), index, offset);
}

/** The text node and offset in it of character `offset` of `element`'s text. */
function textPoint(element: Element, offset: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left < node.data.length) return { node, offset: left };
    left -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/** Where the anchor's text is on the screen now (its top, in viewport pixels), or null. */
export function anchorTop(root: Element, anchor: TextAnchor): number | null {
  const elements = blockElements(root);
  const found = locateAnchor(blockTexts(elements), anchor);
  if (!found) return null;
  const element = elements[found.index] as Element;
  const point = found.offset > 0 ? textPoint(element, found.offset) : null;
  if (point) {
    const range = document.createRange();
    range.setStart(point.node, point.offset);
    range.setEnd(point.node, Math.min(point.node.data.length, point.offset + 1));
    const rect = range.getClientRects()[0];
    if (rect) return rect.top;
  }
  return element.getBoundingClientRect().top;
}
