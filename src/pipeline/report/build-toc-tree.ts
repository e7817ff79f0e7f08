import type { TocNodeKind } from '#shared/bundle-schema.ts';
import { FRONT_LABEL, type NumberStyle, type TocLine } from './parse-toc.ts';

/** A TOC entry on its way to the tree: where it came from and how to recognise it in the body. */
export type RecoveredNode = {
  kind: TocNodeKind;
  level: number;
  number: string | null;
  title: string;
  /** Front matter printed as a label above its title ('前言' over '迎难而上…'). */
  label: string | null;
  page: number | null;
  /** Other wordings of the same entry (a chapter's own section list may differ from the TOC). */
  aliases: string[];
  children: RecoveredNode[];
  /** Set once the entry is found in the body. */
  line: number | null;
  id: string;
};

/** A contents node not yet found in the body: what every source of entries starts from. */
export function recoveredNode(
  fields: Pick<RecoveredNode, 'kind' | 'level' | 'title'> & Partial<Pick<RecoveredNode, 'number' | 'label' | 'page'>>,
): RecoveredNode {
  return { number: null, label: null, page: null, ...fields, aliases: [], children: [], line: null, id: '' };
}

function node(kind: TocNodeKind, level: number, entry: TocLine, label: string | null = null): RecoveredNode {
  return recoveredNode({ kind, level, number: entry.number, title: entry.title, label, page: entry.page });
}

/** Hangs `current` under the nearest open node of a lower level (or at the root) and opens it. */
export function placeByLevel(roots: RecoveredNode[], stack: RecoveredNode[], current: RecoveredNode): void {
  while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= current.level) stack.pop();
  const parent = stack.at(-1);
  if (parent) parent.children.push(current);
  else roots.push(current);
  stack.push(current);
}

function styleLevels(entries: readonly TocLine[]): Map<NumberStyle, number> {
  const levels = new Map<NumberStyle, number>();
  for (const entry of entries) {
    if (entry.style !== 'none' && entry.style !== 'decimal' && !levels.has(entry.style))
      levels.set(entry.style, levels.size + 1);
  }
  return levels;
}

function levelOf(entry: TocLine, levels: Map<NumberStyle, number>): number {
  if (entry.style === 'decimal') return levels.size + entry.depth - (levels.size === 0 ? 0 : 1);
  return levels.get(entry.style) ?? 1;
}

/** Merges a front label with the plain line after it, which is the section's real title. */
function mergeFrontLabels(entries: TocLine[]): { entry: TocLine; label: string | null }[] {
  const out: { entry: TocLine; label: string | null }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    const next = entries[i + 1];
    if (
      FRONT_LABEL.test(entry.title) &&
      next &&
      !FRONT_LABEL.test(next.title) &&
      next.style === 'none' &&
      next.page === null &&
      entry.page === null
    ) {
      out.push({ entry: next, label: entry.title });
      i++;
    } else {
      out.push({ entry, label: null });
    }
  }
  return out;
}

/**
 * TOC lines to a tree. Numbered TOCs take levels from their numbering schemes, in the order
 * the schemes first appear; unnumbered ones from pages (an entry with a page is a chapter, the
 * plain lines after it its sections). Entries before the first chapter are front matter.
 */
export function buildTocTree(entries: readonly TocLine[]): RecoveredNode[] {
  const numbered = entries.some((entry) => entry.style !== 'none');
  const levels = styleLevels(entries);
  const isChapter = (entry: TocLine): boolean =>
    numbered ? entry.style !== 'none' && levelOf(entry, levels) === 1 : entry.page !== null;
  const firstChapter = entries.findIndex(isChapter);
  const front = firstChapter === -1 ? [] : entries.slice(0, firstChapter);
  const rest = firstChapter === -1 ? [...entries] : entries.slice(firstChapter);

  const roots: RecoveredNode[] = mergeFrontLabels([...front]).map(({ entry, label }) => node('front', 1, entry, label));
  const stack: RecoveredNode[] = [];
  for (const entry of rest) {
    let level: number;
    if (numbered) level = entry.style === 'none' ? (stack[stack.length - 1]?.level ?? 1) + 1 : levelOf(entry, levels);
    else level = entry.page !== null ? 1 : 2;
    level = Math.min(level, 3);
    const kind: TocNodeKind = level === 1 ? 'chapter' : 'section';
    placeByLevel(roots, stack, node(kind, level, entry));
  }
  return roots;
}

export function flatten(nodes: readonly RecoveredNode[]): RecoveredNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
