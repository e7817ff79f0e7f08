import { decodeHTML } from 'entities';
import { escapeRegExp } from '#shared/escape-regexp.ts';

/** How far into a body the title is looked for: it stands near the top, in a heading or an image's text. */
const SEARCH_CHARS = 200_000;

/**
 * A title a scraper made safe for a file name ('回应被美国_拉黑_'), with its punctuation back where
 * the body has the same words with one punctuation mark in place of each '_' ('回应被美国“拉黑”',
 * often in the alt text of the page's lead image). A title whose '_' are its own stays: the body
 * has them as they are.
 */
export function restoreTitlePunctuation(title: string, body: string): string {
  if (!title.includes('_') || title.length > 300) return title;
  const pattern = new RegExp(title.split('_').map(escapeRegExp).join('[\\p{P}\\p{S}]'), 'u');
  const match = pattern.exec(decodeHTML(body.slice(0, SEARCH_CHARS)));
  return match ? match[0] : title;
}
