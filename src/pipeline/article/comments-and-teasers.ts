import { holdsMostText, markerTokens } from './cleaning-rules.ts';
import {
  allNodes,
  elementsOf,
  isTag,
  isText,
  RemovalBatch,
  textOf,
  type ChildNode,
  type Element,
  type ParentNode,
  type Text,
} from './html-tree.ts';
import type { RuleCounter } from './rule-counter.ts';

/*
 * Two kinds of chrome that follow an article on any site: its comment thread, and teasers of
 * the site's other articles. Both are told by shape (what a CMS calls the section, what its
 * entries hold, how much of the text is links), never by a site's own class names.
 */

/**
 * The class or id word of a whole comment section as CMSs name it (WordPress `comments-area`,
 * `commentlist`, `comment-respond`, Disqus `disqus_thread`), each a whole token. One comment's
 * own class (`comment`) is not among them: some sites publish a conversation as comments.
 */
const COMMENT_SECTION =
  /^(?:comments|comments?-(?:area|list|section|thread|wrapper|container)|commentlist|comment-respond|respond|disqus_thread)$/i;
/** A comment's reply link and permalink, as comment lists print under each comment. */
const COMMENT_LINK = /^(?:回复|回覆|Reply|永久(?:连接|链接|連結)|Permalink|Link)$/i;
/** A comment section's heading: '3 条评论', '2 Comments', 'Leave a Reply', '发表评论'. */
const COMMENTS_HEADING =
  /^(?:\d+\s*(?:条评论|則留言|条留言|comments?|responses?|replies)|(?:\d+\s*)?(?:thoughts? on|responses? to)\b.*|发表评论|發表評論|评论|評論|留言|leave a (?:reply|comment)|comments?)$/i;

const nonSpace = (value: string): number => value.replace(/\s+/g, '').length;

/** A list whose entries are comments: most of them hold a reply link or a permalink. */
function isCommentList(el: Element): boolean {
  if (el.name !== 'ol' && el.name !== 'ul') return false;
  const items = el.children.filter((c): c is Element => isTag(c) && c.name === 'li');
  if (items.length < 2) return false;
  const withLink = items.filter((li) =>
    elementsOf(li).some((a) => a.name === 'a' && COMMENT_LINK.test(textOf(a).trim())),
  ).length;
  return withLink * 2 > items.length;
}

/** The heading right before an element, among its earlier siblings, if it heads comments. */
function commentsHeadingBefore(el: Element): Element | null {
  let prev: ChildNode | null = el.prev;
  while (prev && isText(prev) && prev.data.trim() === '') prev = prev.prev;
  if (!prev || !isTag(prev) || !/^h[1-6]$/.test(prev.name)) return null;
  return COMMENTS_HEADING.test(textOf(prev).replace(/\s+/g, ' ').trim()) ? prev : null;
}

/**
 * Comment sections: an element a CMS names as the comment section, or a list whose entries carry
 * reply links and permalinks, with the heading above it. Removed and recorded, unless it holds
 * most of the text (a conversation published as comments stays).
 */
export function dropCommentSections(root: ParentNode, counter: RuleCounter): void {
  const gone = new RemovalBatch();
  const bodyChars = nonSpace(textOf(root));
  for (const el of elementsOf(root)) {
    if (gone.has(el) || el.parent === null) continue;
    if (!markerTokens(el).some((token) => COMMENT_SECTION.test(token)) && !isCommentList(el)) continue;
    if (holdsMostText(el, bodyChars)) {
      counter.holdBack('comment-section', `<${el.name} class="${el.attribs.class ?? ''}">`);
      continue;
    }
    const heading = commentsHeadingBefore(el);
    if (heading) {
      gone.add(heading);
      counter.fire('comment-section', 0, textOf(heading));
    }
    gone.add(el);
    counter.fire('comment-section', 1, textOf(el));
  }
  gone.commit();
}

