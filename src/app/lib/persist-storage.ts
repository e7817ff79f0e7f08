/**
 * Asks the browser to keep this site's storage under pressure (navigator.storage.persist()):
 * without it, the offline library and the reader's highlights are evicted with the image cache
 * when the disk fills. Asked when the reader saves something of their own, at most once a page.
 */
let asked: Promise<boolean> | null = null;

export function keepStorage(): Promise<boolean> {
  asked ??= (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage || typeof storage.persist !== 'function') return false;
    try {
      if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
      return await storage.persist();
    } catch {
      return false;
    }
  })();
  return asked;
}

/** For tests: ask again. */
export function resetKeepStorageForTests(): void {
  asked = null;
}
