/**
 * A tab opened on one build and still open after the next deployment asks for files by the names
 * the old build gave them. Data files are content-hashed, so a deployment that changed or removed
 * a document leaves that name missing (404) where the library is too large to be precached. The
 * tab then reloads itself once, onto the new build: the URL names the document by its id, which
 * a rebuild keeps, and the reading position store brings the reader back to their place.
 */
import { readJson, writeJson } from '../lib/safe-storage.ts';

const KEY = 'yuelan.reloaded-for';
/** The bundle's content-hashed files: their names change with their content. */
const HASHED = /\/data\/(?:docs|search|pages)\//;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isHashedDataUrl(url: string): boolean {
  return HASHED.test(url);
}

/**
 * Reloads the page for a missing content-hashed file, once per file and tab (a file missing
 * from the new build too is reported, not reloaded for ever). True when it reloads.
 */
export function reloadForNewBuild(url: string, reload: () => void = () => window.location.reload()): boolean {
  if (!isHashedDataUrl(url)) return false;
  const done = readJson('session', KEY, [], isStringList);
  if (done.includes(url)) return false;
  writeJson('session', KEY, [...done.slice(-20), url]);
  reload();
  return true;
}
