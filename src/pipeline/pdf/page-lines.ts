/*
 * A PDF page's positioned text pieces to the lines a reader sees, in reading order, written the
 * way `pdftotext` writes a page: one visual line a line, a blank line between blocks. The report
 * reader already reads that shape, so a PDF and its extracted text go down the same road, and
 * what the PDF knows besides (font sizes) travels beside the text.
 */

/**
 * One run of text as the PDF places it: baseline origin, advance width and font size, in points,
 * and whether its font is a bold one.
 */
export type TextPiece = { text: string; x: number; y: number; width: number; size: number; bold?: boolean };

export type PdfLine = {
  text: string;
  /** Left edge and baseline (y grows upwards, as in PDF space). */
  x: number;
  y: number;
  right: number;
  /** The font size most of the line's characters are set in. */
  size: number;
  /** Most of its characters are set in a bold font. */
  bold?: boolean;
};

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Whether a gap of `gap` points between two pieces is a word space. */
function needsSpace(before: string, after: string, gap: number, size: number): boolean {
  if (before.endsWith(' ') || after.startsWith(' ') || before === '' || after === '') return false;
  // Chinese sets no spaces between characters; only a wide gap (a tab stop, a column of a
  // table) separates them.
  const cjkJoin = CJK.test(before.slice(-1)) || CJK.test(after.charAt(0));
  return gap > size * (cjkJoin ? 0.9 : 0.18);
}

/** Pieces on one baseline, left to right, to one line. */
function joinLine(pieces: readonly TextPiece[]): PdfLine {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  const sizeWeight = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const piece of sorted) {
    const count = piece.text.trim().length;
    chars += count;
    if (piece.bold) boldChars += count;
    if (text !== '' && needsSpace(text, piece.text, piece.x - right, piece.size)) {
      // A gap of several words' width is a tab stop: a contents line's page, a table's column.
      text += piece.x - right > piece.size * 1.5 ? '\t' : ' ';
    }
    text += piece.text;
    right = Math.max(right, piece.x + piece.width);
    const size = Math.round(piece.size * 2) / 2;
    sizeWeight.set(size, (sizeWeight.get(size) ?? 0) + piece.text.trim().length);
  }
  let size = sorted[0]?.size ?? 0;
  let weight = -1;
  for (const [s, w] of sizeWeight)
    if (w > weight) {
      size = s;
      weight = w;
    }
  const line: PdfLine = {
    text: text.replace(/ {2,}/g, ' ').trim(),
    x: sorted[0]?.x ?? 0,
    y: sorted[0]?.y ?? 0,
    right,
    size,
  };
  if (boldChars * 2 > chars) line.bold = true;
  return line;
}

/**
 * Pieces to lines: those whose baselines lie within a fraction of their size belong together.
 * Superscripts and subscripts (a smaller piece a little off the baseline) join the line they
 * sit on.
 */
export function piecesToLines(pieces: readonly TextPiece[]): PdfLine[] {
  const usable = pieces.filter((p) => p.text.trim() !== '' && Number.isFinite(p.x) && Number.isFinite(p.y));
  // The PDF's own order first: producers write a text frame (a column, a table cell, a contents
  // entry) as one run, so a piece continues the line before it when it sits on the same
  // baseline a little to the right; anything else starts a line.
  const rows: TextPiece[][] = [];
  for (const piece of usable) {
    const row = rows.at(-1);
    const last = row?.at(-1);
    const size = Math.max(last?.size ?? 0, piece.size);
    const sameBaseline = last !== undefined && Math.abs(last.y - piece.y) <= size * 0.45;
    const onward = last !== undefined && piece.x >= last.x + last.width - size;
    if (row && sameBaseline && onward) row.push(piece);
    else rows.push([piece]);
  }
  return rows.map(joinLine);
}

/** Lines that sit close under each other at one size and left edge region form one block. */
function sameBlock(above: PdfLine, below: PdfLine, spacing: number): boolean {
  const gap = above.y - below.y;
  if (gap <= 0) return false;
  if (Math.abs(above.size - below.size) > Math.max(above.size, below.size) * 0.15) return false;
  if (gap > spacing * 1.35 && gap > above.size * 1.8) return false;
  // Side by side blocks overlap horizontally; a block's lines do.
  return below.x < above.right && above.x < below.right;
}

