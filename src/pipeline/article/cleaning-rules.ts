import { ElementType } from 'htmlparser2';
import { LAZY_IMAGE_ATTRIBUTES, VIDEO_HOSTS } from '#shared/news-html.ts';
import { validateHttpUrl } from '../front-matter/validate-url.ts';
import {
  elementsOf,
  hasMedia,
  isBlank,
  isTag,
  isText,
  remove,
  removeAll,
  RemovalBatch,
  textOf,
  unwrapAll,
  allNodes,
  element,
  replaceWith,
  text,
  type ChildNode,
  type Element,
  type ParentNode,
} from './html-tree.ts';
import type { RuleCounter } from './rule-counter.ts';

/*
 * Named rules that remove site chrome from scraped news HTML. Each fires on a shape seen on
 * Chinese news sites, not on a particular file, and counts itself for the build report.
 * Build-time cleaning is for reading quality; the browser's sanitizer is the security boundary.
 */

const DROPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'title']);
const INTERACTIVE_ELEMENTS = new Set(['button', 'form', 'input', 'select', 'textarea', 'object', 'embed', 'applet']);
// Class and id words of ad slots, self-promotion, read-more, share and follow-us boxes.
const CHROME_WORDS =
  /(?:^|[\s_-])(ad|ads|advert\w*|adsbygoogle|banner-ad|promo|interstitial|readmore|read-more|unlock(?:-btn)?|share|sharing|social|qrcode|qr|follow(?:-us)?|recommend|related|newsletter|subscribe)(?=$|[\s_-])/i;
const THE_END = /^[\s\-—–_~·.]*(?:THE\s*END|全文完|（完）|\(完\)|完)[\s\-—–_~·.]*$/i;
const REPRINT_NOTICE = /^(?:转载请注明(?:出处|来源)|未经(?:许可|授权)[，,]?\s*(?:不得|禁止|请勿)转载)/;
const BACK_LINK = /^(?:返回|back to\b)/i;
const LINK_SEPARATORS = /^[\s|｜/·•,，、]*$/;
/** The longest tag a '#tag' link holds. */
const MAX_HASHTAG_CHARS = 41;

/**
 * The tag of a '#tag' or '#tag#' link text, or null. Read without a pattern: one whose spaces
 * could go to either of two quantifiers backtracked for minutes over a crafted link text.
 */
export function hashtagOf(linkText: string): string | null {
  let t = linkText.trim();
  if (!t.startsWith('#') || t.length > MAX_HASHTAG_CHARS + 2) return null;
  t = t.slice(1);
  if (t.endsWith('#')) t = t.slice(0, -1);
  t = t.trim();
  return t !== '' && t.length <= MAX_HASHTAG_CHARS && !t.includes('#') ? t : null;
}

/**
 * Class names that are a CMS's taxonomy, not a widget: WordPress marks an article element with
 * its terms ('tag-social-movement', 'category-ads', 'format-standard'), so a term that is a chrome
 * word would otherwise read as a share box or an ad slot and take the whole article with it.
 */
const TAXONOMY_CLASS =
  /^(?:tag|tags|category|categories|cat|topic|term|label|format|type|status|post_tag|post-tag)[-_]/i;

/** The class and id tokens that may name a widget: each is matched on its own, taxonomy left out. */
export function markerTokens(el: Element): string[] {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    .split(/\s+/)
    .filter((token) => token !== '' && !TAXONOMY_CLASS.test(token));
}

/** Whether the element holds most of the body's text: no chrome rule may remove that block. */
export function holdsMostText(el: Element, bodyChars: number): boolean {
  return bodyChars > 0 && textOf(el).replace(/\s+/g, '').length * 2 > bodyChars;
}

export function dropScriptsAndEmbeds(root: ParentNode, counter: RuleCounter): void {
  const comments = new RemovalBatch();
  for (const node of allNodes(root)) {
    if (node.type === ElementType.Comment) {
      comments.add(node);
      counter.fire('html-comment');
    } else if (node.type === ElementType.Directive || node.type === ElementType.CDATA) {
      comments.add(node);
    }
  }
  comments.commit();
  const gone = new RemovalBatch();
  for (const el of elementsOf(root)) {
    if (gone.has(el)) continue;
    if (DROPPED_ELEMENTS.has(el.name)) {
      gone.add(el);
      counter.fire('script-or-style-element', 1, textOf(el));
    } else if (INTERACTIVE_ELEMENTS.has(el.name)) {
      gone.add(el);
      counter.fire(el.name === 'button' ? 'read-more-button' : 'form-or-embed', 1, textOf(el));
    }
  }
  gone.commit();
}

