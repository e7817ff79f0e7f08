import { findTocHeadingSpan } from './detect-report.ts';
import { normalizeForMatch, SENTENCE_END } from './text-match.ts';
import { splitTrailingPage, splitTrailingRomanPage, withoutLeadersAndPage } from './trailing-page.ts';

/*
 * The front table of contents of a PDF-extracted report, as printed lines. Pages stand before
 * the title ('08 科技引领，升级创新生态') or after it, behind a tab or dot leaders
 * ('1.1 夯实科研基础<TAB>09', '第一章 总则……… 12'). Numbers come in many schemes:
 * '第一章', '第二部分', '一、', '（一）', '1.', '1.1'.
 */

export type NumberStyle = 'chapter-word' | 'part-word' | 'cjk-enum' | 'paren-cjk' | 'decimal' | 'decimal-dot' | 'none';

export type TocLine = {
  /** Index of the line in the document. */
  line: number;
  raw: string;
  number: string | null;
  style: NumberStyle;
  /** Dotted-decimal depth: '1.2.3' is 3. */
  depth: number;
  title: string;
  page: number | null;
};

const CJK_DIGITS = '〇零一二三四五六七八九十百两';
// Each title starts at a non-space, so no two quantifiers can trade the same characters.
const NUMBER_PATTERNS: [NumberStyle, RegExp][] = [
  ['chapter-word', new RegExp(`^(第[${CJK_DIGITS}\\d]+[章篇])\\s*(\\S.*)$`)],
  ['part-word', new RegExp(`^(第[${CJK_DIGITS}\\d]+(?:部分|节))\\s*(\\S.*)$`)],
  ['cjk-enum', new RegExp(`^([${CJK_DIGITS}]+)[、.．]\\s*(\\S.*)$`)],
  ['paren-cjk', new RegExp(`^([（(][${CJK_DIGITS}\\d]+[）)])\\s*(\\S.*)$`)],
  ['decimal', /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/],
  // '1.5G' is not entry 1: a digit right after the dot continues a number.
  ['decimal-dot', /^(\d{1,2})[.．、](?!\d)\s*(\S.*)$/],
];
/** A page before the title, or the first page of a range ('8–22 General Disclosures'). */
const LEADING_PAGE = /^(?:page\s?|p\.\s?)?(\d{1,4})(?:[-–—]\d{1,4})?(\s+)(\S.*)$/i;
/** The longest line a TOC entry plausibly has. */
const MAX_ENTRY_CHARS = 40;

export function parseTocLine(raw: string, line: number): TocLine {
  let text = raw.trim();
  let page: number | null = null;
  const trailing = splitTrailingPage(text);
  if (trailing) {
    text = trailing.title;
    page = trailing.page;
  } else {
    // A roman page (front matter) is no page of the body: the entry is placed by its words.
    text = splitTrailingRomanPage(text) ?? text;
  }
  for (const [style, pattern] of NUMBER_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined && match[2] !== undefined && match[2].trim() !== '') {
      const number = match[1];
      let title = match[2].trim();
      // A numbered entry may end in its page after a single space ('第一章 总则 3').
      const spaced = page === null ? /^(.*\S)\s+(\d{1,3})$/.exec(title) : null;
      if (spaced?.[1] && spaced[2]) {
        title = spaced[1];
        page = Number(spaced[2]);
      }
      return { line, raw, number, style, depth: style === 'decimal' ? number.split('.').length : 1, title, page };
    }
  }
  if (page === null) {
    const leading = LEADING_PAGE.exec(text);
    // A title may start with a digit only where two spaces or a tab keep it apart from the page
    // ('12  5G网络', 'PAGE 9<TAB>2019 HIGHLIGHTS').
    const apart = leading?.[2] !== undefined && (leading[2].length >= 2 || leading[2].includes('\t'));
    if (leading?.[1] && leading[3] && (!/^\d/.test(leading[3]) || apart)) {
      return { line, raw, number: null, style: 'none', depth: 0, title: leading[3].trim(), page: Number(leading[1]) };
    }
  }
  return { line, raw, number: null, style: 'none', depth: 0, title: text, page };
}

function isEntryLike(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const title = withoutLeadersAndPage(t);
  return Array.from(title).length <= MAX_ENTRY_CHARS && !SENTENCE_END.test(title.replace(/\t\d+$/, ''));
}

export type TocRegion = {
  heading: number;
  end: number;
  entries: TocLine[];
  /** Text the contents page prints between entries (a chapter's description): shown with them. */
  notes: { line: number; text: string }[];
};

