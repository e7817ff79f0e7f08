import { DROPPED_WITH_CONTENT } from './sanitize-allowlist.ts';
import { trustedTypesPolicy } from './trusted-types.ts';

/*
 * The words of untrusted HTML, for search snippets, which show them as plain text: the HTML is
 * parsed into an inert document (no script runs and no image loads there) and never shown. The
 * words the sanitizer would drop (code, styles, frames, fallback content) are left out here too.
 * Apart from the sanitizer proper, so that search results do not load it.
 */

const DROPPED = new Set(DROPPED_WITH_CONTENT);

export function sanitizedText(dirty: string): string {
  const policy = trustedTypesPolicy();
  // Trusted Types guards parseFromString as it does innerHTML.
  const input = (policy ? policy.createHTML(dirty) : dirty) as string;
  const body = new DOMParser().parseFromString(input, 'text/html').body;
  const parts: string[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && DROPPED.has((node as Element).localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
