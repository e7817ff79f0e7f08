/** A line that announces a table of contents: '目录', '目 录', 'Contents'. */
const TOC_HEADING = /^\s*(?:目\s*录|目\s*次|contents|table of contents)\s*$/i;
/** Reports are long; a short text with the word 目录 in it is still an article. */
export const MIN_REPORT_CHARS = 3000;
const TOC_SEARCH_LINES = 300;

export function findTocHeading(lines: string[]): number {
  const limit = Math.min(lines.length, TOC_SEARCH_LINES);
  for (let i = 0; i < limit; i++) if (TOC_HEADING.test(lines[i] ?? '')) return i;
  return -1;
}

/** A long structured plain text with a table of contents near its start is a report. */
export function looksLikeReport(body: string): boolean {
  if (body.length < MIN_REPORT_CHARS) return false;
  if (/<\/?(?:p|div|br|span|img|a)\b/i.test(body)) return false;
  return findTocHeading(body.split('\n')) !== -1;
}