/** The heading of a list of figures or tables ('图目录', '表 目 录', 'List of figures'). */
const FIGURE_LIST =
  /^(?:[图表]|图表|插图|附图|附表)\s?目\s?录$|^list of (?:figures|tables|charts|exhibits|illustrations)$/i;
/** An entry of such a list: '图 1 发展指数……3', 'Figure 2: Growth .... 6', '表1-2 主要指标'. */
const FIGURE_ENTRY = /^(?:[图表]|图表|figure|fig\.|table|chart|exhibit)\s?\d/i;

/** A page alone on its line: '12', 'PAGE 13', 'p. 13', '第 13 页', or a range ('8–22'). */
const BARE_PAGE = /^(?:(?:page|p\.?)\s?|第\s?)?\d{1,4}(?:\s?[-–—]\s?\d{1,4})?(?:\s?页)?$/i;
/** A page glued to the end of a title ('云原生安全的演变48') or after one space ('安全保障 31'). */
const LOOSE_PAGE = /^(.*[^\s\d])\s?(\d{1,3})$/u;
const CJK_END = /[\u3400-\u9fff）)」》]$/u;

/** An unnumbered entry's page after one space or none, where the title plainly ends before it. */
function loosePage(entry: TocLine): TocLine {
  if (entry.page !== null || entry.number !== null) return entry;
  const match = LOOSE_PAGE.exec(entry.title);
  if (!match?.[1] || !match[2]) return entry;
  const title = match[1].trim();
  const spaced = /\s$/.test(entry.title.slice(0, -match[2].length));
  if (Array.from(title).length < 2 || (!spaced && !CJK_END.test(title))) return entry;
  return { ...entry, title, page: Number(match[2]) };
}

/**
 * The printed TOC: entry-like lines after the '目录' heading, up to the first line that is
 * running text or that repeats the first entry (the body has begun). Real contents pages put
 * pages on lines of their own, after the title or before it, wrap titles onto a second line and
 * carry their own page numbers between entries; each shape is read here:
 * - a bare number goes to the oldest entry still without a page since the last one with a page
 *   (title, then its page below); with none waiting, or where pages come first, it waits for
 *   the next entry; several waiting go to the next entries in order (a strip of entries set in
 *   columns comes out as its pages, then its titles), and a lone line before those titles (the
 *   page's running header) is no entry;
 * - where pages come first and only group labels go without, entries after the last one with a
 *   page are notes (a closing remark);
 * - where pages come first, a line with neither number nor page after an entry continues it;
 * - a numbered entry without a page followed by a line with a page and no number is one entry;
 * - a bare number nobody takes is the contents page's own page number;
 * - a list of figures or tables (its heading '图目录', or entries 'Figure 1 …') is a note.
 */
