import { readJson, writeJson } from '../../lib/safe-storage.ts';

/*
 * The library's current view (filters and sort) is remembered for the session, so a document
 * page can offer the previous and next document in the order the reader was browsing.
 */
const KEY = 'yuelan.library-search.v1';

export function rememberLibrarySearch(search: string): void {
  // Only a convenience: losing it is not worth telling the reader.
  writeJson('session', KEY, search, { matters: false });
}

export function recallLibrarySearch(): string {
  return readJson('session', KEY, '', (value): value is string => typeof value === 'string', { matters: false });
}