/** What a block of teasers is headed by: 'Related', '相关文章', '推荐阅读', 'More from …'. */
const TEASER_LABEL =
  /^(?:related(?: (?:posts|articles|stories|reading))?|you (?:may|might) also like|more (?:from|stories|on)\b.*|read (?:more|next)|recommended(?: for you)?|相关(?:文章|阅读|推荐|新闻)|相關(?:文章|閱讀|新聞)|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|猜你喜欢|更多(?:文章|阅读|閱讀))$/i;
/** Text outside links that a teaser holds besides its links ('·', '2019', 'Jun 13th'). */
const TEASER_LOOSE_CHARS = 12;

function insideLink(node: ChildNode): Element | null {
  for (let p = node.parent; p && isTag(p); p = p.parent) if (p.name === 'a') return p;
  return null;
}

/** How many of the given text nodes each element holds, counted up the tree. */
function countUp(nodes: readonly Text[]): Map<ParentNode, number> {
  const counts = new Map<ParentNode, number>();
  for (const node of nodes) for (let p = node.parent; p; p = p.parent) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

/**
 * Teasers of other articles after the article: the text at the end of the body that is almost
 * all link text (titles, a site's name, dates in links) over two links or more, headed by a
 * label such as 'Related' or holding a heading or an image inside a link, as teaser cards do.
 * A closing list of references has sentences of its own between its links and no pictures, and
 * stays. Removed and recorded, never the block holding most of the text.
 */
export function dropTrailingTeasers(root: ParentNode, counter: RuleCounter): void {
  const texts = allNodes(root).filter((n): n is Text => isText(n) && n.data.trim() !== '');
  // The trailing texts, last first, each with the link it is in.
  const trailing: { node: Text; link: Element | null }[] = [];
  let label: Text | null = null;
  for (let k = texts.length - 1; k >= 0; k--) {
    const node = texts[k] as Text;
    if (TEASER_LABEL.test(node.data.replace(/\s+/g, ' ').trim())) {
      label = node;
      break;
    }
    const link = insideLink(node);
    if (!link && nonSpace(node.data) > TEASER_LOOSE_CHARS) break;
    trailing.push({ node, link });
  }
  // Teasers begin with a link: short text before the first one is the article's last words.
  while (trailing.length > 0 && trailing.at(-1)?.link === null) trailing.pop();
  trailing.reverse();
  const run = trailing.map((t) => t.node);
  const links = new Set<Element>();
  let linkChars = 0;
  let looseChars = 0;
  for (const { node, link } of trailing) {
    if (link) {
      links.add(link);
      linkChars += nonSpace(node.data);
    } else looseChars += nonSpace(node.data);
  }
  const hrefs = new Set([...links].map((a) => a.attribs.href ?? ''));
  const cards = [...links].some((a) => elementsOf(a).some((el) => el.name === 'img' || /^h[1-6]$/.test(el.name)));
  if (hrefs.size < 2 || linkChars < looseChars * 2 || (!label && !cards)) return;
  if (run.length === texts.length) return;
  const bodyChars = nonSpace(textOf(root));
  const taken = label ? [label, ...run] : run;
  // The outermost element around each taken text whose texts are all taken.
  const all = countUp(texts);
  const mine = countUp(taken);
  const within = (p: ParentNode | null): p is Element =>
    p !== null && p !== root && isTag(p) && all.get(p) === mine.get(p);
  const blocks = new Set<ChildNode>();
  for (const node of taken) {
    let top: ChildNode = node;
    while (within(top.parent)) top = top.parent;
    blocks.add(top);
  }
  const outer = [...blocks];
  if (outer.some((b) => isTag(b) && holdsMostText(b, bodyChars))) {
    counter.holdBack('teaser-list', 'teasers at the end');
    return;
  }
  const gone = new RemovalBatch();
  for (const block of outer) gone.add(block);
  counter.fire('teaser-list', 1, outer.map((b) => textOf(b)).join(' '));
  gone.commit();
}