export function findTocRegion(lines: readonly string[]): TocRegion | null {
  const span = findTocHeadingSpan(lines);
  if (!span) return null;
  const entries: TocLine[] = [];
  const seen = new Set<string>();
  let end = span.end + 1;
  const notes: TocRegion['notes'] = [];
  let waiting: TocLine[] = [];
  let pendingPages: number[] = [];
  let pagesFirst = false;
  let last: TocLine | null = null;
  let lastLine = -1;
  let stoppedAt = -1;
  let inFigures = false;
  for (const { i, text } of contentsParts(lines, span.end + 1)) {
    // A list of figures or tables after the contents is printed with it, and heads no section.
    if (FIGURE_LIST.test(text) || FIGURE_ENTRY.test(text) || (inFigures && BARE_PAGE.test(text))) {
      inFigures = true;
      notes.push({ line: i, text });
      end = i + 1;
      lastLine = i;
      continue;
    }
    inFigures = false;
    if (BARE_PAGE.test(text)) {
      const page = Number(/\d+/.exec(text)?.[0]);
      const owner = pagesFirst ? undefined : waiting.shift();
      if (owner) owner.page = page;
      else pendingPages.push(page);
      end = i + 1;
      lastLine = i;
      continue;
    }
    if (!isEntryLike(text)) {
      stoppedAt = i;
      break;
    }
    let entry = loosePage(parseTocLine(text, i));
    if (pagesFirst && pendingPages.length === 0 && entry.page === null && (lines[i] ?? '').startsWith('\f')) {
      // Pages come first: a new page that opens with a title without one has left the contents.
      stoppedAt = i;
      break;
    }
    if (
      last &&
      pagesFirst &&
      pendingPages.length === 0 &&
      lastLine === i - 1 &&
      entry.number === null &&
      entry.page === null &&
      // A title wraps on its own page, because its first line is full: the rest is never much longer.
      !(lines[i] ?? '').startsWith('\f') &&
      displayWidth(entry.title) <= displayWidth(last.title) * 1.25
    ) {
      // The second line of a title whose page stood before it.
      last.title = joinWrapped(last.title, entry.title);
      end = i + 1;
      lastLine = i;
      continue;
    }
    if (
      last &&
      last.page === null &&
      last.number !== null &&
      entry.number === null &&
      entry.page !== null &&
      lastLine === i - 1
    ) {
      // A numbered title wrapped onto a second line that carries its page.
      last.title = joinWrapped(last.title, entry.title);
      last.page = entry.page;
      waiting = waiting.filter((w) => w !== last);
      end = i + 1;
      lastLine = i;
      continue;
    }
    if (entry.page === null && pendingPages.length >= 2 && titlesRunFrom(lines, i) < pendingPages.length) {
      // Between a strip's pages and its titles: the running header of the contents page.
      notes.push({ line: i, text });
      continue;
    }
    const ownPage = entry.page !== null;
    const pendingPage = pendingPages.shift();
    if (pendingPage !== undefined && entry.number === null && (!ownPage || LEADING_PAGE.test(text))) {
      // With its page just above, a number the title starts with is its own ('2019 HIGHLIGHTS').
      entry = { ...entry, title: ownPage ? text : entry.title, page: pendingPage };
      pagesFirst = true;
    } else if (entry.number === null && entry.page !== null && LEADING_PAGE.test(text)) {
      // '05<TAB>掘金：…' is a page before its title on the same line.
      pagesFirst = true;
    }
    if (ownPage) pendingPages = [];
    const key = normalizeForMatch(entry.title);
    // An entry seen before, with running text after it: the body has begun. One followed by
    // more entries is a title the contents prints twice ('结论' of a part and of the whole).
    const first = entries[0] ? normalizeForMatch(entries[0].title) : null;
    // A repeat that carries its page ('3.2 问题分析……9', each chapter's own '小结') is an entry.
    if (key === first || (seen.has(key) && entry.page === null && !entriesFollow(lines, i + 1))) break;
    seen.add(key);
    entries.push(entry);
    if (entry.page === null) waiting.push(entry);
    else waiting = [];
    last = entry;
    lastLine = i;
    end = i + 1;
  }
  const lastPaged = entries.findLastIndex((e) => e.page !== null);
  // Where every entry has its page but a group label over paged ones, page-less lines after the
  // last entry with a page close the contents: they head nothing. Where sections go without
  // pages under paged chapters, they are the last chapter's sections.
  const sectionsUnpaged = entries.some((e, k) => k < lastPaged && e.page === null && entries[k + 1]?.page === null);
  if (pagesFirst && !sectionsUnpaged) {
    for (const e of entries.splice(lastPaged + 1)) notes.push({ line: e.line, text: e.title });
  }
  if (entries.length < 2) return null;
  const region: TocRegion = { heading: span.start, end, entries, notes };
  return stoppedAt === -1 ? region : withDescribedEntries(lines, region, stoppedAt);
}

/** How many lines from `from` on, one under the other with no blank between, could be titles. */
function titlesRunFrom(lines: readonly string[], from: number): number {
  let run = 0;
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '' || BARE_PAGE.test(text) || !isEntryLike(text)) break;
    run++;
  }
  return run;
}

/** An entry with its page before it on its own line ('PAGE 13<TAB>HUMAN RIGHTS', '05 掘金…'). */
function pagedOnItsLine(text: string, line: number): TocLine | null {
  if (!LEADING_PAGE.test(text) || BARE_PAGE.test(text)) return null;
  const entry = parseTocLine(text, line);
  return entry.page !== null && entry.number === null && isEntryLike(entry.title) ? entry : null;
}

/** Latin capitals throughout ('HUMAN RIGHTS'), the way some contents pages set every entry. */
const inCapitals = (text: string): boolean => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * Contents that describe each chapter under its entry (the principles a chapter addresses):
 * where entries carry their pages on their own lines, running text that stops the contents is
 * a description when more such entries follow on the contents page. The descriptions stay in
 * the contents as notes, and the entries after them count. Where the pages stood on lines of
 * their own above titles set in capitals, extraction may mix them into the descriptions: the
 * later titles are the lines in capitals, and the later pages (each past the last) go to them
 * in order.
 */