/**
 * Lines to reading order: blocks are grown top to bottom, and where the page has columns (blocks
 * side by side), the left column is read to its end before the right one starts.
 */
export function orderBlocks(lines: readonly PdfLine[]): PdfLine[][] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const spacings = new Map<number, number[]>();
  const blocks: PdfLine[][] = [];
  for (const line of sorted) {
    let home: PdfLine[] | null = null;
    for (let i = blocks.length - 1; i >= 0 && i >= blocks.length - 8; i--) {
      const block = blocks[i];
      const last = block?.at(-1);
      if (!block || !last) continue;
      const key = Math.round(last.size);
      const known = spacings.get(key);
      const spacing = known && known.length > 0 ? median(known) : last.size * 1.5;
      if (sameBlock(last, line, spacing)) {
        home = block;
        const list = spacings.get(key) ?? [];
        list.push(last.y - line.y);
        spacings.set(key, list);
        break;
      }
    }
    if (home) home.push(line);
    else blocks.push([line]);
  }
  return readingOrder(blocks);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

type Box = { block: PdfLine[]; top: number; bottom: number; left: number; right: number };

/**
 * Blocks to reading order, as XY-cut does it: a band of the page that no block crosses
 * vertically is read top to bottom; inside a band, blocks separated by a vertical gutter are read
 * column by column, left to right.
 */
function readingOrder(blocks: PdfLine[][]): PdfLine[][] {
  const boxes: Box[] = blocks.map((block) => ({
    block,
    top: Math.max(...block.map((l) => l.y + l.size)),
    bottom: Math.min(...block.map((l) => l.y)),
    left: Math.min(...block.map((l) => l.x)),
    right: Math.max(...block.map((l) => l.right)),
  }));
  return cut(boxes, true).map((box) => box.block);
}

function cut(boxes: Box[], horizontal: boolean, depth = 0): Box[] {
  if (boxes.length <= 1 || depth > 12) return boxes;
  const groups = horizontal ? bands(boxes) : columns(boxes);
  if (groups.length <= 1) {
    if (depth > 0 && !horizontal) return [...boxes].sort((a, b) => b.top - a.top || a.left - b.left);
    const other = horizontal ? columns(boxes) : bands(boxes);
    if (other.length <= 1) return [...boxes].sort((a, b) => b.top - a.top || a.left - b.left);
    return other.flatMap((group) => cut(group, horizontal, depth + 1));
  }
  return groups.flatMap((group) => cut(group, !horizontal, depth + 1));
}

/**
 * Boxes to runs along one axis, split where no box spans the gap: `start` and `end` are a box's
 * extent along it, growing in reading direction.
 */
function groupsAlong(boxes: Box[], start: (box: Box) => number, end: (box: Box) => number): Box[][] {
  const groups: Box[][] = [];
  let edge = -Infinity;
  for (const box of [...boxes].sort((a, b) => start(a) - start(b))) {
    const group = groups.at(-1);
    if (group && start(box) < edge) {
      group.push(box);
      edge = Math.max(edge, end(box));
    } else {
      groups.push([box]);
      edge = end(box);
    }
  }
  return groups;
}

/** Top-to-bottom groups with no box spanning the gap between them (y grows upwards). */
const bands = (boxes: Box[]): Box[][] =>
  groupsAlong(
    boxes,
    (box) => -box.top,
    (box) => -box.bottom,
  );

/** Left-to-right groups with a vertical gutter between them. */
const columns = (boxes: Box[]): Box[][] =>
  groupsAlong(
    boxes,
    (box) => box.left,
    (box) => box.right,
  );

/** Two lines of one paragraph: Chinese joined as it is, Latin with a space, a hyphen undone. */
export function joinLines(first: string, second: string): string {
  if (/[A-Za-z]-$/.test(first) && /^[a-z]/.test(second)) return `${first.slice(0, -1)}${second}`;
  if (CJK.test(first.slice(-1)) && CJK.test(second.charAt(0))) return `${first}${second}`;
  return `${first} ${second}`;
}

/**
 * A contents line (leaders, a tab, a page at the end, a page range or 'PAGE n' before the title),
 * a table row or a list item: never runs on.
 */
const STANDS_ALONE =
  /(?:\t|\.{3,}|…{2,})|\d$|^\s*(?:[-•·▪●◼]|\d{1,2}[.、)]|[（(][^）)]{1,3}[）)]|\d{1,4}\s?[-–—]\s?\d{1,4}\s|page\s\d)/iu;