export function dropEventHandlers(root: ParentNode, counter: RuleCounter): void {
  for (const el of elementsOf(root)) {
    for (const name of Object.keys(el.attribs)) {
      if (name.startsWith('on')) {
        delete el.attribs[name];
        counter.fire('event-handler-attribute');
      }
    }
  }
}

export function dropHiddenElements(root: ParentNode, counter: RuleCounter): void {
  const gone = new RemovalBatch();
  const bodyChars = textOf(root).replace(/\s+/g, '').length;
  for (const el of elementsOf(root)) {
    if (gone.has(el)) continue;
    const style = (el.attribs.style ?? '').replace(/\s/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden') || 'hidden' in el.attribs) {
      if (holdsMostText(el, bodyChars)) {
        // Scraped pages hide what a script would reveal, sometimes the article itself.
        counter.holdBack('hidden-element', `<${el.name}>`);
        continue;
      }
      gone.add(el);
      counter.fire('hidden-element', 1, textOf(el));
    }
  }
  gone.commit();
}

export function dropChromeBlocks(root: ParentNode, counter: RuleCounter): void {
  const gone = new RemovalBatch();
  const bodyChars = textOf(root).replace(/\s+/g, '').length;
  for (const el of elementsOf(root)) {
    if (gone.has(el)) continue;
    const dataReadMore = Object.keys(el.attribs).some((name) => /readmore|selfpromo/.test(name));
    if (!dataReadMore && !markerTokens(el).some((token) => CHROME_WORDS.test(token))) continue;
    if (holdsMostText(el, bodyChars)) {
      // The safety net: a widget's class on the block that holds the article is a mistake.
      counter.holdBack('ad-promo-or-share-block', `<${el.name} class="${el.attribs.class ?? ''}">`);
      continue;
    }
    gone.add(el);
    counter.fire('ad-promo-or-share-block', 1, textOf(el));
  }
  gone.commit();
}

/** A frame from a known video host becomes a link to the video; other frames go. */
export function replaceFrames(root: ParentNode, counter: RuleCounter): void {
  const gone = new RemovalBatch();
  for (const el of elementsOf(root)) {
    if (el.name !== 'iframe' || el.parent === null || gone.has(el)) continue;
    const url = validateHttpUrl(el.attribs.src ?? el.attribs['data-src']);
    const host = url ? new URL(url).hostname : '';
    if (url && VIDEO_HOSTS.test(host)) {
      const title = el.attribs.title?.trim() || `视频：${host}`;
      replaceWith(el, [element('p', {}, [element('a', { href: url, 'data-video-link': '' }, [text(title)])])]);
      counter.fire('video-frame-to-link');
    } else {
      gone.add(el);
      counter.fire('embedded-frame');
    }
  }
  gone.commit();
}

export function resolveImages(root: ParentNode, counter: RuleCounter): void {
  const gone = new RemovalBatch();
  for (const el of elementsOf(root)) {
    if (el.name !== 'img' || el.parent === null) continue;
    const lazy = LAZY_IMAGE_ATTRIBUTES.map((name) => validateHttpUrl(el.attribs[name])).find((url) => url !== null);
    if (lazy && lazy !== el.attribs.src) {
      el.attribs.src = lazy;
      counter.fire('lazy-image-src');
    }
    const width = el.attribs.width ?? el.attribs.w ?? el.attribs['data-width'];
    const height = el.attribs.height ?? el.attribs.h ?? el.attribs['data-height'];
    if ((!el.attribs.width && width) || (!el.attribs.height && height)) counter.fire('image-dimensions');
    const src = validateHttpUrl(el.attribs.src);
    const size = (value: string | undefined): number | null => {
      const n = Number.parseInt(value ?? '', 10);
      return Number.isFinite(n) && n > 0 ? n : null;
    };
    const w = size(width);
    const h = size(height);
    if (src === null) {
      gone.add(el);
      counter.fire('image-without-http-source');
      continue;
    }
    if ((w !== null && w <= 2) || (h !== null && h <= 2)) {
      gone.add(el);
      counter.fire('tracking-pixel');
      continue;
    }
    const kept: Record<string, string> = { src };
    if (el.attribs.alt) kept.alt = el.attribs.alt;
    if (el.attribs.title) kept.title = el.attribs.title;
    if (w !== null) kept.width = String(w);
    if (h !== null) kept.height = String(h);
    el.attribs = kept;
  }
  gone.commit();
}

