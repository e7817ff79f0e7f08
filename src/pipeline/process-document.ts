import type { DocKind, DocMeta, ReportBlock, TocNode } from '#shared/bundle-schema.ts';
import { cleanArticleHtml, UnreadableDocument } from './article/clean-article-html.ts';
import { makeExcerpt } from './article/excerpt.ts';
import { countChars, readingMinutes } from './article/reading-time.ts';
import { RuleCounter } from './article/rule-counter.ts';
import { error, warning, type Diagnostic } from './diagnostics.ts';
import { cleanText, EMPTY_META, normalizeMeta, type FrontMatterMeta } from './front-matter/normalize-meta.ts';
import { parseFrontMatter } from './front-matter/parse-front-matter.ts';
import { restoreTitlePunctuation } from './front-matter/restore-title.ts';
import { withoutSiteSuffix } from './front-matter/site-suffix.ts';
import { validateHttpUrl } from './front-matter/validate-url.ts';
import { looksLikeReport } from './report/detect-report.ts';
import { cleanControlCharacters } from './report/control-characters.ts';
import { readCover } from './report/read-cover.ts';
import { blockText } from '#shared/report-text.ts';
import { buildReport } from './report/build-report.ts';
import type { OutlineEntry } from './report/outline-entries.ts';
import { decodeSource } from './source/decode-source.ts';
import { DEFAULT_FILE_BUDGET_MS, TimeBudgetExceeded, withTimeBudget } from './time-budget.ts';

export type DocBody = { kind: 'article'; html: string } | { kind: 'report'; toc: TocNode[]; blocks: ReportBlock[] };

/** A document before it gets its id and chunk name. */
export type ProcessedDocument = {
  file: string;
  meta: Omit<DocMeta, 'id' | 'chunk'>;
  body: DocBody;
  /** Block texts, for the no-lost-text check and search. */
  paragraphs: string[];
  /** The id its front matter asks for, if any. */
  requestedId: string | null;
};

export type ProcessResult = {
  document: ProcessedDocument | null;
  diagnostics: Diagnostic[];
  rules: RuleCounter;
  /** Where a report's title and date came from, for the build report ('the cover', 'front matter'). */
  provenance?: Provenance;
};

export type Provenance = { title: string; date: string | null; publisher?: string };

/**
 * What a reader of the source's container (a PDF) knows before the text is read: the kind, an
 * outline, a title and a date each with where it came from. Given facts never override front
 * matter; a PDF's text has none.
 */
export type GivenFacts = {
  kind: DocKind;
  outline: OutlineEntry[];
  /** The size of each text line's type against the body text's (see `documentLayout`). */
  lineScales: readonly number[] | null;
  /** The printed page label of each page, where the PDF declares them. */
  pageLabels: readonly string[] | null;
  title: { value: string; from: string } | null;
  date: { value: string; from: string } | null;
  /** Who wrote it, from the PDF's document information (Author) when plausible. */
  author?: { value: string; from: string } | null;
};

/** A file's name as a title: its stem, with '_' and '-' read as spaces. */
export function titleFromFileName(file: string): string {
  const stem = (file.split('/').pop() ?? file).replace(/\.[^.]*$/, '');
  return stem.replace(/[_-]+/g, ' ').trim() || stem;
}

