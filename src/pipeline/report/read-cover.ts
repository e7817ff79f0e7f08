import { findTocHeading } from './detect-report.ts';

export type Cover = { title: string | null; year: number | null };

const DOCUMENT_WORDS = /报告|白皮书|蓝皮书|年报|年鉴|综述|report|white\s*paper/i;
const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:年|[^\d]|$)/;
const MAX_TITLE_CHARS = 120;

/**
 * The title of a text with no front matter, from its cover: the lines before the table of
 * contents (or the first lines). A line that names the kind of document ('…社会责任报告 2021')
 * beats a slogan above it; otherwise the first line is the title.
 */
export function readCover(lines: string[]): Cover {
  const toc = findTocHeading(lines);
  const end = toc === -1 ? Math.min(lines.length, 10) : toc;
  const cover = lines
    .slice(0, end)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && line.length <= MAX_TITLE_CHARS);
  const titled = cover.find((line) => DOCUMENT_WORDS.test(line));
  const title = titled ?? cover[0] ?? null;
  // The year in the title line, else the first the cover prints ('（2022年）', '2022年7月').
  const yearSource = titled && YEAR.test(titled) ? titled : cover.find((line) => YEAR.test(line));
  const yearMatch = yearSource ? YEAR.exec(yearSource) : null;
  return { title, year: yearMatch?.[1] ? Number(yearMatch[1]) : null };
}
