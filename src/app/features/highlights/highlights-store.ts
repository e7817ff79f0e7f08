import { useSyncExternalStore } from 'react';
import { markdownLink, markdownText } from '../../lib/markdown-text.ts';
import { keepStorage } from '../../lib/persist-storage.ts';
import { readJson, writeJson } from '../../lib/safe-storage.ts';
import type { TextQuote } from './text-quote.ts';
import { messagesOf } from '../../i18n/messages.ts';
import { highlightsMessages } from '../../i18n/zh/highlights.ts';

/* The reader's highlights and notes, in this browser; exported and imported as JSON. */

export type Highlight = TextQuote & {
  id: string;
  doc: string;
  /** Kept so the list reads well even for a document a later build dropped. */
  title: string;
  /** The report section it is in: its heading's id and title. */
  section: string | null;
  sectionTitle: string | null;
  note: string;
  /** ISO 8601. */
  created: string;
  /** When it came in by an import (ISO 8601), so that one import can be taken back whole. */
  imported?: string;
};

/** What an import may bring: a file past these is refused or cut, not painted into every page. */
export const IMPORT_LIMITS = {
  /** Bytes of one file. */
  fileBytes: 2 * 1024 * 1024,
  /** Highlights of one file, and kept in all. */
  count: 2_000,
  quoteChars: 2_000,
  contextChars: 64,
  noteChars: 10_000,
} as const;

const KEY = 'yuelan.highlights.v1';

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

export function isHighlight(value: unknown): value is Highlight {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Record<string, unknown>;
  return (
    typeof h.id === 'string' &&
    typeof h.doc === 'string' &&
    typeof h.title === 'string' &&
    isNullableString(h.section) &&
    isNullableString(h.sectionTitle) &&
    typeof h.quote === 'string' &&
    h.quote !== '' &&
    typeof h.prefix === 'string' &&
    typeof h.suffix === 'string' &&
    typeof h.note === 'string' &&
    typeof h.created === 'string' &&
    (h.imported === undefined || typeof h.imported === 'string')
  );
}

function withinLimits(h: Highlight): boolean {
  return (
    h.quote.trim() !== '' &&
    h.quote.length <= IMPORT_LIMITS.quoteChars &&
    h.prefix.length <= IMPORT_LIMITS.contextChars &&
    h.suffix.length <= IMPORT_LIMITS.contextChars &&
    h.note.length <= IMPORT_LIMITS.noteChars &&
    h.title.length <= IMPORT_LIMITS.quoteChars &&
    h.id.length <= 100 &&
    h.doc.length <= 100
  );
}

let current: Highlight[] | null = null;
const listeners = new Set<() => void>();

export function getHighlights(): Highlight[] {
  // Entries of the wrong shape are dropped one by one, not the whole list.
  current ??= readJson('local', KEY, [], Array.isArray).filter(isHighlight);
  return current;
}

function save(next: Highlight[]): void {
  current = next;
  writeJson('local', KEY, next);
  for (const listener of listeners) listener();
}

/** randomUUID exists only on https and localhost; a site served over plain http gets a random id too. */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function addHighlight(entry: Omit<Highlight, 'id' | 'created'>): Highlight {
  const highlight = { ...entry, id: newId(), created: new Date().toISOString() };
  save([...getHighlights(), highlight]);
  void keepStorage();
  return highlight;
}

export function setNote(id: string, note: string): void {
  save(getHighlights().map((h) => (h.id === id ? { ...h, note } : h)));
}

export function removeHighlight(id: string): void {
  save(getHighlights().filter((h) => h.id !== id));
}

export type ImportOutcome = { added: number; updated: number; skipped: number; batch: string };

/**
 * Highlights from an export (this app's JSON): new ones are added, ones already here (same id)
 * take the imported note, anything not a highlight or past the limits is skipped and counted.
 * Each is marked with the import's time, so the import can be taken back whole.
 */
export function importHighlights(json: unknown, now: Date = new Date()): ImportOutcome {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { highlights?: unknown }).highlights)
      ? (json as { highlights: unknown[] }).highlights
      : null;
  if (!list) throw new Error(messagesOf(highlightsMessages).notOurs);
  const byId = new Map(getHighlights().map((h) => [h.id, h]));
  const batch = now.toISOString();
  const outcome: ImportOutcome = { added: 0, updated: 0, skipped: 0, batch };
  for (const item of list) {
    const known = isHighlight(item) && byId.has(item.id);
    if (!isHighlight(item) || !withinLimits(item) || (!known && byId.size >= IMPORT_LIMITS.count)) {
      outcome.skipped++;
      continue;
    }
    if (known) outcome.updated++;
    else outcome.added++;
    byId.set(item.id, { ...item, imported: batch });
  }
  save([...byId.values()]);
  if (outcome.added + outcome.updated > 0) void keepStorage();
  return outcome;
}

/** Takes back one import: every highlight it brought or changed goes. */
export function removeImport(batch: string): number {
  const before = getHighlights();
  const after = before.filter((h) => h.imported !== batch);
  save(after);
  return before.length - after.length;
}

/** The imports the highlights came by, newest first, with how many highlights each holds now. */
export function importsOf(list: readonly Highlight[]): { batch: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const h of list) if (h.imported) counts.set(h.imported, (counts.get(h.imported) ?? 0) + 1);
  return [...counts].map(([batch, count]) => ({ batch, count })).sort((a, b) => b.batch.localeCompare(a.batch));
}

export function exportJson(list: readonly Highlight[]): string {
  return JSON.stringify({ format: 'yuelan-highlights', version: 1, highlights: list }, null, 2);
}

/** Markdown for notes apps: by document, each passage quoted, its note below, a link back. */
export function exportMarkdown(list: readonly Highlight[], docUrl: (doc: string) => string): string {
  const byDoc = new Map<string, Highlight[]>();
  for (const h of list) byDoc.set(h.doc, [...(byDoc.get(h.doc) ?? []), h]);
  const parts = [`# ${messagesOf(highlightsMessages).exportHeading}`, ''];
  for (const [doc, items] of byDoc) {
    // Titles, sections, quotes and notes are the documents' and readers' text: written as text.
    const title = (items[0]?.title ?? doc).replace(/\s+/g, ' ');
    parts.push(`## ${markdownLink(title, docUrl(doc))}`, '');
    for (const h of items) {
      if (h.sectionTitle) parts.push(`*${markdownText(h.sectionTitle.replace(/\s+/g, ' '))}*`, '');
      parts.push(...h.quote.split('\n').map((line) => `> ${markdownText(line)}`), '');
      if (h.note) parts.push(...h.note.split('\n').map(markdownText), '');
    }
  }
  return parts.join('\n');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const none: Highlight[] = [];

export function useHighlights(): Highlight[] {
  return useSyncExternalStore(subscribe, getHighlights, () => none);
}

/** For tests: read storage again. */
export function resetHighlightsForTests(): void {
  current = null;
}
