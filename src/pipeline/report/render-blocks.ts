import { checkTimeBudgetSometimes } from '../time-budget.ts';
import type { ReportBlock, TocNodeKind } from '#shared/bundle-schema.ts';
import type { RecoveredNode } from './build-toc-tree.ts';
import { parseSpans, spansText } from './inline-spans.ts';
import { headingByType, type LineScales } from './line-scales.ts';
import type { Placement } from './locate-toc-entries.ts';
import type { SectionList } from './section-lists.ts';
import { isShortLine, normalizeForMatch, SENTENCE_END } from './text-match.ts';

/*
 * The report's body lines to typed blocks: headings where entries were placed, tables from
 * tab-separated lines, lists, stat callouts, story boxes, pull quotes for text the PDF repeats
 * next to its full paragraph, sub-headings, and paragraphs.
 */

export type FoundHeading = {
  line: number;
  kind: TocNodeKind;
  title: string;
  parent: RecoveredNode | null;
  blockIndex: number;
};

export type RenderInput = {
  lines: readonly string[];
  from: number;
  placements: readonly Placement[];
  sectionLists: readonly SectionList[];
  /** Section-list line index → id of the section it names. */
  listTargets: ReadonlyMap<number, string | null>;
  /** The type of each line, where the PDF tells it. */
  scales?: LineScales;
};

const STORY = /^故事\s*(?:\d+\s*)?(?:[|｜]\s*(\S.*)?)?$/;
const FIGURE = /^[\d][\d,.]*\s*(?:[+＋%％]|万\+?|亿\+?)$/;
const BULLET = /^[-•·▪●]\s+(\S.*)$/;
const ORDERED = /^(\d{1,2})[.、．]\s*(\S.*)$/;
const TAB_MARKER = /^>\s*(\S.*)$/;
const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/;
const LONG_PARAGRAPH = 40;

const text = (lines: readonly string[], i: number): string => (lines[i] ?? '').trim();

/**
 * Words, not a chart's figure ('-3.3%', '$268', '2018'), and not a piece of running text: a
 * Latin heading does not begin with a lowercase word ('and exploring new'), and no heading
 * holds the end of a Chinese sentence ('…的70%。各地区加快…').
 */
const looksLikeHeading = (t: string): boolean => /\p{L}/u.test(t) && !/^\p{Ll}/u.test(t) && !/[。；！？]/u.test(t);

function nextNonEmpty(lines: readonly string[], from: number, limit = 4): number {
  for (let i = from; i < lines.length && i < from + limit; i++) if (text(lines, i) !== '') return i;
  return -1;
}

function isLong(value: string): boolean {
  return Array.from(value).length >= LONG_PARAGRAPH;
}

/**
 * The lines a pull quote may be: short ones, whose joined text stands inside a long paragraph a
 * few lines away. The longest such run wins, so a quote broken over lines stays one quote.
 */
function pullQuoteSpan(lines: readonly string[], i: number, end: number): number {
  const parts: string[] = [];
  let best = -1;
  for (let j = i; j < end && parts.length < 4; j++) {
    const t = text(lines, j);
    if (t === '') continue;
    if (!isShortLine(t, 60) || isLong(t) || t.includes('\t') || t.includes('**')) break;
    parts.push(t);
    const key = normalizeForMatch(parts.join(''));
    // A word or a label alone (a fragment of a chart or a diagram) is no quote.
    if (!quoteLike(parts.join(' '), key)) continue;
    let contained = false;
    for (let k = Math.max(0, i - 8); k < Math.min(lines.length, j + 9) && !contained; k++) {
      if (k >= i && k <= j) continue;
      const other = normalizeForMatch(text(lines, k));
      contained = other.length >= key.length * 1.3 && isLong(text(lines, k)) && other.includes(key);
    }
    if (contained) best = j;
    else if (best !== -1) break;
  }
  return best;
}

