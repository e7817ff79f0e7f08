import { ADDED_ATTR, ALLOWED_ATTR, ALLOWED_TAGS, DROPPED_WITH_CONTENT } from './sanitize-allowlist.ts';
import { finishImage, finishLink, isLiveUrl, promoteLazySource, videoLinkFor } from './sanitize-rules.ts';
import { trustedTypesPolicy } from './trusted-types.ts';

/*
 * Sanitizing with the browser's own HTML Sanitizer API (Element.setHTML), which saves loading
 * DOMPurify on every article. It runs in two steps:
 * 1. The dirty HTML is parsed into an inert document (no scripts run, no images load there) and
 *    walked once: elements outside the allowlist give up their tags but keep their text, the
 *    rules of sanitize-rules.ts are applied, attributes outside the allowlist go.
 * 2. The result is put into the page with setHTML() and a Sanitizer holding the same allowlist.
 *    setHTML parses where the HTML lands and sanitizes what it parsed, so whatever step 1 missed
 *    or re-parsing changed (mutation XSS), no script, handler or unlisted element gets through.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const KEPT_TAGS = new Set(ALLOWED_TAGS);
const KEPT_ATTRS = new Set(ALLOWED_ATTR);
const DROPPED = new Set(DROPPED_WITH_CONTENT);
const URL_ATTRS = new Set(['href', 'src']);

/** The Sanitizer's own shape (TypeScript's DOM types do not have it yet). */
type NativeSanitizer = object;
type SanitizerConstructor = new (config: object) => NativeSanitizer;
type SetHtml = (this: Element, html: string, options: { sanitizer: NativeSanitizer }) => void;

/** The browser's Sanitizer with the allowlist, or null where the browser has none. */
export function createNativeSanitizer(): NativeSanitizer | null {
  const Sanitizer = (globalThis as { Sanitizer?: SanitizerConstructor }).Sanitizer;
  const setHtml = (Element.prototype as { setHTML?: SetHtml }).setHTML;
  if (typeof Sanitizer !== 'function' || typeof setHtml !== 'function') return null;
  try {
    return new Sanitizer({
      elements: ALLOWED_TAGS,
      attributes: [...ALLOWED_ATTR, ...ADDED_ATTR],
      comments: false,
      dataAttributes: false,
    });
  } catch {
    // A browser with an older draft of the API refuses this configuration: DOMPurify then.
    return null;
  }
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** Step 1: everything the allowlist and the rules say, applied in place to an inert tree. */
function cleanChildren(parent: ParentNode, loadImages: boolean): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove(); // comments, processing instructions
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    if (el.namespaceURI !== HTML_NS) {
      el.remove();
      continue;
    }
    if (tag === 'iframe') {
      const link = videoLinkFor(el);
      if (link) {
        finishLink(link);
        el.replaceWith(link);
      } else el.remove();
      continue;
    }
    if (DROPPED.has(tag)) {
      el.remove();
      continue;
    }
    cleanChildren(el, loadImages);
    if (!KEPT_TAGS.has(tag)) {
      unwrap(el);
      continue;
    }
    if (tag === 'img') promoteLazySource(el);
    for (const attr of Array.from(el.attributes)) {
      const keep =
        attr.namespaceURI === null && KEPT_ATTRS.has(attr.name) && (!URL_ATTRS.has(attr.name) || isLiveUrl(attr.value));
      if (!keep) el.removeAttributeNode(attr);
    }
    if (tag === 'a' && !finishLink(el)) unwrap(el);
    else if (tag === 'img' && !finishImage(el, loadImages)) el.remove();
  }
}

function parseInert(dirty: string): Document {
  const policy = trustedTypesPolicy();
  // Trusted Types guards parseFromString as it does innerHTML; the document it makes is inert.
  const input = (policy ? policy.createHTML(dirty) : dirty) as string;
  return new DOMParser().parseFromString(input, 'text/html');
}

/** Untrusted HTML, sanitized into a tree that is never shown (for its text or its markup). */
export function cleanInert(dirty: string, loadImages: boolean): HTMLElement {
  const body = parseInert(dirty).body;
  cleanChildren(body, loadImages);
  return body;
}

/** Steps 1 and 2: the sanitized HTML becomes the children of target. */
export function setSanitizedHtml(
  target: Element,
  dirty: string,
  loadImages: boolean,
  sanitizer: NativeSanitizer,
): void {
  const clean = cleanInert(dirty, loadImages).innerHTML;
  (target as Element & { setHTML: SetHtml }).setHTML(clean, { sanitizer });
}