function withDescribedEntries(lines: readonly string[], region: TocRegion, stoppedAt: number): TocRegion {
  const paged = region.entries.filter((e) => pagedOnItsLine(e.raw.trim(), e.line) !== null);
  const withPage = region.entries.filter((e) => e.page !== null);
  const capitals = withPage.length >= 2 && region.entries.every((e) => inCapitals(e.title));
  if (paged.length < 2 && !capitals) return region;
  const later: TocLine[] = [];
  const pages: number[] = [];
  const titles: TocLine[] = [];
  let lastPage = Math.max(...withPage.map((e) => e.page ?? 0));
  const between: { line: number; text: string }[] = [];
  let pageEnd = -1;
  for (let i = stoppedAt; i < lines.length && i < stoppedAt + 120; i++) {
    const raw = lines[i] ?? '';
    if (raw.startsWith('\f')) {
      pageEnd = i;
      break;
    }
    const text = raw.trim();
    if (text === '') continue;
    const entry = pagedOnItsLine(text, i);
    const page = capitals && BARE_PAGE.test(text) ? Number(/\d+/.exec(text)?.[0]) : null;
    if (entry) later.push(entry);
    else if (page !== null && page > lastPage) {
      pages.push(page);
      lastPage = page;
    } else if (capitals && isEntryLike(text) && inCapitals(text)) titles.push(parseTocLine(text, i));
    else between.push({ line: i, text });
  }
  titles.forEach((title, k) => {
    const page = pages[k];
    if (page !== undefined) later.push({ ...title, page });
    else between.push({ line: title.line, text: title.raw.trim() });
  });
  if (later.length === 0) return region;
  later.sort((a, b) => a.line - b.line);
  const lastPaged = paged.at(-1)?.line ?? -1;
  const lastLater = later.at(-1)?.line ?? stoppedAt;
  // The last entry's description and the page's footer are the contents page's too: where the
  // page ends in view, the contents run to its end.
  const end = pageEnd === -1 ? lastLater + 1 : pageEnd;
  // Page-less lines after the last paged entry were the first description.
  const described = region.entries.filter((e) => e.line > lastPaged && e.page === null);
  return {
    heading: region.heading,
    end,
    entries: [...region.entries.filter((e) => !described.includes(e)), ...later],
    notes: [
      ...region.notes,
      ...described.map((e) => ({ line: e.line, text: e.raw.trim() })),
      ...between.filter((n) => n.line < end),
    ],
  };
}

/**
 * The non-empty lines from `from` on, where a line holding two titles side by side (a contents
 * page set in two columns: 'Introduction<TAB>GRI/SASB disclosures') gives each its own part.
 */
function* contentsParts(lines: readonly string[], from: number): Generator<{ i: number; text: string }> {
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    let cells = text.split('\t').map((cell) => cell.trim());
    // '3-7<TAB>Introduction<TAB>…': a page cell before its title belongs to it.
    if (cells.length >= 3 && /^\d{1,4}(?:[-–—]\d{1,4})?$/.test(cells[0] ?? ''))
      cells = [`${cells[0]} ${cells[1]}`, ...cells.slice(2)];
    const [first = '', second = ''] = cells;
    const twoTitles =
      cells.length === 2 &&
      /^\p{L}/u.test(second) &&
      isEntryLike(first) &&
      isEntryLike(second) &&
      parseTocLine(first, i).page !== null;
    if (twoTitles) for (const cell of cells) yield { i, text: cell };
    else yield { i, text };
  }
}

/**
 * Whether contents lines follow `from`: a page among the next few lines before any running
 * text (the short lines of a body have none).
 */
function entriesFollow(lines: readonly string[], from: number): boolean {
  let checked = 0;
  let paged = false;
  for (let i = from; i < lines.length && checked < 3; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (BARE_PAGE.test(text)) paged = true;
    else if (!isEntryLike(text)) return paged;
    else if (loosePage(parseTocLine(text, i)).page !== null) paged = true;
    checked++;
  }
  return paged;
}

/** Width in Latin letters: a Chinese character is set about two wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(char) ? 2 : 1;
  return width;
}

/** Two lines of one title: Chinese joined as it is, Latin with a space. */
export function joinWrapped(first: string, second: string): string {
  return /[A-Za-z0-9,;:]$/.test(first) && /^[A-Za-z0-9]/.test(second) ? `${first} ${second}` : `${first}${second}`;
}

/** Labels of front matter ('前言', '关于本报告'); one followed by a plain line takes it as its title. */
export const FRONT_LABEL =
  /^(?:前言|序言?|引言|导言|致辞|寄语|卷首语|(?:董事长|总裁|CEO|首席执行官)致辞|关于.{1,10}|报告说明|编制说明|foreword|preface|introduction|about\b.*)$/i;
