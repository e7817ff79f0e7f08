import type { TocNodeKind } from '#shared/bundle-schema.ts';
import { placeByLevel, recoveredNode, type RecoveredNode } from './build-toc-tree.ts';
import { isTocHeading } from './detect-report.ts';
import { parseTocLine } from './parse-toc.ts';
import { similarity } from './text-match.ts';

/*
 * A PDF's outline (its bookmarks) beside the printed contents. The outline knows the exact page
 * of every entry it has, but it can be deeper or shallower than the printed contents, partial,
 * mis-nested, or hold bookmarks for the cover and the contents page itself. So it is used in
 * two ways only: as the contents when none is printed, and as the page of a printed entry whose
 * heading the text does not show.
 */

/** One bookmark: its title, its depth (0 for the top) and the 1-based page it points at. */
export type OutlineEntry = { title: string; depth: number; page: number | null };

const MIN_SAME_TITLE = 0.8;

/** Bookmarks a reader does not need in the contents: the cover and the contents page. */
function isFurniture(entry: OutlineEntry, index: number): boolean {
  if (isTocHeading(entry.title)) return true;
  return index === 0 && entry.page === 1 && /^(?:cover|封面)$/i.test(entry.title.trim());
}

/** Outline entries to contents nodes, nested as the outline nests them (three levels at most). */
export function nodesFromOutline(outline: readonly OutlineEntry[]): RecoveredNode[] {
  const roots: RecoveredNode[] = [];
  const stack: RecoveredNode[] = [];
  outline.forEach((entry, index) => {
    if (isFurniture(entry, index) || entry.title.trim() === '') return;
    const level = Math.min(entry.depth + 1, 3);
    const parsed = parseTocLine(entry.title, -1);
    const kind: TocNodeKind = level === 1 ? 'chapter' : 'section';
    placeByLevel(
      roots,
      stack,
      recoveredNode({ kind, level, number: parsed.number, title: parsed.title, page: entry.page }),
    );
  });
  return roots;
}

/** The page the outline gives for a contents entry: the bookmark with the same title, if any. */
export function outlinePageOf(node: RecoveredNode, outline: readonly OutlineEntry[]): number | null {
  let best: OutlineEntry | null = null;
  let bestScore = MIN_SAME_TITLE;
  const titles = [node.title, `${node.number ?? ''}${node.title}`];
  for (const entry of outline) {
    if (entry.page === null) continue;
    const score = Math.max(...titles.map((t) => similarity(t, entry.title)));
    if (score >= bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best?.page ?? null;
}
