/**
 * Id rules shared by the pipeline (which assigns ids) and the app (which puts them in URLs).
 * Ids are ASCII so that links survive copy and paste without percent-encoding.
 */
import { trimChars, trimEndChars } from './trim-chars.ts';

/** 32-bit FNV-1a over UTF-16 code units: tiny, deterministic, the same in Node and browsers. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export function isValidId(id: string): boolean {
  return id.length <= 80 && ID_PATTERN.test(id);
}

/** Lower-case ASCII letters, digits, '-' and '_'; every other run of characters becomes '-'. */
export function asciiSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-');
  return trimEndChars(trimChars(slug, '-_').slice(0, 60), '-_');
}

/**
 * A document's id from its path inside the content folder, folders included ('a/foo.md' is
 * 'a--foo'): a file added in one folder never takes the id of a file in another. A slug never
 * holds '--' (runs of '-' are made one), so no file name can spell a folder's id. A clean path is
 * the id as it is; otherwise the slug gets a hash of the whole path, so that '报告.txt' and
 * '年报.txt' (both slug to nothing) stay distinct and stable.
 */
export function documentIdFromPath(relativePath: string): string {
  const parts = relativePath.split('/');
  const base = parts.pop() ?? relativePath;
  const stem = base.replace(/\.[^.]*$/, '') || base;
  const segments = [...parts, stem];
  const slugs = segments.map(asciiSlug);
  const slug = slugs.filter((s) => s !== '').join('--');
  if (slugs.every((s, i) => s === segments[i]) && isValidId(slug)) return slug;
  const short = trimEndChars(slug.slice(0, 60), '-');
  return short ? `${short}-${shortHash(relativePath)}` : `doc-${shortHash(relativePath)}`;
}
