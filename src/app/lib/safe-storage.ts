/*
 * Browser storage that never takes the app down: private modes throw on access, quotas fill,
 * and stored JSON can be corrupt. Every failure falls back to the default.
 */
export type StorageKind = 'local' | 'session';

function storage(kind: StorageKind): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readJson<T>(kind: StorageKind, key: string, fallback: T, accept: (value: unknown) => value is T): T {
  try {
    const raw = storage(kind)?.getItem(key);
    if (raw === null || raw === undefined) return fallback;
    const value: unknown = JSON.parse(raw);
    return accept(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Returns false when the value could not be stored. */
export function writeJson(kind: StorageKind, key: string, value: unknown): boolean {
  try {
    const target = storage(kind);
    if (!target) return false;
    target.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
