import type { Mention } from '#shared/bundle-schema.ts';
import { entityMatcher, type WordMatch } from '#shared/entity-words.ts';
import { splitText } from '../../lib/text-origins.ts';
import { messagesOf } from '../../i18n/messages.ts';
import { entityMessages } from '../../i18n/zh/entities.ts';

/*
 * Subtle links on the organisations and people of the dictionary in a document's text: the first
 * mention of each in every section (a heading with an id starts one), so a long report is not
 * a sea of links. The links are made as elements with text, never from markup, and leave
 * the words themselves as they were.
 */

/** Text in these is left alone: links, controls, code, headings. */
const SKIP = 'a, button, code, pre, kbd, h1, h2, h3, h4, h5, h6';
const HEADING = /^H[1-6]$/;
function finder(
  mentions: readonly Mention[],
): { match: (text: string) => WordMatch[]; entityOf: Map<string, string> } | null {
  const entityOf = new Map<string, string>();
  for (const mention of mentions) for (const term of mention.terms) entityOf.set(term.toLowerCase(), mention.entity);
  const match = entityMatcher(entityOf.keys());
  return match ? { match, entityOf } : null;
}

/** Links the first mention of each entity per section under `root`; running it again adds nothing. */
export function linkEntities(root: Element, mentions: readonly Mention[], hrefFor: (entity: string) => string): void {
  const find = finder(mentions);
  if (!find) return;
  const seen = new Set<string>();
  // Collected first: wrapping changes the tree the walker is in.
  const items: (Text | Element)[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text || (node instanceof Element && HEADING.test(node.tagName) && node.id !== '')) {
      items.push(node);
    }
  }
  for (const item of items) {
    if (item instanceof Element) {
      seen.clear();
      continue;
    }
    const parent = item.parentElement;
    const existing = parent?.closest<HTMLElement>('a[data-entity]');
    if (existing && root.contains(existing)) {
      seen.add(existing.dataset.entity ?? '');
      continue;
    }
    const skipped = parent?.closest(SKIP);
    if (!parent || (skipped && root.contains(skipped))) continue;
    let text: Text | null = item;
    while (text) {
      const current: Text = text;
      text = null;
      for (const match of find.match(current.data)) {
        const entity = find.entityOf.get(match.text.toLowerCase());
        if (entity === undefined || seen.has(entity)) continue;
        seen.add(entity);
        const word = splitText(current, match.index);
        const rest = splitText(word, match.text.length);
        const link = document.createElement('a');
        link.className = 'entity-link';
        link.href = hrefFor(entity);
        link.dataset.entity = entity;
        link.title = messagesOf(entityMessages).linkTitle(entity);
        word.replaceWith(link);
        link.append(word);
        // The words after the link are a node of their own now: look on in them.
        text = rest;
        break;
      }
    }
  }
}
