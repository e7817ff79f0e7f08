import { useSyncExternalStore } from 'react';
import { readJson, writeJson } from '../../lib/safe-storage.ts';
import type { TextAnchor } from './text-anchor.ts';

/* Where the reader is in each document they have read, in this browser, newest first. */

export type ReadingPosition = {
  doc: string;
  /** Kept so the 'continue reading' row reads well before the library has loaded. */
  title: string;
  anchor: TextAnchor;
  /** How far through, 0–100. */
  percent: number;
  /** When the reader was last there, ISO 8601. */
  at: string;
};

const KEY = 'yuelan.positions.v1';
/** Enough for anyone's recent reading; older places are forgotten. */
const KEPT = 50;

/** Stored anchors are checked, as anything in storage may have been edited or be of an older version. */
export function isTextAnchor(value: unknown): value is TextAnchor {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    (a.section === null || typeof a.section === 'string') &&
    Number.isInteger(a.block) &&
    (a.block as number) >= 0 &&
    Number.isInteger(a.offset) &&
    (a.offset as number) >= 0 &&
    typeof a.quote === 'string' &&
    typeof a.prefix === 'string'
  );
}

function isPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.doc === 'string' &&
    typeof p.title === 'string' &&
    isTextAnchor(p.anchor) &&
    typeof p.percent === 'number' &&
    p.percent >= 0 &&
    p.percent <= 100 &&
    typeof p.at === 'string'
  );
}

let current: ReadingPosition[] | null = null;
const listeners = new Set<() => void>();

export function getPositions(): ReadingPosition[] {
  // Entries of the wrong shape are dropped one by one, not the whole list.
  current ??= readJson('local', KEY, [], Array.isArray).filter(isPosition);
  return current;
}

export function positionOf(doc: string): ReadingPosition | null {
  return getPositions().find((p) => p.doc === doc) ?? null;
}

/** Records the reader's place in a document, as the newest. */
export function savePosition(entry: Omit<ReadingPosition, 'at'>): void {
  const next = [{ ...entry, at: new Date().toISOString() }, ...getPositions().filter((p) => p.doc !== entry.doc)].slice(
    0,
    KEPT,
  );
  current = next;
  writeJson('local', KEY, next, { matters: false });
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const none: ReadingPosition[] = [];

export function usePositions(): ReadingPosition[] {
  return useSyncExternalStore(subscribe, getPositions, () => none);
}

/** For tests: read storage again. */
export function resetPositionsForTests(): void {
  current = null;
}
