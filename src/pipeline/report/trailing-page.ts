/**
 * A contents line's page at its end ('第一章 总则……… 12', '1.1 夯实科研基础<TAB>09',
 * 'Our approach   4'), found by scanning back from the end. The pattern this replaces,
 * /^(.*?\S)(?:\s*[.·…]{2,}\s*|\t+\s*|\s{2,})(\d{1,4})$/, let a lazy title and the separator's
 * quantifiers trade the same characters, which backtracks for minutes over one crafted line.
 */

export type TrailingPageOptions = {
  /** Characters that lead the eye to the page ('.', '…', '·'); two or more make a separator. */
  leaders: string;
  /** Whether two spaces alone separate title and page (not in a chapter's own section list). */
  spaces: boolean;
};

export const TOC_LEADERS: TrailingPageOptions = { leaders: '.·…‥．_-', spaces: true };

const isSpace = (char: string) => char !== '' && char.trim() === '';

/**
 * The title and page of `text` (trimmed), or null when it does not end in a page behind a
 * separator. The title is the shortest that leaves a separator, as the lazy pattern took it.
 */
export function splitTrailingPage(
  text: string,
  options: TrailingPageOptions = TOC_LEADERS,
): { title: string; page: number } | null {
  const isLeader = (char: string) => char !== '' && options.leaders.includes(char);
  const end = text.length;
  let digits = end;
  while (digits > 0 && /\d/.test(text.charAt(digits - 1))) digits--;
  if (end - digits < 1 || end - digits > 4) return null;
  // Before the page: white space [spacesAfter, digits), leaders [leaders, spacesAfter), white space [spacesBefore, leaders).
  let spacesAfter = digits;
  while (spacesAfter > 0 && isSpace(text.charAt(spacesAfter - 1))) spacesAfter--;
  let leaderStart = spacesAfter;
  while (leaderStart > 0 && isLeader(text.charAt(leaderStart - 1))) leaderStart--;
  let spacesBefore = leaderStart;
  while (spacesBefore > 0 && isSpace(text.charAt(spacesBefore - 1))) spacesBefore--;

  let cut = -1;
  if (spacesAfter - leaderStart >= 2) {
    // A title ending just before the white space, else inside the leaders (a leader ends it).
    if (spacesBefore >= 1) cut = spacesBefore;
    else if (leaderStart + 1 <= spacesAfter - 2) cut = leaderStart + 1;
  }
  if (cut === -1 && spacesAfter >= 1 && spacesAfter < digits) {
    const tab = text.charAt(spacesAfter) === '\t';
    if (tab || (options.spaces && digits - spacesAfter >= 2)) cut = spacesAfter;
  }
  if (cut === -1) return null;
  const title = text.slice(0, cut).trim();
  return title === '' ? null : { title, page: Number(text.slice(digits)) };
}

/** `text` without dot leaders and a page at its end ('总则……12' → '总则'), for measuring the title. */
export function withoutLeadersAndPage(text: string, leaders = '.·…‥_'): string {
  let digits = text.length;
  while (digits > 0 && /\d/.test(text.charAt(digits - 1))) digits--;
  if (digits === text.length) return text;
  let spaces = digits;
  while (spaces > 0 && isSpace(text.charAt(spaces - 1))) spaces--;
  let start = spaces;
  while (start > 0 && leaders.includes(text.charAt(start - 1))) start--;
  return spaces - start >= 2 ? text.slice(0, start) : text;
}

const ROMAN = /^(?:[ivxlcdm]{1,7}|[IVXLCDM]{1,7}|[\u2160-\u216b\u2170-\u217b])$/u;

/**
 * The title of a contents line whose page is a roman numeral behind leaders or a tab ('前言……III',
 * 'Foreword .... iii'): front matter numbered apart from the body, so the page says nothing of
 * where the body's pages are. Null when the line does not end so.
 */
export function splitTrailingRomanPage(text: string, leaders = TOC_LEADERS.leaders): string | null {
  const end = text.length;
  let start = end;
  while (start > 0 && /[ivxlcdmIVXLCDM\u2160-\u216b\u2170-\u217b]/u.test(text.charAt(start - 1))) start--;
  if (start === end || !ROMAN.test(text.slice(start))) return null;
  let before = start;
  let leaderCount = 0;
  let tab = false;
  while (before > 0) {
    const char = text.charAt(before - 1);
    if (leaders.includes(char)) leaderCount++;
    else if (char === '\t') tab = true;
    else if (!isSpace(char)) break;
    before--;
  }
  if (leaderCount < 2 && !tab) return null;
  const title = text.slice(0, before).trim();
  return title === '' ? null : title;
}
