import render from 'dom-serializer';
import { Element, Text, isTag, isText, type ChildNode, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { checkTimeBudgetSometimes } from '../time-budget.ts';

export { Element, Text, isTag, isText };
export type { ChildNode, ParentNode };

export function parseHtml(html: string): ParentNode {
  return parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true });
}

export function serializeHtml(root: ParentNode): string {
  return render(root.children, { encodeEntities: 'utf8', decodeEntities: true });
}

/** Text content with no markup, the way a reader would see it (block ends become new lines). */
export function textOf(node: ChildNode | ParentNode): string {
  if ('data' in node && isText(node)) return node.data;
  if (!('children' in node)) return '';
  const parts: string[] = [];
  for (const child of node.children) {
    const text = textOf(child);
    parts.push(isTag(child) && BLOCK_TAGS.has(child.name) ? `\n${text}\n` : text);
  }
  return parts.join('');
}

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Every element below root, depth first, collected first so rules may remove while iterating. */
export function elementsOf(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    checkTimeBudgetSometimes('walking the HTML');
    if (isTag(node)) {
      out.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return out;
}

export function allNodes(root: ParentNode): ChildNode[] {
  const out: ChildNode[] = [];
  const walk = (parent: ParentNode): void => {
    for (const child of parent.children) {
      checkTimeBudgetSometimes('walking the HTML');
      out.push(child);
      if ('children' in child) walk(child);
    }
  };
  walk(root);
  return out;
}

/** Elements and nesting depth, counted without recursion (hostile HTML nests 100,000 deep). */
export function htmlShape(root: ParentNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [ChildNode, number][] = root.children.map((child) => [child, 1]);
  while (stack.length > 0) {
    const [node, level] = stack.pop() ?? [];
    if (!node || level === undefined || !isTag(node)) continue;
    elements++;
    depth = Math.max(depth, level);
    for (const child of node.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

/** Removes many nodes in one pass per parent: one by one, thousands of siblings cost n² time. */
export function removeAll(nodes: readonly ChildNode[]): void {
  const byParent = new Map<ParentNode, Set<ChildNode>>();
  for (const node of nodes) {
    if (!node.parent) continue;
    let set = byParent.get(node.parent);
    if (!set) byParent.set(node.parent, (set = new Set()));
    set.add(node);
  }
  for (const [parent, gone] of byParent) {
    parent.children = parent.children.filter((child) => !gone.has(child));
    parent.children.forEach((child, i) => {
      child.prev = parent.children[i - 1] ?? null;
      child.next = parent.children[i + 1] ?? null;
    });
    for (const node of gone) {
      node.parent = null;
      node.prev = null;
      node.next = null;
    }
  }
}

/**
 * Removals a rule decides on while it walks the tree, carried out together at the end: one
 * pass per parent, where removing thousands of siblings one by one costs n² time.
 */
export class RemovalBatch {
  private readonly queued = new Set<ChildNode>();

  add(node: ChildNode): void {
    this.queued.add(node);
  }

  /** Whether the node, or an element it is inside, is already to go. */
  has(node: ChildNode): boolean {
    for (let at: ChildNode | null = node; at; at = at.parent && isTag(at.parent) ? at.parent : null) {
      if (this.queued.has(at)) return true;
    }
    return false;
  }

  commit(): void {
    removeAll([...this.queued]);
    this.queued.clear();
  }
}

/** Puts each element's children in its place, one pass per parent (nested ones too). */
export function unwrapAll(elements: readonly Element[]): void {
  const targets = new Set<ChildNode>(elements);
  const expand = (parent: ParentNode, out: ChildNode[]): void => {
    for (const child of parent.children) {
      if (targets.has(child) && isTag(child)) expand(child, out);
      else out.push(child);
    }
  };
  const parents = new Set<ParentNode>();
  for (const el of elements) {
    let parent = el.parent;
    // The nearest parent that stays: nested targets are expanded into it.
    while (parent && targets.has(parent)) parent = parent.parent;
    if (parent) parents.add(parent);
  }
  for (const parent of parents) {
    const children: ChildNode[] = [];
    expand(parent, children);
    parent.children = children;
    relink(parent);
  }
}

export function remove(node: ChildNode): void {
  const parent = node.parent;
  if (parent === null) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
  const prev = node.prev;
  const next = node.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Puts nodes in place of one node, keeping sibling links right. */
export function replaceWith(node: ChildNode, replacements: ChildNode[]): void {
  const parent = node.parent;
  if (parent === null) return;
  const index = parent.children.indexOf(node);
  remove(node);
  for (const replacement of replacements) {
    if (replacement.parent) remove(replacement);
    replacement.parent = parent;
  }
  // Not splice(index, 0, ...replacements): spreading 100,000 nodes overflows the call stack.
  parent.children = [...parent.children.slice(0, index), ...replacements, ...parent.children.slice(index)];
  relink(parent);
}

export function relink(parent: ParentNode): void {
  const children = parent.children;
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
}

export function unwrap(element: Element): void {
  replaceWith(element, [...element.children]);
}

export function element(name: string, attribs: Record<string, string>, children: ChildNode[] = []): Element {
  const el = new Element(name, attribs, children);
  relink(el);
  return el;
}

export function text(data: string): Text {
  return new Text(data);
}

/** Non-breaking and full-width spaces count as white space for emptiness. */
export function isBlank(value: string): boolean {
  return value.replace(/[\s\u00a0\u3000\u200b\ufeff]/g, '') === '';
}

export function hasMedia(node: ParentNode): boolean {
  return elementsOf(node).some((el) =>
    ['img', 'video', 'audio', 'picture', 'svg', 'iframe', 'table', 'hr'].includes(el.name),
  );
}
