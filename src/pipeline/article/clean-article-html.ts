import {
  dropBackLinks,
  dropChromeBlocks,
  dropEmptyBlocks,
  dropEndMarkersAndNotices,
  dropEventHandlers,
  dropHiddenElements,
  dropPresentationalAttributes,
  dropScriptsAndEmbeds,
  liftHashtagFooters,
  dropMetaLines,
  dropRepeatedTitle,
  liftTitleLink,
  replaceFrames,
  resolveImages,
} from './cleaning-rules.ts';
import { dropCommentSections, dropTrailingTeasers } from './comments-and-teasers.ts';
import { htmlShape, parseHtml, serializeHtml, textOf } from './html-tree.ts';
import { convertAutolinks, convertMarkdownFragments } from './markdown-fragments.ts';
import { escapeHtmlText } from '../html-escape.ts';
import { checkTimeBudget } from '../time-budget.ts';
import { RuleCounter } from './rule-counter.ts';
import { wrapLooseText } from './wrap-loose-text.ts';

export type CleanedArticle = {
  html: string;
  /** The text of each block, in order: for excerpts, counts, search and the no-lost-text check. */
  paragraphs: string[];
  /** Tags lifted from a '#tag' footer. */
  tags: string[];
  /** The original's URL, when the body opens with a link titled as the document. */
  originalUrl: string | null;
  /** A publisher named by a credit line such as '（文章来源：经济参考网）'. */
  creditSource: string | null;
  /** The author a byline names (a link the CMS marks rel="author"). */
  bylineAuthor: string | null;
  rules: RuleCounter;
};

const HAS_MARKUP = /<\/?[a-z][a-z0-9]*[\s>/]/i;
const CREDIT_LINE = /^[（(]?\s*(?:文章|新闻|本文)?来源\s*[:：]/;
const CREDIT_NAME_BREAK = /[（）()|｜/\n]/;

/**
 * The publisher a closing credit line names ('（文章来源：经济参考网）', '来源：新华社 / 编辑：…'), or
 * null. The name is cut out by hand: a pattern whose optional spaces meet a lazy name backtracks.
 */
export function creditSourceOf(paragraph: string): string | null {
  const head = CREDIT_LINE.exec(paragraph);
  if (!head) return null;
  let rest = paragraph.slice(head[0].length);
  const separator = rest.search(/[/|｜]/);
  if (separator >= 0) rest = rest.slice(0, separator);
  else if (/[）)]$/.test(rest)) rest = rest.slice(0, -1);
  const name = rest.trim();
  return name !== '' && name.length <= 30 && !CREDIT_NAME_BREAK.test(name) ? name : null;
}

/** A body with no markup is plain text: each non-empty line is a paragraph. */
function plainTextToHtml(body: string): string {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtmlText(line)}</p>`)
    .join('\n');
}

export function paragraphsOf(html: string): string[] {
  return textOf(parseHtml(html))
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Scraped article HTML to clean reading HTML. Pure: the same input gives the same output. */
const MAX_ELEMENTS = 50_000;
const MAX_DEPTH = 200;

/** A body no cleaning can turn into an article: the document is rejected with this reason. */
export class UnreadableDocument extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'UnreadableDocument';
  }
}

export function cleanArticleHtml(body: string, title: string | null): CleanedArticle {
  const rules = new RuleCounter();
  const source = HAS_MARKUP.test(body) ? convertAutolinks(body, rules) : plainTextToHtml(body);
  const root = parseHtml(source);
  const shape = htmlShape(root);
  // Real articles hold a few thousand elements a few dozen deep; far beyond is an attack or a
  // dump, and the tree walks below would take minutes or overflow the stack on it.
  if (shape.elements > MAX_ELEMENTS)
    throw new UnreadableDocument(
      `the HTML has ${shape.elements} elements, more than the ${MAX_ELEMENTS} an article may have`,
      'split it into smaller documents',
    );
  if (shape.depth > MAX_DEPTH)
    throw new UnreadableDocument(
      `the HTML nests ${shape.depth} elements deep, more than ${MAX_DEPTH}`,
      'remove the wrapping elements',
    );

  // Each rule walks the tree through elementsOf, which checks the file's time budget.
  checkTimeBudget('cleaning the HTML');
  dropScriptsAndEmbeds(root, rules);
  dropEventHandlers(root, rules);
  dropHiddenElements(root, rules);
  replaceFrames(root, rules);
  dropChromeBlocks(root, rules);
  dropCommentSections(root, rules);
  convertMarkdownFragments(root, rules);
  const originalUrl = liftTitleLink(root, title, rules);
  dropRepeatedTitle(root, title, rules);
  resolveImages(root, rules);
  const tags = liftHashtagFooters(root, rules);
  const meta = dropMetaLines(root, rules);
  for (const tag of meta.tags) if (!tags.includes(tag)) tags.push(tag);
  dropBackLinks(root, rules);
  dropEndMarkersAndNotices(root, rules);
  dropTrailingTeasers(root, rules);
  dropPresentationalAttributes(root);
  wrapLooseText(root);
  dropEmptyBlocks(root, rules);
  checkTimeBudget('writing the cleaned HTML');

  const html = serializeHtml(root)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const paragraphs = paragraphsOf(html);
  let creditSource: string | null = null;
  for (const paragraph of paragraphs.slice(-3)) creditSource = creditSourceOf(paragraph) ?? creditSource;
  return { html, paragraphs, tags, originalUrl, creditSource, bylineAuthor: meta.author, rules };
}
