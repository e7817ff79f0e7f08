import { error } from '../diagnostics.ts';
import { escapeHtmlText } from '../html-escape.ts';
import { guarded, processText, rejectionFor, type GivenFacts, type ProcessResult } from '../process-document.ts';
import { looksLikeReport } from '../report/detect-report.ts';
import type { OutlineEntry } from '../report/outline-entries.ts';
import { RuleCounter } from '../article/rule-counter.ts';
import { DEFAULT_FILE_BUDGET_MS } from '../time-budget.ts';
import { blockParagraphs, documentLayout, orderBlocks, type PdfLine } from './page-lines.ts';
import { coverTitle, pdfDate, plausibleAuthor, plausibleTitle } from './pdf-metadata.ts';
import { PdfUnreadable, readPdf, type OutlineItem, type PdfContent } from './read-pdf.ts';

/*
 * A PDF in the content folder: read at build time, then down the same road as a report's
 * extracted text, with what the PDF knows besides (outline, cover type, document information).
 */

/** A PDF this short with no contents and no outline is an article (a statement, a notice). */
const SHORT_PDF_PAGES = 4;

function rejection(file: string, message: string, fix: string): ProcessResult {
  return { document: null, diagnostics: [error(file, message, fix)], rules: new RuleCounter() };
}

/** The outline, depth first, with 1-based pages. */
export function flattenOutline(items: readonly OutlineItem[], depth = 0): OutlineEntry[] {
  return items.flatMap((item) => [
    { title: item.title.replace(/\s+/g, ' ').trim(), depth, page: item.pageIndex === null ? null : item.pageIndex + 1 },
    ...flattenOutline(item.children, depth + 1),
  ]);
}

/** The facts the PDF gives beside its text, each with where it came from. */
export function pdfFacts(
  content: PdfContent,
  kind: GivenFacts['kind'],
  lineScales: readonly number[] | null = null,
  now?: Date,
): GivenFacts {
  const cover = (content.pages[0] ?? []).map((line) => line.text).join('\n');
  const fromCover = content.pages[0] ? coverTitle(content.pages[0]) : null;
  const fromInfo = plausibleTitle(content.info.title, cover);
  const title = fromCover
    ? { value: fromCover, from: "the cover's largest type" }
    : fromInfo
      ? { value: fromInfo, from: "the PDF's document information (Title)" }
      : null;
  const created = pdfDate(content.info.creationDate, now);
  const author = plausibleAuthor(content.info.author);
  return {
    kind,
    outline: flattenOutline(content.outline),
    lineScales,
    pageLabels: content.pageLabels,
    title,
    date: created ? { value: created, from: "the PDF's creation date" } : null,
    author: author ? { value: author, from: "the PDF's document information (Author)" } : null,
  };
}

/** A short PDF's pages as article HTML: one paragraph per paragraph the page prints. */
function articleHtml(pages: readonly PdfLine[][][]): string {
  return pages
    .flatMap((blocks) => blocks.flatMap(blockParagraphs))
    .map((paragraph) => `<p>${escapeHtmlText(paragraph)}</p>`)
    .join('\n');
}

/** One PDF to a document or a rejection; never throws. */
export async function processPdf(
  file: string,
  bytes: Uint8Array,
  budgetMs: number = DEFAULT_FILE_BUDGET_MS,
): Promise<ProcessResult> {
  let content: PdfContent;
  try {
    content = await readPdf(bytes, budgetMs);
  } catch (cause) {
    if (!(cause instanceof PdfUnreadable)) return rejectionFor(file, cause);
    if (cause.failure.reason === 'encrypted')
      return rejection(
        file,
        'the PDF is protected by a password',
        'save an unprotected copy (print to PDF, or qpdf --decrypt) and put that in the content folder',
      );
    return rejection(
      file,
      `the PDF cannot be read (${cause.failure.detail})`,
      'open it in a PDF viewer; if it opens, save a new copy (print to PDF) and use that',
    );
  }
  const chars = content.pages.reduce((n, page) => n + page.reduce((m, line) => m + line.text.length, 0), 0);
  if (chars === 0)
    return rejection(
      file,
      `the PDF has no text layer (${content.pages.length} pages of images: a scan)`,
      'run it through OCR (for example ocrmypdf) and add the result, or add its text as a .txt file',
    );
  // Reading order is worked out once a page, for the report's text or the article's paragraphs.
  const pages = content.pages.map(orderBlocks);
  const { text, scales } = documentLayout(pages);
  const report = content.outline.length >= 2 || content.pages.length > SHORT_PDF_PAGES || looksLikeReport(text);
  const facts = pdfFacts(content, report ? 'report' : 'article', scales);
  return guarded(file, budgetMs, () => processText(file, report ? text : articleHtml(pages), facts));
}
