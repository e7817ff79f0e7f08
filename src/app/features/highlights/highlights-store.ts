import { useSyncExternalStore } from 'react';
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
};

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
    typeof h.created === 'string'
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
  return highlight;
}

export function setNote(id: string, note: string): void {
  save(getHighlights().map((h) => (h.id === id ? { ...h, note } : h)));
}

export function removeHighlight(id: string): void {
  save(getHighlights().filter((h) => h.id !== id));
}

export type ImportOutcome = { added: number; updated: number; skipped: number };

/**
 * Highlights from an export (this app's JSON): new ones are added, ones already here (same id)
 * take the imported note, anything not a highlight is skipped and counted.
 */
export function importHighlights(json: unknown): ImportOutcome {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { highlights?: unknown }).highlights)
      ? (json as { highlights: unknown[] }).highlights
      : null;
  if (!list) throw new Error(messagesOf(highlightsMessages).notOurs);
  const byId = new Map(getHighlights().map((h) => [h.id, h]));
  const outcome: ImportOutcome = { added: 0, updated: 0, skipped: 0 };
  for (const item of list) {
    if (!isHighlight(item)) {
      outcome.skipped++;
      continue;
    }
    if (byId.has(item.id)) outcome.updated++;
    else outcome.added++;
    byId.set(item.id, item);
  }
  save([...byId.values()]);
  return outcome;
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
    // A title is the source's text: brackets in it would end the link early.
    const title = (items[0]?.title ?? doc).replace(/[[\]\\]/g, '\\$&').replace(/\s+/g, ' ');
    parts.push(`## [${title}](${docUrl(doc)})`, '');
    for (const h of items) {
      if (h.sectionTitle) parts.push(`*${h.sectionTitle}*`, '');
      parts.push(...h.quote.split('\n').map((line) => `> ${line}`), '');
      if (h.note) parts.push(h.note, '');
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