/** A numbered heading's start ('十二、', '第三章', '2.1 '): it ends its line, however long. */
const HEADING_NUMBER =
  /^(?:第[〇零一二三四五六七八九十百\d]+[章篇节部]|[〇零一二三四五六七八九十]+、|\d{1,2}(?:\.\d{1,2})+\s)/u;

/**
 * A block's lines as the paragraphs they print: a line that reaches the block's right edge runs
 * on into the next, one that stops short ends its paragraph. Lines that carry a page or a tab
 * (contents entries, table rows) and list items keep lines of their own.
 */
export function blockParagraphs(block: readonly PdfLine[]): string[] {
  if (block.length === 0) return [];
  const right = Math.max(...block.map((line) => line.right));
  const left = Math.min(...block.map((line) => line.x));
  const width = right - left;
  const out: string[] = [];
  let open: PdfLine | null = null;
  for (const line of block) {
    const last = out.length - 1;
    const runsOn =
      open !== null &&
      last >= 0 &&
      !STANDS_ALONE.test(line.text) &&
      // The next line down, at the same size, not indented: an indent opens a paragraph.
      line.y < open.y - line.size * 0.5 &&
      Math.abs(line.size - open.size) <= open.size * 0.05 &&
      // A change of weight is a heading's start or end.
      Boolean(line.bold) === Boolean(open.bold) &&
      line.x <= left + line.size;
    if (runsOn) out[last] = joinLines(out[last] ?? '', line.text);
    else out.push(line.text);
    const full = width > line.size * 8 && right - line.right <= line.size * 1.5;
    open = full && !STANDS_ALONE.test(line.text) && !HEADING_NUMBER.test(line.text) ? line : null;
  }
  return out;
}

/**
 * A PDF's pages, each as its blocks in reading order (`orderBlocks`), as pdftotext writes them:
 * each paragraph on a line, a blank line between blocks, a form feed after each page.
 */
export function documentText(pages: readonly (readonly PdfLine[][])[]): string {
  return documentLayout(pages).text;
}

/** A line set bold in a body set regular stands out as much as one set this much larger. */
const BOLD_STEP = 1.2;

/**
 * The document's text (as `documentText`) and, for each of its lines, how prominent its type is
 * against the body text's (the size most characters are set in): its size against the body's,
 * a step more when set bold in a body set regular. A heading is above 1, a navigation tab or a
 * footnote below. Blank lines are 1.
 */
export function documentLayout(pages: readonly (readonly PdfLine[][])[]): { text: string; scales: number[] } {
  const weights = new Map<number, number>();
  let bold = 0;
  let all = 0;
  for (const blocks of pages)
    for (const block of blocks)
      for (const line of block) {
        weights.set(line.size, (weights.get(line.size) ?? 0) + line.text.length);
        all += line.text.length;
        if (line.bold) bold += line.text.length;
      }
  const boldStandsOut = bold * 2 < all;
  let body = 0;
  let most = -1;
  for (const [size, weight] of weights)
    if (weight > most) {
      body = size;
      most = weight;
    }
  const lines: string[] = [];
  const scales: number[] = [];
  let pending = '';
  const push = (text: string, line: PdfLine | null) => {
    lines.push(`${pending}${text}`);
    pending = '';
    const step = line?.bold && boldStandsOut ? BOLD_STEP : 1;
    scales.push(line === null || body === 0 ? 1 : (line.size / body) * step);
  };
  for (const blocks of pages) {
    blocks.forEach((block, b) => {
      if (b > 0) push('', null);
      const paragraphs = blockParagraphs(block);
      // Each paragraph starts with a line of the block, in order: its size is that line's.
      let at = 0;
      for (const paragraph of paragraphs) {
        const first = block.findIndex((line, k) => k >= at && paragraph.startsWith(line.text));
        const line = block[first === -1 ? at : first];
        at = (first === -1 ? at : first) + 1;
        push(paragraph, line ?? null);
      }
    });
    if (blocks.length === 0) push('', null);
    // pdftotext ends every page with a form feed that the next page's first line follows.
    pending = '\f';
  }
  if (pending !== '') {
    lines.push(pending);
    scales.push(1);
  }
  return { text: lines.join('\n'), scales };
}
