import { useSyncExternalStore } from 'react';
import { readJson, writeJson } from '../../lib/safe-storage.ts';

/*
 * The reading list: documents and report sections the reader keeps, in this browser. Titles are
 * kept with each entry so the list reads well even for a document a later build dropped.
 */

export type Bookmark = {
  doc: string;
  /** A report section's id, or null for the whole document. */
  section: string | null;
  title: string;
  sectionTitle: string | null;
  /** When it was added, ISO 8601. */
  added: string;
};

const KEY = 'yuelan.bookmarks.v1';

function isBookmark(value: unknown): value is Bookmark {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    typeof b.doc === 'string' &&
    (b.section === null || typeof b.section === 'string') &&
    typeof b.title === 'string' &&
    (b.sectionTitle === null || typeof b.sectionTitle === 'string') &&
    typeof b.added === 'string'
  );
}

function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

let current: Bookmark[] | null = null;
const listeners = new Set<() => void>();

export function getBookmarks(): Bookmark[] {
  // Entries of the wrong shape are dropped one by one, not the whole list.
  current ??= readJson('local', KEY, [], isList).filter(isBookmark);
  return current;
}

function save(next: Bookmark[]): void {
  current = next;
  writeJson('local', KEY, next);
  for (const listener of listeners) listener();
}

export function isBookmarked(list: readonly Bookmark[], doc: string, section: string | null): boolean {
  return list.some((b) => b.doc === doc && b.section === section);
}

/** Adds the entry, or takes it away if it is there. */
export function toggleBookmark(entry: Omit<Bookmark, 'added'>): void {
  const list = getBookmarks();
  save(
    isBookmarked(list, entry.doc, entry.section)
      ? list.filter((b) => !(b.doc === entry.doc && b.section === entry.section))
      : [...list, { ...entry, added: new Date().toISOString() }],
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBookmarks(): Bookmark[] {
  return useSyncExternalStore(subscribe, getBookmarks, () => []);
}

/** For tests: read storage again. */
export function resetBookmarksForTests(): void {
  current = null;
}
