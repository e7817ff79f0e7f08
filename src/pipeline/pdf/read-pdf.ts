import { createRequire } from 'node:module';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import path from 'node:path';
import { TimeBudgetExceeded } from '../time-budget.ts';
import { piecesToLines, type PdfLine, type TextPiece } from './page-lines.ts';

/*
 * The one place that talks to pdfjs-dist: a PDF's bytes to what the rest of the pipeline reads
 * (positioned lines per page, the outline, page labels, the document information). Everything
 * after this is pure and tested on plain data.
 */

export type OutlineItem = { title: string; pageIndex: number | null; children: OutlineItem[] };

export type PdfInfo = { title: string | null; author: string | null; creationDate: string | null };

export type PdfContent = {
  pages: PdfLine[][];
  outline: OutlineItem[];
  /** Printed page labels by page index, when the PDF declares them. */
  pageLabels: string[] | null;
  info: PdfInfo;
};

export type PdfFailure = { reason: 'encrypted' | 'broken'; detail: string };

/** Why a PDF could not be opened, in words for the build report. */
export class PdfUnreadable extends Error {
  constructor(readonly failure: PdfFailure) {
    super(failure.detail);
    this.name = 'PdfUnreadable';
  }
}

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
/**
 * Character maps for CJK fonts that are not embedded (Adobe-GB1 and kin) and the standard
 * fonts' metrics, read from the package. In Node pdf.js reads them with fs: plain paths, not
 * file URLs (a file URL fails to load and the Chinese text of such fonts comes out empty).
 */
const CMAP_URL = `${path.join(pdfjsRoot, 'cmaps')}${path.sep}`;
const STANDARD_FONTS_URL = `${path.join(pdfjsRoot, 'standard_fonts')}${path.sep}`;

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | null = null;
/** Loaded on the first PDF only: a folder without PDFs never pays for it. */
const pdfjs = (): Promise<PdfJs> => (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const asText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Opens a PDF and reads every page's text; throws PdfUnreadable for encrypted or broken files,
 * TimeBudgetExceeded when the pages take longer than `budgetMs` in all.
 */
export async function readPdf(bytes: Uint8Array, budgetMs = Infinity): Promise<PdfContent> {
  const deadline = performance.now() + budgetMs;
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Images are never drawn here: skipping them keeps reading the fonts of a page cheap.
    maxImageSize: 1,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (cause) {
    await task.destroy();
    // pdf.js does not export its PasswordException class; its name is stable.
    if (cause instanceof Error && cause.name === 'PasswordException')
      throw new PdfUnreadable({ reason: 'encrypted', detail: 'it is protected by a password' });
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new PdfUnreadable({ reason: 'broken', detail: detail.slice(0, 120) });
  }
  try {
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      if (performance.now() > deadline) throw new TimeBudgetExceeded(`reading page ${number} of the PDF`, budgetMs);
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const boldFonts = await boldFontsOf(page, content.items);
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        // Rotated text (a vertical label on a margin) is furniture, not reading text; slanted
        // text (a synthetic italic: the x axis kept, the y axis sheared) is a heading as often.
        if (Math.abs(b) > Math.abs(a) * 0.1 || a === 0) continue;
        const size = Math.abs(d) || item.height;
        pieces.push({
          text: item.str,
          x,
          y,
          width: item.width,
          size,
          ...(boldFonts.has(item.fontName) ? { bold: true } : {}),
        });
      }
      pages.push(piecesToLines(pieces));
      page.cleanup();
    }
    const metadata = await doc.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as Record<string, unknown>;
    return {
      pages,
      outline: await readOutline(doc),
      pageLabels: await doc.getPageLabels().catch(() => null),
      info: {
        title: asText(info.Title),
        author: asText(info.Author),
        creationDate: asText(info.CreationDate),
      },
    };
  } finally {
    await task.destroy();
  }
}

type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDoc['getPage']>>;

/** A bold face by its name ('BCDGEE+MicrosoftYaHei-Bold', 'Helvetica-Bold', 'Arial,Black'). */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/**
 * The page's fonts that are bold faces. pdf.js tells a font's name once it has parsed the page's
 * drawing operations (images skipped, see `maxImageSize`); a font it cannot name is not bold.
 */
async function boldFontsOf(page: PdfPage, items: readonly unknown[]): Promise<Set<string>> {
  const bold = new Set<string>();
  await page.getOperatorList().catch(() => null);
  for (const item of items) {
    const name = item && typeof item === 'object' && 'fontName' in item ? item.fontName : null;
    if (typeof name !== 'string' || bold.has(name) || !page.commonObjs.has(name)) continue;
    const font: unknown = page.commonObjs.get(name);
    const faceName = font && typeof font === 'object' && 'name' in font ? font.name : null;
    if (typeof faceName === 'string' && BOLD_FONT.test(faceName)) bold.add(name);
  }
  return bold;
}
type RawOutline = NonNullable<Awaited<ReturnType<PdfDoc['getOutline']>>>;

async function readOutline(doc: PdfDoc): Promise<OutlineItem[]> {
  const raw = await doc.getOutline().catch(() => null);
  if (!raw) return [];
  const pageOf = async (dest: unknown): Promise<number | null> => {
    try {
      const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
      const ref = Array.isArray(explicit) ? (explicit[0] as unknown) : null;
      if (typeof ref === 'number') return ref;
      if (ref && typeof ref === 'object') return await doc.getPageIndex(ref as Parameters<PdfDoc['getPageIndex']>[0]);
    } catch {
      // A destination that points nowhere leaves the entry without a page; its title still counts.
    }
    return null;
  };
  const visit = async (items: RawOutline, depth: number): Promise<OutlineItem[]> => {
    const out: OutlineItem[] = [];
    for (const item of items) {
      const children = depth < 6 ? await visit(item.items as RawOutline, depth + 1) : [];
      out.push({ title: item.title, pageIndex: await pageOf(item.dest), children });
    }
    return out;
  };
  return visit(raw, 0);
}