export function dropEndMarkersAndNotices(root: ParentNode, counter: RuleCounter): void {
  const gone = new RemovalBatch();
  for (const el of elementsOf(root)) {
    if (!['p', 'div', 'span', 'section'].includes(el.name) || gone.has(el)) continue;
    const content = textOf(el).trim();
    if (content.length > 80) continue;
    if (THE_END.test(content) && !hasMedia(el)) {
      gone.add(el);
      counter.fire('the-end-marker', 1, content);
    } else if (REPRINT_NOTICE.test(content) && !hasMedia(el)) {
      gone.add(el);
      counter.fire('reprint-notice', 1, content);
    }
  }
  gone.commit();
}

/** Blocks made only of links and separators, e.g. '返回首页｜返回新闻'. */
export function dropBackLinks(root: ParentNode, counter: RuleCounter): void {
  const isBackLink = (node: ChildNode) => isTag(node) && node.name === 'a' && BACK_LINK.test(textOf(node).trim());
  // Each parent is judged once, however many back links it holds (49,000 links took minutes).
  const byParent = new Map<ParentNode, Element[]>();
  for (const el of elementsOf(root)) {
    if (el.parent === null || !isBackLink(el)) continue;
    const list = byParent.get(el.parent);
    if (list) list.push(el);
    else byParent.set(el.parent, [el]);
  }
  const gone = new RemovalBatch();
  for (const [parent, links] of byParent) {
    if (isTag(parent) && gone.has(parent)) continue;
    const onlyLinks = parent.children.every(
      (node) =>
        (isTag(node) && node.name === 'a' && links.includes(node)) ||
        (isText(node) && LINK_SEPARATORS.test(node.data)) ||
        (isTag(node) && node.name === 'br'),
    );
    if (onlyLinks && isTag(parent) && parent.parent !== null && parent !== root) {
      gone.add(parent);
      counter.fire('back-to-site-link', 1, textOf(parent));
      continue;
    }
    for (const link of links) {
      // Loose links at the body's top level: drop the link and a separator right after it.
      const next = link.next;
      if (next && isText(next) && /^[\s|｜/·•]*$/.test(next.data.split('\n')[0] ?? '')) {
        next.data = next.data.replace(/^[ \t|｜/·•]+/, '');
      }
      gone.add(link);
      counter.fire('back-to-site-link', 1, textOf(link));
    }
  }
  gone.commit();
}

/** A footer of '#tag' links (as news sites print under an article): lifted into tags, then removed. */
export function liftHashtagFooters(root: ParentNode, counter: RuleCounter): string[] {
  const tags: string[] = [];
  const gone = new RemovalBatch();
  for (const el of elementsOf(root)) {
    if (el.parent === null || el.name === 'a' || gone.has(el)) continue;
    const children = el.children.filter((node) => !(isText(node) && isBlank(node.data)));
    if (children.length === 0) continue;
    const found: string[] = [];
    const all = children.every((node) => {
      if (!isTag(node) || node.name !== 'a') return false;
      const tag = hashtagOf(textOf(node));
      if (tag === null) return false;
      found.push(tag);
      return true;
    });
    if (all && found.length > 0) {
      for (const tag of found) if (!tags.includes(tag)) tags.push(tag);
      gone.add(el);
      counter.fire('hashtag-footer', 1, textOf(el));
    }
  }
  gone.commit();
  return tags;
}

/** A link whose text is the document's own title, before any other text: it points to the original. */
export function liftTitleLink(root: ParentNode, title: string | null, counter: RuleCounter): string | null {
  if (!title) return null;
  const wanted = normalizeForCompare(title);
  for (const node of allNodes(root)) {
    if (isText(node) && !isBlank(node.data)) return null;
    if (isTag(node) && node.name === 'a' && normalizeForCompare(textOf(node)) === wanted) {
      const url = validateHttpUrl(node.attribs.href);
      let next = node.next;
      while (next && isText(next) && isBlank(next.data)) next = next.next;
      if (next && isTag(next) && next.name === 'hr') remove(next);
      remove(node);
      counter.fire('title-link', 1, textOf(node));
      return url;
    }
    if (isTag(node) && ['img', 'table', 'video'].includes(node.name)) return null;
  }
  return null;
}

/**
 * The title printed again at the top of the body (the page's own heading, scraped with it): the
 * block that holds only the title, before any other text, is taken out and recorded.
 */
