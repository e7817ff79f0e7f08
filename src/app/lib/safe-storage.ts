/*
 * Browser storage that never takes the app down: private modes throw on access, quotas fill,
 * and stored JSON can be corrupt. Every failure falls back to the default, and the first
 * failure of storage that matters to the reader (their settings) is reported once, so the app
 * can say why a choice will not be remembered.
 */
export type StorageKind = 'local' | 'session';

/** What went wrong: storage refused (private mode), ran out of room, or held unreadable data. */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

/** `matters: false` for data the reader would not miss (it is not reported). */
export type StorageOptions = { matters?: boolean };

let problem: StorageProblem | null = null;
const listeners = new Set<() => void>();

function report(found: StorageProblem, options: StorageOptions): void {
  if (options.matters === false || problem !== null) return;
  problem = found;
  for (const listener of listeners) listener();
}

export function storageProblem(): StorageProblem | null {
  return problem;
}

export function subscribeStorageProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: a fresh visit. */
export function resetStorageProblemForTests(): void {
  problem = null;
}

function storage(kind: StorageKind, options: StorageOptions): Storage | null {
  try {
    const target = kind === 'local' ? window.localStorage : window.sessionStorage;
    // Some browsers hand out a storage object that is null in sandboxed frames.
    if (!target) report('unavailable', options);
    return target ?? null;
  } catch {
    report('unavailable', options);
    return null;
  }
}

export function readJson<T>(
  kind: StorageKind,
  key: string,
  fallback: T,
  accept: (value: unknown) => value is T,
  options: StorageOptions = {},
): T {
  const target = storage(kind, options);
  let raw: string | null;
  try {
    raw = target?.getItem(key) ?? null;
  } catch {
    report('unavailable', options);
    return fallback;
  }
  if (raw === null) return fallback;
  try {
    const value: unknown = JSON.parse(raw);
    if (accept(value)) return value;
  } catch {
    // Reported below, as for JSON of the wrong shape.
  }
  report('corrupt', options);
  return fallback;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** Returns false when the value could not be stored. */
export function writeJson(kind: StorageKind, key: string, value: unknown, options: StorageOptions = {}): boolean {
  const target = storage(kind, options);
  if (!target) return false;
  try {
    target.setItem(key, JSON.stringify(value));
    return true;
  } catch (error) {
    report(isQuotaError(error) ? 'full' : 'unavailable', options);
    return false;
  }
}
