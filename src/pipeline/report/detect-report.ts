/** A line that announces a table of contents: '目录', '目 录', 'Contents'. */
const TOC_HEADING = /^\s*(?:目\s*录|目\s*次|contents|table of contents)\s*$/i;
/** Whether a line is a contents heading ('目录', 'Table of contents'). */
export function isTocHeading(text: string): boolean {
  return TOC_HEADING.test(text);
}

/** Reports are long; a short text with the word 目录 in it is still an article. */
export const MIN_REPORT_CHARS = 3000;
const TOC_SEARCH_LINES = 300;

/**
 * The lines of the contents heading: one line ('目录', '目 录', 'Contents'), or '目' and '录' on
 * lines of their own with blank lines between (a spaced heading that pdftotext breaks apart).
 */
export function findTocHeadingSpan(lines: readonly string[]): { start: number; end: number } | null {
  const limit = Math.min(lines.length, TOC_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const text = (lines[i] ?? '').trim();
    if (TOC_HEADING.test(text)) return { start: i, end: i };
    if (text === '目') {
      let j = i + 1;
      while (j < lines.length && j <= i + 3 && (lines[j] ?? '').trim() === '') j++;
      if ((lines[j] ?? '').trim() === '录') return { start: i, end: j };
    }
  }
  return null;
}

export function findTocHeading(lines: readonly string[]): number {
  return findTocHeadingSpan(lines)?.start ?? -1;
}

/** A long structured plain text with a table of contents near its start is a report. */
export function looksLikeReport(body: string): boolean {
  if (body.length < MIN_REPORT_CHARS) return false;
  if (/<\/?(?:p|div|br|span|img|a)\b/i.test(body)) return false;
  return findTocHeading(body.split('\n')) !== -1;
}
