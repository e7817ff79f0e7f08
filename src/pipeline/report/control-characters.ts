/*
 * Characters PDF extraction leaves in a report's text that no reader should see: control
 * characters (InDesign's BEL before a table cell), zero-width spaces and joiners, soft hyphens,
 * and private-use glyphs a font maps its bullets to. Line breaks, tabs and form feeds carry the
 * report's shape and stay.
 */

export type ControlCleanup = { text: string; removed: number; bullets: number };

const KEPT = new Set([0x09, 0x0a, 0x0c, 0x0d]);
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const isControl = (code: number): boolean =>
  (code < 0x20 && !KEPT.has(code)) || (code >= 0x7f && code <= 0x9f) || INVISIBLE.has(code);
const isPrivateUse = (code: number): boolean => code >= 0xe000 && code <= 0xf8ff;

/**
 * The text without them, and how many went: a private-use glyph that starts a line (after
 * spaces) is the list's bullet and becomes '•'; anywhere else it is dropped.
 */
export function cleanControlCharacters(text: string): ControlCleanup {
  let out = '';
  let removed = 0;
  let bullets = 0;
  let lineStart = true;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isControl(code)) {
      removed++;
      continue;
    }
    if (isPrivateUse(code)) {
      if (lineStart) {
        out += '•';
        bullets++;
      } else removed++;
      lineStart = false;
      continue;
    }
    out += char;
    if (char === '\n' || char === '\f') lineStart = true;
    else if (char !== ' ' && char !== '\t') lineStart = false;
  }
  return { text: out, removed, bullets };
}
