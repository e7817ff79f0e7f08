import { element, isTag, isText, relink, text, type ChildNode, type ParentNode } from './html-tree.ts';
import type { RuleCounter } from './rule-counter.ts';

// Scrapers paste Markdown into HTML bodies: '<https://…>' autolinks, '[title](url)' links,
// '------' rules and '**bold**'. They are understood rather than shown as punctuation.
const AUTOLINK = /<(https?:\/\/[^\s<>"']+)>/g;
// Link text may hold one level of brackets ('[[專題]標題](https://…)', as Matters prints titles).
const LINK = /\[((?:[^[\]\n]|\[[^[\]\n]{0,100}\]){1,300})\]\(((?:https?:)?\/\/[^\s()]+)\)/g;
const RULE_LINE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;
const BOLD = /\*\*([^*\n]{1,400})\*\*/g;

/** Runs on the raw string: an autolink would otherwise parse as an element named 'http:'. */
export function convertAutolinks(html: string, counter: RuleCounter): string {
  return html.replace(AUTOLINK, (_match, url: string) => {
    counter.fire('markdown-autolink');
    const safe = url.replace(/&/g, '&amp;');
    return `<a href="${safe}">${safe}</a>`;
  });
}

function inlineNodes(data: string, counter: RuleCounter): ChildNode[] | null {
  const pattern = new RegExp(`${LINK.source}|${BOLD.source}`, 'g');
  const out: ChildNode[] = [];
  let last = 0;
  let changed = false;
  for (const match of data.matchAll(pattern)) {
    const index = match.index;
    if (index > last) out.push(text(data.slice(last, index)));
    if (match[1] !== undefined && match[2] !== undefined) {
      counter.fire('markdown-link');
      const href = match[2].startsWith('//') ? `https:${match[2]}` : match[2];
      out.push(element('a', { href }, [text(match[1])]));
    } else if (match[3] !== undefined) {
      counter.fire('markdown-bold');
      out.push(element('strong', {}, [text(match[3])]));
    }
    last = index + match[0].length;
    changed = true;
  }
  if (!changed) return null;
  if (last < data.length) out.push(text(data.slice(last)));
  return out;
}

export function convertMarkdownFragments(root: ParentNode, counter: RuleCounter): void {
  const visit = (parent: ParentNode): void => {
    // The parent's children are rebuilt once: replacing each text in place re-copied them all,
    // n² over a body of thousands of fragments.
    const children: ChildNode[] = [];
    let changedAny = false;
    for (const child of parent.children) {
      if (isTag(child)) {
        if (child.name !== 'pre' && child.name !== 'code' && child.name !== 'a') visit(child);
        children.push(child);
        continue;
      }
      const nodes = isText(child) ? convertText(child.data, counter) : null;
      if (nodes === null) {
        children.push(child);
        continue;
      }
      changedAny = true;
      for (const node of nodes) children.push(node);
    }
    if (changedAny) {
      parent.children = children;
      relink(parent);
    }
  };
  visit(root);
}

/** A text's Markdown rules, links and bold as nodes, or null when it holds none. */
function convertText(data: string, counter: RuleCounter): ChildNode[] | null {
  const lines = data.split('\n');
  const nodes: ChildNode[] = [];
  let buffer: string[] = [];
  let changed = false;
  const flush = (): void => {
    if (buffer.length === 0) return;
    const joined = buffer.join('\n');
    const inline = inlineNodes(joined, counter);
    if (inline) changed = true;
    // One at a time: spreading 100,000 nodes into push() overflows the call stack.
    for (const node of inline ?? [text(joined)]) nodes.push(node);
    buffer = [];
  };
  for (const line of lines) {
    if (RULE_LINE.test(line)) {
      flush();
      counter.fire('markdown-rule');
      nodes.push(element('hr', {}));
      changed = true;
    } else {
      buffer.push(line);
    }
  }
  flush();
  return changed ? nodes : null;
}