/** Enough words to be a quoted phrase: eight characters of Chinese, or three words. */
function quoteLike(value: string, key: string): boolean {
  if (key.length < 8) return false;
  return /[\u3400-\u9fff]/u.test(value) || value.trim().split(/\s+/).length >= 3;
}

/** Whether the line just before `from` or just after `to` holds `key`. */
function besideItsText(lines: readonly string[], from: number, to: number, key: string): boolean {
  const before = previousNonEmpty(lines, from - 1);
  const after = nextNonEmpty(lines, to + 1);
  return [before, after].some((k) => k !== -1 && normalizeForMatch(text(lines, k)).includes(key));
}

function previousNonEmpty(lines: readonly string[], from: number, limit = 4): number {
  for (let i = from; i >= 0 && i > from - limit; i--) if (text(lines, i) !== '') return i;
  return -1;
}

/** A word or a short label, not a phrase, that a long paragraph close by holds. */
function repeatedFragment(lines: readonly string[], i: number): boolean {
  const t = text(lines, i);
  const key = normalizeForMatch(t);
  if (key.length < 4 || quoteLike(t, key)) return false;
  for (let k = Math.max(0, i - 8); k < Math.min(lines.length, i + 9); k++) {
    if (k === i || !isLong(text(lines, k))) continue;
    if (normalizeForMatch(text(lines, k)).includes(key)) return true;
  }
  return false;
}

/** A longer line that the PDF prints again, in full, right before or after it. */
function repeatedInNeighbour(lines: readonly string[], i: number): boolean {
  const key = normalizeForMatch(text(lines, i));
  if (key.length < 8) return false;
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < 2; k--) {
    if (text(lines, k) === '') continue;
    seen++;
    const other = normalizeForMatch(text(lines, k));
    if (other.length > key.length && other.includes(key)) return true;
  }
  seen = 0;
  for (let k = i + 1; k < lines.length && seen < 2; k++) {
    if (text(lines, k) === '') continue;
    seen++;
    const other = normalizeForMatch(text(lines, k));
    if (other.length > key.length && other.includes(key)) return true;
  }
  return false;
}

function tableOrPeople(rows: string[][]): ReportBlock {
  if (rows.length >= 2 && rows.every((r) => r.length === 2 && PERSON_NAME.test(r[0] ?? ''))) {
    return { type: 'people', rows: rows.map(([name, role]) => ({ name: name ?? '', role: role ?? '' })) };
  }
  const [first, ...rest] = rows;
  const header =
    first && rest.length >= 2 && first.every((cell) => cell !== '' && isShortLine(cell, 10)) ? first : null;
  return { type: 'table', header, rows: header ? rest : rows };
}

export type RenderResult = {
  blocks: ReportBlock[];
  found: FoundHeading[];
  consumed: Set<number>;
  /** Lines left out because the line next to them prints the same text. */
  repeated: string[];
};

