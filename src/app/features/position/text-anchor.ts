/*
 * A place in a document's text that survives a change of font size, width or device, and a
 * rebuild that moves things a little: the section (a heading's id), the block's index from that
 * heading, the character offset in the block, and a quote of the text there (with a few
 * characters before it) to find the place again if the blocks have moved.
 */

export type TextAnchor = {
  section: string | null;
  block: number;
  offset: number;
  quote: string;
  prefix: string;
};

/** One block of text: its text, and its id if it is a heading a section starts at. */
export type BlockText = { text: string; heading: string | null };

const QUOTE = 24;
const PREFIX = 12;

/** The anchor for a character of block `index`, counted from the last section heading before it. */
export function anchorFor(blocks: readonly BlockText[], index: number, offset: number): TextAnchor {
  let start = -1;
  for (let i = index; i >= 0; i--) {
    if (blocks[i]?.heading) {
      start = i;
      break;
    }
  }
  const text = blocks[index]?.text ?? '';
  const at = Math.max(0, Math.min(offset, text.length));
  return {
    section: start >= 0 ? (blocks[start]?.heading ?? null) : null,
    block: start >= 0 ? index - start : index,
    offset: at,
    quote: text.slice(at, at + QUOTE),
    prefix: text.slice(Math.max(0, at - PREFIX), at),
  };
}

/** Every place `needle` starts in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where the anchor is now: the block and offset it names if its quote is still there, else the
 * place of its quote (with its prefix, then alone) nearest to where it was, else the block it
 * named, or null for a document without text.
 */
export function locateAnchor(
  blocks: readonly BlockText[],
  anchor: TextAnchor,
): { index: number; offset: number } | null {
  if (blocks.length === 0) return null;
  const start = anchor.section === null ? 0 : blocks.findIndex((b) => b.heading === anchor.section);
  const expected = Math.min(blocks.length - 1, Math.max(0, start) + anchor.block);
  const named = blocks[expected]?.text ?? '';
  if (anchor.quote !== '' && named.startsWith(anchor.quote, anchor.offset)) {
    return { index: expected, offset: anchor.offset };
  }
  for (const [needle, skip] of [
    [anchor.prefix + anchor.quote, anchor.prefix.length],
    [anchor.quote, 0],
  ] as const) {
    let best: { index: number; offset: number } | null = null;
    blocks.forEach((block, index) => {
      for (const at of occurrences(block.text, needle)) {
        if (!best || Math.abs(index - expected) < Math.abs(best.index - expected)) {
          best = { index, offset: at + skip };
        }
      }
    });
    if (best) return best;
  }
  return { index: expected, offset: Math.min(anchor.offset, named.length) };
}