/** Picks the publisher among the places scraped front matter and bodies name it. */
function pickSource(meta: FrontMatterMeta, ownTags: readonly string[], creditSource: string | null): string | null {
  if (meta.source) return meta.source;
  // Site/source/channel category lists: the author doubles as the publisher when listed there.
  if (meta.author && meta.categories.includes(meta.author)) return meta.author;
  // A scraper's site dialect: the site is the one tag and the one category ('tags: [ 中参馆 ]',
  // 'categories: [ 中参馆 ]'), whoever wrote the piece; otherwise every author is a source.
  // Front matter's own tags only: the terms a page's tag footer adds are the article's subjects.
  const [tag] = ownTags;
  if (tag && ownTags.length === 1 && meta.categories.length === 1 && meta.categories[0] === tag) return tag;
  if (creditSource) return creditSource;
  if (meta.author) return meta.author;
  const url = meta.originalUrl ? validateHttpUrl(meta.originalUrl) : null;
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

/**
 * One source file to a document, or to a rejection; warnings say what was repaired. Whatever
 * a file holds, it never takes the build down: an unexpected failure rejects that file alone.
 */
export function processDocument(
  file: string,
  bytes: Uint8Array,
  budgetMs: number = DEFAULT_FILE_BUDGET_MS,
): ProcessResult {
  return guarded(file, budgetMs, () => processOrThrow(file, bytes));
}

/** An exception while reading a file, as that file's rejection. */
export function rejectionFor(file: string, cause: unknown): ProcessResult {
  if (cause instanceof UnreadableDocument)
    return { document: null, diagnostics: [error(file, cause.message, cause.fix)], rules: new RuleCounter() };
  if (cause instanceof TimeBudgetExceeded)
    return {
      document: null,
      diagnostics: [
        error(
          file,
          cause.message,
          'split the file into smaller ones; if it is an ordinary document, report it to the Yuelan developers',
        ),
      ],
      rules: new RuleCounter(),
    };
  const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return {
    document: null,
    diagnostics: [
      error(
        file,
        `could not be read (${reason.slice(0, 120)})`,
        'check the file; if it looks fine, report it to the Yuelan developers',
      ),
    ],
    rules: new RuleCounter(),
  };
}

/** Runs `step` as processDocument does: within the budget, any failure a rejection of the file. */
export function guarded(file: string, budgetMs: number, step: () => ProcessResult): ProcessResult {
  try {
    return withTimeBudget(budgetMs, step);
  } catch (cause) {
    return rejectionFor(file, cause);
  }
}

function processOrThrow(file: string, bytes: Uint8Array): ProcessResult {
  const decoded = decodeSource(file, bytes);
  if ('rejection' in decoded) return { document: null, diagnostics: [decoded.rejection], rules: new RuleCounter() };
  return processText(file, decoded.text, null, decoded.diagnostics);
}

/**
 * Decoded text to a document: front matter (unless the facts come with the text, as from a
 * PDF), then the report or article road. Call it inside `guarded`.
 */
export function processText(
  file: string,
  source: string,
  given: GivenFacts | null,
  earlier: Diagnostic[] = [],
): ProcessResult {
  const rules = new RuleCounter();
  const diagnostics = [...earlier];
  let data: Record<string, unknown> | null = null;
  let body = source;
  let bodyLine = 1;
  if (!given) {
    const split = parseFrontMatter(file, source);
    if ('rejection' in split) return { document: null, diagnostics: [...diagnostics, split.rejection], rules };
    diagnostics.push(...split.diagnostics);
    ({ data, body, bodyLine } = split.value);
  }

  let meta: FrontMatterMeta = { ...EMPTY_META, categories: [], tags: [] };
  if (data) {
    const normalized = normalizeMeta(file, data);
    meta = normalized.value;
    diagnostics.push(...normalized.diagnostics);
  }
  const ownTags = [...meta.tags];

  // A plain-text report stays one when front matter is added to it (a date, a title), unless
  // the front matter names another kind; Markdown and HTML are articles unless it says report.
  const reportShaped = !meta.kindDeclared && (data === null || /\.txt$/i.test(file)) && looksLikeReport(body);
  const kind: DocKind = given?.kind ?? (meta.isReport || reportShaped ? 'report' : 'article');
  const provenance: Provenance = { title: 'front matter', date: meta.date === null ? null : 'front matter' };
  if (given?.date && meta.date === null) {
    meta.date = given.date.value;
    meta.year = Number(given.date.value.slice(0, 4));
    provenance.date = given.date.from;
  }
  let docBody: DocBody;
  let paragraphs: string[];
  let excerptText: string[];
  let creditSource: string | null = null;

  if (kind === 'report') {
    const cleanup = cleanControlCharacters(body);
    body = cleanup.text;
    if (cleanup.removed > 0) rules.fire('report-control-characters', cleanup.removed);
    if (cleanup.bullets > 0) rules.fire('report-private-use-bullets', cleanup.bullets);
    const report = buildReport(file, body, given?.outline ?? [], {
      pdfPages: given !== null,
      lineScales: given?.lineScales ?? null,
      pageLabels: given?.pageLabels ?? null,
    });
    diagnostics.push(...report.diagnostics);
    for (const line of report.furnitureText) rules.fire('report-page-furniture', 1, line);
    for (const line of report.repeatedText) rules.fire('report-repeated-line', 1, line);
    const cover = readCover(body.split('\n'));
    if (!meta.title && given?.title) {
      meta.title = cleanText(given.title.value);
      provenance.title = given.title.from;
    }
    if (!meta.title && cover.title) {
      meta.title = cleanText(cover.title);
      provenance.title = 'the cover text';
    }
    if (!meta.title) {
      provenance.title = 'the file name';
      // A cover with no text (an image): the report is kept, named by its file, not rejected.
      meta.title = titleFromFileName(file);
      diagnostics.push(
        warning(
          file,
          "the report's cover has no text to take a title from; titled it by its file name",
          given
            ? "set the PDF's title in its document properties"
            : "add front matter with 'title:' (and 'kind: report')",
        ),
      );
    }
    if (!meta.source && cover.publisher) {
      meta.source = cleanText(cover.publisher);
      provenance.publisher = 'the cover text';
    } else if (!meta.source && !meta.author && given?.author) {
      meta.author = cleanText(given.author.value);
      provenance.publisher = given.author.from;
    } else if (meta.source || meta.author) provenance.publisher = 'front matter';
    if (meta.year === null && cover.year !== null) {
      meta.year = cover.year;
      provenance.date = 'the year on the cover';
      if (meta.date === null) {
        diagnostics.push(
          warning(
            file,
            `the report has no date; took the year ${cover.year} from its cover`,
            given
              ? "set the PDF's creation date in its document properties, or add a .txt of its text with front matter"
              : "add front matter with 'date:' (for example 'date: 2021-06-01') and 'kind: report'",
          ),
        );
      }
    }
    docBody = { kind, toc: report.toc, blocks: report.blocks };
    paragraphs = report.blocks.flatMap((block) => blockText(block).split('\n')).filter((line) => line.trim() !== '');
    // The excerpt starts at the first sentence of running text, past the cover and contents.
    const texts = report.blocks.filter((block) => block.type === 'paragraph').map(blockText);
    const firstSentence = texts.findIndex((t) => /[。！？.!?]$/.test(t) && t.length >= 15);
    excerptText = firstSentence === -1 ? texts : texts.slice(firstSentence);
  } else {
    if (!meta.title && given?.title) meta.title = cleanText(given.title.value);
    if (meta.title)
      meta.title = withoutSiteSuffix(
        meta.title,
        [meta.source, meta.author, ...meta.tags, ...meta.categories],
        meta.originalUrl,
      );
    if (meta.title) meta.title = restoreTitlePunctuation(meta.title, body);
    const cleaned = cleanArticleHtml(body, meta.title);
    rules.merge(cleaned.rules);
    for (const { rule, block } of cleaned.rules.heldBack)
      diagnostics.push(
        warning(
          file,
          `the cleaning rule ${rule} wanted to remove ${block}, which holds most of the text; kept it`,
          'nothing to do; if the page shows site chrome, report the page shape to the Yuelan developers',
          bodyLine,
        ),
      );
    for (const tag of cleaned.tags) if (!meta.tags.includes(tag)) meta.tags.push(tag);
    if (!meta.originalUrl && cleaned.originalUrl) meta.originalUrl = cleaned.originalUrl;
    if (!meta.author && cleaned.bylineAuthor) meta.author = cleanText(cleaned.bylineAuthor);
    creditSource = cleaned.creditSource;
    if (!meta.title) {
      const first = cleaned.paragraphs.find((p) => p.length <= 80);
      if (first) {
        meta.title = cleanText(first);
        diagnostics.push(
          warning(file, 'no title in front matter; took the first line of the text', 'add a title to the front matter'),
        );
      }
    }
    docBody = { kind, html: cleaned.html };
    paragraphs = cleaned.paragraphs;
    excerptText = paragraphs;
  }

  if (!meta.title) {
    return {
      document: null,
      diagnostics: [
        ...diagnostics,
        error(
          file,
          'the document has no title and no text to take one from',
          'add a title to the front matter',
          bodyLine,
        ),
      ],
      rules,
    };
  }
  if (paragraphs.length === 0) {
    // Text the cleaning rules took is the page's, not missing: say which rules took it.
    const takenBy = [...new Set(rules.removed.map((r) => r.rule))];
    diagnostics.push(
      takenBy.length > 0
        ? warning(
            file,
            `cleaning left no body text: the rules ${takenBy.join(', ')} removed all of it`,
            'the removed text is listed under removedText in the build report; if it was the article, the page is shaped in a way these rules do not know',
            bodyLine,
          )
        : warning(file, 'the document has no body text', 'add the article text below the front matter', bodyLine),
    );
  }
  if (data !== null && meta.date === null && !diagnostics.some((d) => d.message.includes('date'))) {
    diagnostics.push(warning(file, 'the front matter has no date', "add 'date: 2022-04-24 19:27:09 +0800'"));
  }

  const text = paragraphs.join('\n');
  return {
    document: {
      file,
      meta: {
        kind,
        title: meta.title,
        date: meta.date,
        year: meta.year,
        source: pickSource(meta, ownTags, creditSource),
        author: meta.author,
        categories: meta.categories,
        tags: meta.tags,
        // Found by the build against the content folder's dictionary, once all are read.
        entities: [],
        cover: meta.cover,
        originalUrl: meta.originalUrl,
        excerpt: makeExcerpt(excerptText),
        charCount: countChars(text),
        readingMinutes: readingMinutes(text),
      },
      body: docBody,
      paragraphs,
      requestedId: meta.id,
    },
    diagnostics,
    rules,
    ...(kind === 'report' ? { provenance } : {}),
  };
}
