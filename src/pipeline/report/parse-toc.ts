import { findTocHeading } from './detect-report.ts';
import { normalizeForMatch, SENTENCE_END } from './text-match.ts';
import { splitTrailingPage, withoutLeadersAndPage } from './trailing-page.ts';

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
const LEADING_PAGE = /^(\d{1,4})(\s+)(\S.*)$/;
/** The longest line a TOC entry plausibly has. */
const MAX_ENTRY_CHARS = 40;

export function parseTocLine(raw: string, line: number): TocLine {
  let text = raw.trim();
  let page: number | null = null;
  const trailing = splitTrailingPage(text);
  if (trailing) {
    text = trailing.title;
    page = trailing.page;
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
    // A title may start with a digit only where two spaces keep it apart from the page ('12  5G网络').
    if (leading?.[1] && leading[2] && leading[3] && (!/^\d/.test(leading[3]) || leading[2].length >= 2)) {
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

export type TocRegion = { heading: number; end: number; entries: TocLine[] };

/**
 * The printed TOC: entry-like lines after the '目录' heading, up to the first line that is
 * running text or that repeats an entry already seen (the body has begun).
 */
export function findTocRegion(lines: readonly string[]): TocRegion | null {
  const heading = findTocHeading([...lines]);
  if (heading === -1) return null;
  const entries: TocLine[] = [];
  const seen = new Set<string>();
  let end = heading + 1;
  for (let i = heading + 1; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (!isEntryLike(text)) break;
    const entry = parseTocLine(text, i);
    const key = normalizeForMatch(entry.title);
    if (seen.has(key)) break;
    seen.add(key);
    entries.push(entry);
    end = i + 1;
  }
  return entries.length >= 2 ? { heading, end, entries } : null;
}

/** Labels of front matter ('前言', '关于本报告'); one followed by a plain line takes it as its title. */
export const FRONT_LABEL =
  /^(?:前言|序言?|引言|导言|致辞|寄语|卷首语|(?:董事长|总裁|CEO|首席执行官)致辞|关于.{1,10}|报告说明|编制说明|foreword|preface|introduction|about\b.*)$/i;