export function renderBlocks({
  lines,
  from,
  placements,
  sectionLists,
  listTargets,
  scales = null,
}: RenderInput): RenderResult {
  const byType = headingByType(
    scales,
    placements.filter((p) => !p.before).map((p) => p.titleLine),
  );
  const blocks: ReportBlock[] = [];
  const found: FoundHeading[] = [];
  const consumed = new Set<number>();
  const repeated: string[] = [];
  const headingAt = new Map(placements.map((p) => [p.line, p]));
  const listAt = new Map(sectionLists.map((l) => [l.start, l]));
  let bold = false;
  let lastNode: RecoveredNode | null = null;
  const recent: string[] = [];
  const end = lines.length;

  const paragraph = (value: string): void => {
    const { spans, boldAtEnd } = parseSpans(value, bold);
    bold = boldAtEnd;
    if (spans.length > 0) blocks.push({ type: 'paragraph', spans });
  };
  const consume = (a: number, b: number): void => {
    for (let k = a; k <= b; k++) consumed.add(k);
  };

  for (let i = from; i < end; i++) {
    checkTimeBudgetSometimes('setting the report text in blocks');
    const t = text(lines, i);
    if (t === '') continue;

    const placement = headingAt.get(i);
    if (placement) {
      const { node } = placement;
      blocks.push({
        type: 'heading',
        id: node.id,
        kind: node.kind,
        number: placement.printedNumber ?? node.number,
        title: placement.titleText,
        page: node.page,
      });
      lastNode = node;
      if (placement.before) {
        // The line is the section's first text, not its heading: it is set as text below.
        headingAt.delete(i);
        i--;
        continue;
      }
      consume(i, placement.titleLine);
      i = placement.titleLine;
      lastNode = node;
      bold = false;
      continue;
    }

    const list = listAt.get(i);
    if (list) {
      blocks.push({
        type: 'section-list',
        entries: list.entries.map((e) => ({
          id: listTargets.get(e.line) ?? null,
          number: e.number,
          title: e.title,
          page: e.page,
        })),
      });
      consume(list.start, list.end);
      i = list.end;
      continue;
    }

    if (t.includes('\t')) {
      const rows: string[][] = [];
      let j = i;
      while (j < end && (lines[j] ?? '').includes('\t')) {
        rows.push(
          (lines[j] ?? '')
            .trimEnd()
            .split('\t')
            .map((cell) => cell.trim()),
        );
        j++;
      }
      blocks.push(tableOrPeople(rows));
      consume(i, j - 1);
      i = j - 1;
      continue;
    }

    const story = STORY.exec(t);
    if (story) {
      // '故事 1 | 标题', '故事 | 标题', or the title on the next line after '故事 1'.
      const storyNumber = /^故事\s*(\d+)/.exec(t)?.[1] ?? null;
      let title = story[1]?.trim() ?? '';
      let last = i;
      if (title === '') {
        const next = nextNonEmpty(lines, i + 1);
        if (next !== -1 && isShortLine(text(lines, next), 60)) {
          title = text(lines, next);
          last = next;
        }
      }
      found.push({ line: i, kind: 'story', title: title || '故事', parent: lastNode, blockIndex: blocks.length });
      blocks.push({ type: 'heading', id: '', kind: 'story', number: storyNumber, title: title || '故事', page: null });
      consume(i, last);
      i = last;
      continue;
    }

    if (FIGURE.test(t)) {
      // A figure such as '600+' with its caption: the short line around it that names the number.
      const digits = t.replace(/[^\d]/g, '');
      const prevBlock = blocks[blocks.length - 1];
      const prevText =
        prevBlock?.type === 'paragraph' && prevBlock.spans.every((span) => !span.strong)
          ? spansText(prevBlock.spans)
          : prevBlock?.type === 'pullquote'
            ? prevBlock.text
            : null;
      const next = nextNonEmpty(lines, i + 1);
      const nextText = next === -1 ? '' : text(lines, next);
      const nextFits = next !== -1 && isShortLine(nextText, 60) && !nextText.includes('**');
      const prevFits = prevText !== null && isShortLine(prevText, 60);
      if (prevFits && (!nextFits || prevText.includes(digits) || !nextText.includes(digits))) {
        blocks.pop();
        blocks.push({ type: 'callout', figure: t, caption: prevText });
        consume(i, i);
      } else if (nextFits) {
        blocks.push({ type: 'callout', figure: t, caption: nextText });
        consume(i, next);
        i = next;
      } else {
        blocks.push({ type: 'callout', figure: t, caption: '' });
        consume(i, i);
      }
      continue;
    }

    if (isShortLine(t, 16) && !t.startsWith('>')) {
      // A strip of short labels with the current one marked '>' ('能源领域 / > 环境领域 / 交通领域').
      const run: string[] = [];
      for (let j = i; j < end && run.length < 8; j++) {
        const line = text(lines, j);
        if (line === '' || !isShortLine(line, 16)) break;
        run.push(line);
      }
      if (run.length >= 2 && run.slice(1).some((line) => line.startsWith('>'))) {
        blocks.push({ type: 'list', ordered: false, items: run });
        consume(i, i + run.length - 1);
        i += run.length - 1;
        continue;
      }
    }

    const bullet = BULLET.exec(t);
    const ordered = ORDERED.exec(t);
    const marker = TAB_MARKER.exec(t);
    if (bullet || ordered || marker) {
      const items: string[] = [];
      let j = i;
      const kind = bullet ? BULLET : ordered ? ORDERED : null;
      while (j < end) {
        const line = text(lines, j);
        if (line === '') break;
        if (kind) {
          const m = kind.exec(line);
          if (!m) break;
          items.push((kind === ORDERED ? m[2] : m[1]) ?? line);
        } else {
          // '> 能源领域' marks the current tab of a strip of short labels.
          if (!isShortLine(line, 16)) break;
          items.push(line);
        }
        j++;
      }
      if (items.length >= 2 || bullet) {
        const start = ordered ? Number(ordered[1]) : 1;
        blocks.push(
          kind === ORDERED ? { type: 'list', ordered: true, start, items } : { type: 'list', ordered: false, items },
        );
        consume(i, j - 1);
        i = j - 1;
        continue;
      }
    }

    const key = normalizeForMatch(t);
    if (recent.includes(key)) {
      // The PDF printed this line twice in a row: once is enough.
      consume(i, i);
      continue;
    }

    const quoteEnd = isShortLine(t, 60) && !isLong(t) ? pullQuoteSpan(lines, i, end) : -1;
    if (quoteEnd === -1 && !t.includes('**') && (repeatedFragment(lines, i) || repeatedInNeighbour(lines, i))) {
      // The PDF prints these words twice: a sentence side by side with itself, or a word of a
      // chart or a callout that the text next to it says in full. The reader shows them once,
      // in the text, and the build report lists the copy.
      repeated.push(t);
      consume(i, i);
      continue;
    }
    if (quoteEnd !== -1) {
      const parts: string[] = [];
      for (let k = i; k <= quoteEnd; k++) if (text(lines, k) !== '') parts.push(text(lines, k));
      if (besideItsText(lines, i, quoteEnd, normalizeForMatch(parts.join('')))) {
        // A quote right next to the sentence it repeats would be read twice in a row.
        repeated.push(parts.join(' '));
        consume(i, quoteEnd);
        i = quoteEnd;
        continue;
      }
      blocks.push({ type: 'pullquote', text: parts.join(' ') });
      consume(i, quoteEnd);
      i = quoteEnd;
      continue;
    }

    // What follows, past a repeat of this very line.
    let next = nextNonEmpty(lines, i + 1);
    while (next !== -1 && normalizeForMatch(text(lines, next)) === key) next = nextNonEmpty(lines, next + 1);
    const nextText = next === -1 ? '' : text(lines, next);
    const minChars = nextText.includes('\t') ? 2 : 4;
    if (
      isShortLine(t, 30) &&
      Array.from(t).length >= minChars &&
      !SENTENCE_END.test(t) &&
      !t.startsWith('**') &&
      !t.startsWith('>') &&
      looksLikeHeading(t) &&
      byType(i) &&
      (isLong(nextText) || nextText.includes('\t') || BULLET.test(nextText) || STORY.test(nextText))
    ) {
      found.push({ line: i, kind: 'subheading', title: t, parent: lastNode, blockIndex: blocks.length });
      blocks.push({ type: 'heading', id: '', kind: 'subheading', number: null, title: t, page: null });
      consume(i, i);
      recent.push(key);
      continue;
    }

    paragraph(t);
    consume(i, i);
    recent.push(key);
    if (recent.length > 4) recent.shift();
  }
  return { blocks, found, consumed, repeated };
}
