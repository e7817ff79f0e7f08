import { findTocHeading } from './detect-report.ts';

export type Cover = { title: string | null; year: number | null; publisher: string | null };

/** A line naming an organisation: the issuing body under a report's title. */
const ORGANISATION =
  /(?:联盟|研究院|研究所|研究中心|委员会|办公室|协会|学会|基金会|集团|公司|中心|大学|学院|银行|部|局|署|厅|司|Inc\.?|Ltd\.?|LLC|Corporation|Company|Foundation|Institute|Association|Alliance|Council|Group|University)$/iu;

const DOCUMENT_WORDS = /报告|白皮书|蓝皮书|年报|年鉴|综述|report|white\s*paper/i;
const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:年|[^\d]|$)/;
const MAX_TITLE_CHARS = 120;

/**
 * The title of a text with no front matter, from its cover: the lines before the table of
 * contents (or the first lines), and no further than the first page where the text has pages
 * (a cover that is an image leaves its page empty; the next page's revision notes are no
 * title). A line that names the kind of document ('…社会责任报告 2021') beats a slogan above
 * it; otherwise the first line is the title. The issuing body is a line that names an
 * organisation ('隐私计算联盟').
 */
export function readCover(lines: string[]): Cover {
  const toc = findTocHeading(lines);
  const pageEnd = lines.findIndex((line) => line.includes('\f'));
  const end = Math.min(toc === -1 ? Math.min(lines.length, 10) : toc, pageEnd === -1 ? Infinity : pageEnd);
  const cover = lines
    .slice(0, end)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length <= MAX_TITLE_CHARS);
  const blocks = coverBlocks(cover);
  const named = blocks.find((block) => block.some((line) => DOCUMENT_WORDS.test(line)));
  const title = named ? titleOf(named) : blocks[0] && blocks[0].length <= MAX_TITLE_LINES ? joinTitle(blocks[0]) : null;
  const titled = named?.find((line) => DOCUMENT_WORDS.test(line));
  const printed = cover.filter((line) => line !== '');
  // The year in the title line, else the first the cover prints ('（2022年）', '2022年7月').
  const yearSource = titled && YEAR.test(titled) ? titled : printed.find((line) => YEAR.test(line));
  const yearMatch = yearSource ? YEAR.exec(yearSource) : null;
  // The issuing body: the first line after the title that names an organisation.
  const titleLines = new Set(named ?? blocks[0] ?? []);
  const publisher =
    printed.find((line) => !titleLines.has(line) && ORGANISATION.test(line) && line.length <= 60) ?? null;
  return { title: title ?? printed[0] ?? null, year: yearMatch?.[1] ? Number(yearMatch[1]) : null, publisher };
}

/** A title set over this many lines at most. */
const MAX_TITLE_LINES = 4;
/** An edition printed under the title: '（2021 年）', '2019/2020' (a bare year is the date). */
const EDITION = /^[（(]\s?(?:19|20)\d{2} ?年?\s?[）)]$|^(?:19|20)\d{2}\s*[/／–-]\s*(?:19|20)?\d{2}$/;
/** A slogan over the title ends as a phrase does: '好风借力，'. */
const PHRASE_END = /[，,、：:；;。！!？?…—]$/;
/** Letters set apart for display ('E L I L I L LY'): a brand, not the title. */
const LETTER_SPACED = /^(?:\S{1,2} ){4,}\S{1,2}$/u;
const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** The cover's lines in the groups it sets them in (blank lines apart), brand lettering left out. */
function coverBlocks(cover: readonly string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of cover) {
    if (line === '') blocks.push([]);
    else if (!LETTER_SPACED.test(line)) blocks.at(-1)?.push(line);
  }
  return blocks.filter((block) => block.length > 0);
}

/**
 * A title set over several lines, to the line that names the document and the edition under
 * it: '隐私计算' / '法律与合规研究白皮书' / '（2021 年）' is one title; a slogan above it is not.
 */
function titleOf(block: readonly string[]): string {
  const at = block.findIndex((line) => DOCUMENT_WORDS.test(line));
  let from = at;
  while (from > 0 && at - from < MAX_TITLE_LINES - 1 && !PHRASE_END.test(block[from - 1] ?? '')) from--;
  const next = block[at + 1];
  return joinTitle([...block.slice(from, at + 1), ...(next !== undefined && EDITION.test(next) ? [next] : [])]);
}

/** A title's lines as one: Chinese joined as it is, anything else with a space. */
function joinTitle(parts: readonly string[]): string {
  return parts.reduce((title, part) =>
    CJK_EDGE.test(title.slice(-1)) && CJK_EDGE.test(part.charAt(0)) ? `${title}${part}` : `${title} ${part}`,
  );
}
