import { flatten, recoveredNode, type RecoveredNode } from './build-toc-tree.ts';
import { similarity } from './text-match.ts';
import { splitTrailingPage } from './trailing-page.ts';

/*
 * Many reports open each chapter with its own list of sections and their pages
 * ('1.1 夯实科研基础<TAB>09'). Those lists carry the section numbers and pages the front TOC
 * may lack, and mark where the chapter begins in the body.
 */
export type SectionListEntry = { line: number; number: string; title: string; page: number | null };
export type SectionList = { start: number; end: number; entries: SectionListEntry[] };

const LIST_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*)$/;
const LIST_SEPARATORS = { leaders: '.·…', spaces: false };

/** A section-list line's number, title and page ('1.1 夯实科研基础<TAB>09'), or null. */
export function parseListLine(text: string): { number: string; title: string; page: number } | null {
  const numbered = LIST_NUMBER.exec(text);
  if (!numbered?.[1] || !numbered[2]) return null;
  const rest = splitTrailingPage(numbered[2], LIST_SEPARATORS);
  return rest ? { number: numbered[1], title: rest.title, page: rest.page } : null;
}

export function findSectionLists(lines: readonly string[], from: number): SectionList[] {
  const lists: SectionList[] = [];
  let current: SectionList | null = null;
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    const parsed = parseListLine(text);
    if (parsed) {
      const entry = { line: i, ...parsed };
      if (current && i - current.end <= 2) {
        current.entries.push(entry);
        current.end = i;
      } else {
        current = { start: i, end: i, entries: [entry] };
        lists.push(current);
      }
    } else {
      current = null;
    }
  }
  return lists.filter((list) => list.entries.length >= 2);
}

const SIMILAR_ENOUGH = 0.55;

/**
 * Gives chapters' sections the numbers and pages of the chapter's own list. A list entry that
 * the TOC lacks becomes a section of its own: found structure is kept, never dropped.
 */
export function applySectionLists(roots: RecoveredNode[], lists: readonly SectionList[]): void {
  const chapters = roots.filter((n) => n.kind === 'chapter');
  for (const list of lists) {
    const prefix = Number(list.entries[0]?.number.split('.')[0]);
    const chapter =
      chapters.find((c) => c.number !== null && Number(c.number.replace(/\D+/g, '')) === prefix) ??
      chapters[prefix - 1];
    if (!chapter) continue;
    if (chapter.number === null) chapter.number = String(prefix);
    const sections = flatten(chapter.children);
    const used = new Set<RecoveredNode>();
    list.entries.forEach((entry, index) => {
      let best: RecoveredNode | null = null;
      let bestScore = 0;
      for (const section of sections) {
        if (used.has(section)) continue;
        const score = Math.max(similarity(section.title, entry.title), section.number === entry.number ? 1 : 0);
        if (score > bestScore) {
          best = section;
          bestScore = score;
        }
      }
      // Same position in both lists is good evidence when the wording drifted further.
      const byOrder = sections[index];
      if ((!best || bestScore < SIMILAR_ENOUGH) && byOrder && !used.has(byOrder)) {
        best = byOrder;
        bestScore = SIMILAR_ENOUGH;
      }
      if (best && bestScore >= SIMILAR_ENOUGH) {
        used.add(best);
        best.number ??= entry.number;
        best.page ??= entry.page;
        if (entry.title !== best.title) best.aliases.push(entry.title);
      } else {
        chapter.children.push(
          recoveredNode({
            kind: 'section',
            level: chapter.level + 1,
            number: entry.number,
            title: entry.title,
            page: entry.page,
          }),
        );
      }
    });
  }
}
