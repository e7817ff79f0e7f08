import { normalizeForMatch } from '../report/text-match.ts';
import { joinLines, orderBlocks, type PdfLine } from './page-lines.ts';

/*
 * What a PDF says about itself, checked before it is believed: producers leave their own words in
 * the document information ('Microsoft Word - 1.docx', 'PowerPoint 演示文稿', a classification
 * stamp), and the creation date of a converted file can be years after the report.
 */

/** Titles that name the tool, the template or the file, not the report. */
const PRODUCER_TITLE =
  /^(?:microsoft\s|powerpoint|word\s|untitled|无标题|新建|演示文稿|文档\s?\d*$|document\s?\d*$|slide\s?\d*$)|演示文稿|\.(?:docx?|pptx?|xlsx?|pdf|indd|pages|key|wps|txt)$/iu;

/**
 * The document information's title, when it is the report's: not a producer's leftover, and
 * printed on the cover when the cover has text (a title nobody printed is a template's or an
 * old draft's); a cover that is an image has nothing to check against.
 */
export function plausibleTitle(title: string | null, coverText: string): string | null {
  const value = title?.replace(/\s+/g, ' ').trim() ?? '';
  const chars = Array.from(value).length;
  if (chars < 2 || chars > 200 || PRODUCER_TITLE.test(value)) return null;
  const key = normalizeForMatch(value);
  const cover = normalizeForMatch(coverText);
  if (key.length < 2 || (cover !== '' && !cover.includes(key))) return null;
  return value;
}

/**
 * A PDF date ('D:20220802165823+08'00'') as an ISO instant; null for anything else (Word writes
 * hex noise there at times) or a year before PDF existed or after next year.
 */
export function pdfDate(value: string | null, now: Date = new Date()): string | null {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(
    value ?? '',
  );
  if (!match?.[1]) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i, k) =>
    Number(match[i] ?? (k === 1 || k === 2 ? '1' : '0')),
  ) as [number, number, number, number, number, number];
  if (year < 1993 || year > now.getUTCFullYear() + 1 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const sign = match[8] === '-' ? -1 : 1;
  const offsetMinutes = match[8] ? sign * (Number(match[9] ?? '0') * 60 + Number(match[10] ?? '0')) : 0;
  if (Math.abs(offsetMinutes) > 14 * 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return new Date(utc).toISOString();
}

const EDITION = /^[（(]\d{4}(?:[-–/]\d{2,4})?\s?年?度?版?[）)]$/u;

/**
 * The cover's title: the largest type on the first page, its lines in reading order and
 * joined, when that is words (not a year, a logo's letters or a slogan's first line alone).
 */
export function coverTitle(page: readonly PdfLine[]): string | null {
  const all = orderBlocks(page).flat();
  const lines = all.filter((line) => /\p{L}.*\p{L}/u.test(line.text));
  if (lines.length === 0) return null;
  const largest = Math.max(...lines.map((line) => line.size));
  const smallest = Math.min(...all.map((line) => line.size));
  // A cover set all in one size is its title when it is a few lines; a page of text has none.
  if (largest < smallest * 1.2 && lines.length > 4) return null;
  const parts: string[] = [];
  let started = false;
  for (const line of all) {
    const big = line.size >= largest * 0.85 && lines.includes(line);
    if (big) {
      parts.push(line.text);
      started = true;
    } else if (started) {
      // The edition under the title, a little smaller: '（2021年）' is part of the name.
      if (EDITION.test(line.text) && line.size >= largest * 0.6) parts.push(line.text);
      break;
    }
    if (parts.length === 4) break;
  }
  const title = parts.reduce((acc, part) => (acc === '' ? part : joinLines(acc, part)), '').trim();
  // Letters set apart for display ('E L I L I L L Y') are one word.
  const tidy = /^(?:\p{Lu} ){3,}\p{Lu}/u.test(title) ? title.replace(/(?<=\p{Lu}) (?=\p{Lu}(?: |$))/gu, '') : title;
  return Array.from(tidy).length >= 2 && Array.from(tidy).length <= 120 ? tidy : null;
}

/** What producers and office machines leave as a PDF's Author: an account, not a writer. */
const ACCOUNT_NAME =
  /^(?:admin(?:istrator)?|user|owner|guest|root|author|unknown|microsoft|lenovo|dell|hp|asus|acer|windows|pc|[a-z]{0,3}\d+|\d+)$/i;

/** The document information's Author, unless it is empty or a machine account's name. */
export function plausibleAuthor(author: string | null): string | null {
  const value = author?.replace(/\s+/g, ' ').trim() ?? '';
  return value.length >= 2 && value.length <= 80 && !ACCOUNT_NAME.test(value) ? value : null;
}
