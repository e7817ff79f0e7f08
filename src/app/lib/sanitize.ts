import { createNativeSanitizer, setSanitizedHtml } from './sanitize-native.ts';
import type * as Purify from './sanitize-purify.ts';

/*
 * The one sanitizer. Every piece of HTML from content passes through this module before it
 * reaches the DOM, and only <SafeHtml> asks it to put HTML there. The allowlist is explicit:
 * anything not named in sanitize-allowlist.ts (scripts, handlers, frames, forms, styles, ids,
 * names) is dropped.
 *
 * Where the browser has the HTML Sanitizer API, it does the work (sanitize-native.ts); elsewhere,
 * and in the build's prerendering, DOMPurify does (sanitize-purify.ts), loaded only then. Both
 * apply the same allowlist and rules, and an end-to-end test holds their output to be the same.
 */

const nativeSanitizer = createNativeSanitizer();
let purify: typeof Purify | null = null;

/**
 * Makes the sanitizer ready for use: loads DOMPurify where the browser has no Sanitizer API. The
 * code that shows content awaits it before it first renders (with a top-level await instead, the
 * bundler split the app's entry into twice as many files, 5 KB larger in all).
 */
export async function loadSanitizer(): Promise<void> {
  if (!nativeSanitizer) purify ??= await import('./sanitize-purify.ts');
}

function purifier(): typeof Purify {
  if (!purify) throw new Error('the sanitizer is not loaded yet: await loadSanitizer() before rendering content');
  return purify;
}

export type SanitizeOptions = { loadImages?: boolean };

/** Sanitizer output: TrustedHTML where the browser has Trusted Types, else a string. */
export type SafeHtmlValue = string | TrustedHTML;

/** True where the sanitizer puts HTML into an element itself (sanitizeInto), false where it gives markup (sanitizeHtml). */
export const sanitizesInPlace = nativeSanitizer !== null;

/** Untrusted HTML in, HTML that is safe to put in the page out (where sanitizesInPlace is false). */
export function sanitizeHtml(dirty: string, options: SanitizeOptions = {}): SafeHtmlValue {
  return purifier().purifyHtml(dirty, options.loadImages ?? true);
}

/** Untrusted HTML in, its sanitized form as the children of target (where sanitizesInPlace is true). */
export function sanitizeInto(target: Element, dirty: string, options: SanitizeOptions = {}): void {
  if (!nativeSanitizer) throw new Error('sanitizeInto: this browser has no Sanitizer API; use sanitizeHtml');
  setSanitizedHtml(target, dirty, options.loadImages ?? true, nativeSanitizer);
}