export function dropRepeatedTitle(root: ParentNode, title: string | null, counter: RuleCounter): void {
  if (!title) return;
  const wanted = normalizeForCompare(title);
  if (wanted === '') return;
  const first = allNodes(root).find((node) => isText(node) && !isBlank(node.data));
  if (!first || normalizeForCompare(textOf(first)) !== wanted) return;
  // The outermost block around it that holds nothing but the title.
  let block: ChildNode = first;
  while (block.parent && isTag(block.parent) && normalizeForCompare(textOf(block.parent)) === wanted)
    block = block.parent;
  if (isTag(block) && hasMedia(block)) return;
  // A body that is nothing but its title keeps it: an empty page says less.
  if (normalizeForCompare(textOf(root)).length <= wanted.length) return;
  remove(block);
  counter.fire('title-repeated', 1, textOf(block));
}

/** Text to compare with a title: sites change its dashes, quotes and ellipses, never its words. */
/** A link a CMS marks as the author, a term or the permalink (rel="author", "tag", "category", "bookmark"). */
const META_REL = /(?:^|\s)(?:author|tag|category|bookmark)(?:\s|$)/i;
const META_BLOCKS = new Set(['div', 'span', 'p', 'footer', 'header', 'ul', 'section', 'aside', 'nav']);
/** What a meta line may say besides its links and times ('Tagged', 'Published', 'by', '0 Minutes'). */
const MAX_META_WORDS = 24;

/** The text of an element outside its links and <time> elements. */
function textOutsideLinks(el: ParentNode): string {
  let out = '';
  for (const child of el.children) {
    if (isText(child)) out += child.data;
    else if (isTag(child) && child.name !== 'a' && child.name !== 'time') out += textOutsideLinks(child);
  }
  return out;
}

export type MetaLines = { tags: string[]; author: string | null };

/**
 * Byline, date and term lines, recognised by shape, not by site: a block whose links are all ones
 * a CMS marks as the author, a term or the permalink, with little text of its own ('Tagged',
 * 'Published', '0 Minutes'). Removed and recorded; its terms become tags and its author the
 * author where front matter names none.
 */
export function dropMetaLines(root: ParentNode, counter: RuleCounter): MetaLines {
  const found: MetaLines = { tags: [], author: null };
  const gone = new RemovalBatch();
  const bodyChars = textOf(root).replace(/\s+/g, '').length;
  for (const el of elementsOf(root)) {
    if (!META_BLOCKS.has(el.name) || gone.has(el)) continue;
    const links = elementsOf(el).filter((node) => node.name === 'a');
    if (links.length === 0 || !links.every((a) => META_REL.test(a.attribs.rel ?? ''))) continue;
    const own = textOutsideLinks(el).replace(/[\s\p{P}\p{S}\d]+/gu, '');
    if (own.length > MAX_META_WORDS || holdsMostText(el, bodyChars)) continue;
    for (const a of links) {
      const text = textOf(a).replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      if (/(?:^|\s)author(?:\s|$)/i.test(a.attribs.rel ?? '')) found.author ??= text;
      else if (/(?:^|\s)(?:tag|category)(?:\s|$)/i.test(a.attribs.rel ?? '') && !found.tags.includes(text))
        found.tags.push(text);
    }
    gone.add(el);
    counter.fire('byline-or-meta-line', 1, textOf(el));
  }
  gone.commit();
  return found;
}

function normalizeForCompare(value: string): string {
  return value.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function dropEmptyBlocks(root: ParentNode, counter: RuleCounter): void {
  // Deepest first, so a div that only held empty paragraphs goes too.
  const empty = new Set<Element>();
  for (const el of elementsOf(root).reverse()) {
    if (!['p', 'div', 'span', 'section', 'b', 'strong', 'i', 'em', 'font', 'center'].includes(el.name)) continue;
    if (hasMedia(el) || !isBlank(textOf(el))) continue;
    empty.add(el);
    if (el.name === 'p') counter.fire('empty-paragraph');
  }
  // Only the outermost empty elements need taking out; their empty children go with them.
  removeAll([...empty].filter((el) => !(el.parent && isTag(el.parent) && empty.has(el.parent))));
}

/** Attributes no reader needs (classes, ids, data-*, presentational sizes); the sanitizer has the final word. */
export function dropPresentationalAttributes(root: ParentNode): void {
  const keep: Record<string, string[]> = {
    a: ['href', 'title', 'data-video-link'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start', 'reversed'],
    time: ['datetime'],
  };
  for (const el of elementsOf(root)) {
    const allowed = keep[el.name] ?? [];
    for (const name of Object.keys(el.attribs)) if (!allowed.includes(name)) delete el.attribs[name];
    if (el.name === 'a') {
      const href = validateHttpUrl(el.attribs.href);
      if (href) el.attribs.href = href;
      else delete el.attribs.href;
    }
  }
  // Elements that carry nothing but styling are unwrapped, keeping their text.
  unwrapAll(elementsOf(root).filter((el) => el.name === 'font' || el.name === 'center'));
}
