/**
 * The one contract between the content pipeline (Node, build time) and the app (browser).
 * Both sides import these types; the app validates what it fetches with the guards below,
 * because a bundle can come from another build or a hand-edited host.
 */
export const SCHEMA_VERSION = 5;

/** Folder, relative to the app's base URL, that holds the bundle. */
export const DATA_DIR = 'data';
export const MANIFEST_FILE = 'manifest.json';

export type DocKind = 'article' | 'report';

export type DocMeta = {
  /** Stable, URL-safe, unique; the same across builds for the same source file. */
  id: string;
  kind: DocKind;
  title: string;
  /** ISO 8601 with offset, e.g. 2022-04-24T19:27:09+08:00; null when the source gives none. */
  date: string | null;
  /** Publication year: from the date, or for undated reports from their cover. */
  year: number | null;
  /** Publisher. */
  source: string | null;
  author: string | null;
  categories: string[];
  tags: string[];
  /** Organisations and people of the content folder's dictionary the document mentions, by canonical name. */
  entities: string[];
  /** http(s) URL of a cover image. */
  cover: string | null;
  /** http(s) URL of the original publication. */
  originalUrl: string | null;
  /** About 120 characters of plain text. */
  excerpt: string;
  /** Characters of body text, white space excluded. */
  charCount: number;
  readingMinutes: number;
  /** Chunk file, relative to the data folder; content-hashed, so cacheable for ever. */
  chunk: string;
};

/** The whole library, as the app holds it once every page of the manifest has arrived. */
export type Manifest = {
  schemaVersion: number;
  /** Every document, newest first (the order search units refer to). */
  documents: DocMeta[];
  /** The search index's entry file, relative to the data folder; loaded on the first search. */
  search: string | null;
  /** Bytes of every chunk and index file: what saving the whole library offline takes. */
  dataBytes: number;
};

/** Documents per page of the manifest: the library's first screen needs only the first page. */
export const MANIFEST_PAGE_SIZE = 1000;

/** The facets every document has values for; the app's library filters by these. */
export const FACETS = ['tag', 'entity', 'category', 'source', 'year', 'kind', 'month'] as const;
export type Facet = (typeof FACETS)[number];

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The month of a date as 'YYYY-MM', in China time as the app shows dates (a document dated by
 * its year alone has none).
 */
export function docMonth(date: string | null): string[] {
  const time = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(time)) return [];
  const china = new Date(time + CHINA_OFFSET_MS);
  return [`${china.getUTCFullYear()}-${String(china.getUTCMonth() + 1).padStart(2, '0')}`];
}

/** A document's values for each facet. */
export function docFacetValues(doc: DocMeta): Record<Facet, string[]> {
  return {
    tag: doc.tags,
    entity: doc.entities,
    category: doc.categories,
    source: doc.source ? [doc.source] : [],
    year: doc.year === null ? [] : [String(doc.year)],
    kind: [doc.kind],
    month: docMonth(doc.date),
  };
}

/** How many documents of the whole library have each facet value, most first. */
export type FacetTotals = Record<Facet, [value: string, count: number][]>;

export function facetTotals(docs: readonly DocMeta[]): FacetTotals {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const doc of docs) {
    const values = docFacetValues(doc);
    for (const facet of FACETS)
      for (const value of values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  }
  const order = ([a, x]: [string, number], [b, y]: [string, number]) => y - x || (a < b ? -1 : a > b ? 1 : 0);
  return Object.fromEntries(FACETS.map((facet) => [facet, [...counts[facet]].sort(order)])) as FacetTotals;
}

/**
 * manifest.json: what the library's first screen needs, whatever the library's size. A library
 * of a hundred thousand documents has a manifest of about 14 MB gzip: the first page and the
 * facet counts are enough to show the library, and the other pages arrive after.
 */
export type ManifestFile = {
  schemaVersion: number;
  /** The newest MANIFEST_PAGE_SIZE documents, newest first. */
  firstPage: DocMeta[];
  /** Files (relative to the data folder) with the other documents, newest first, a page each. */
  pages: string[];
  /** Documents in the whole library. */
  total: number;
  facets: FacetTotals;
  search: string | null;
  dataBytes: number;
};

/** One of ManifestFile.pages. */
export type ManifestPage = { schemaVersion: number; documents: DocMeta[] };

/**
 * Where search positions start for each field of a unit, so one position space tells the field
 * of a hit and a phrase never runs from one field into the next.
 */
export const FIELD_BASE = { title: 0, tag: 4096, source: 8192, heading: 12288, body: 16384 } as const;
/** A character's unit-level postings carry a bitmask of the fields it occurs in. */
export const FIELD_BIT = { title: 1, tag: 2, source: 4, heading: 8, body: 16 } as const;
export type SearchField = keyof typeof FIELD_BASE;

/** A searchable unit: an article, a report as a whole, or one section of a report. */
export type SearchUnit = {
  /** Index into the manifest's documents. */
  doc: number;
  section: string | null;
  sectionTitle: string | null;
  page: number | null;
};

export type SearchMeta = {
  schemaVersion: number;
  units: SearchUnit[];
  /** Shard file names by shard number; a gram lives in shard fnv1a(shardKey(gram)) % length. */
  shards: string[];
};

/**
 * A shard maps grams to postings: for unigrams ('c:…') each unit with the bitmask of fields the
 * character is in; for positional grams each unit with its positions; units ascending. On disk a
 * shard is binary (varints, see search-shard.ts, which the pipeline writes and the app reads);
 * this is what decoding gives the app.
 */
/** Unit-level postings of a character: units ascending, with the bitmask of fields it is in. */
export type UnigramPostings = { units: Int32Array; masks: Int32Array };

/** Positional postings: units ascending; the positions of units[i] are positions[offsets[i] .. offsets[i + 1]). */
export type PositionalPostings = { units: Int32Array; offsets: Int32Array; positions: Int32Array };

export type SearchShard = {
  grams(): Iterable<string>;
  /** A character's postings ('c:…' keys only). */
  unigram(gram: string): UnigramPostings | undefined;
  /** Any other gram's postings, positions absolute. */
  positional(gram: string): PositionalPostings | undefined;
};

/** An entity of the dictionary the text mentions, and the words (its name, aliases) it does so by. */
export type Mention = { entity: string; terms: string[] };

export type ArticleChunk = {
  schemaVersion: number;
  id: string;
  kind: 'article';
  /** Left out when the text mentions none. */
  mentions?: Mention[];
  /** Cleaned at build time for reading quality; still untrusted: the app sanitizes it. */
  html: string;
};

export type TocNodeKind = 'front' | 'chapter' | 'section' | 'subheading' | 'story';

/** A node of a report's recovered structure. Ids are short ASCII, stable across builds. */
export type TocNode = {
  id: string;
  kind: TocNodeKind;
  number: string | null;
  title: string;
  /** Front matter printed as a label over its title, such as '前言'. */
  label?: string;
  /** Page in the printed report, from its table of contents. */
  page: number | null;
  /** The entry is in the table of contents but was not found in the body. */
  missing?: true;
  children: TocNode[];
};

/** Inline text; bold where the source marks it with **. */
export type Span = { text: string; strong?: true };

export type ReportBlock =
  | { type: 'cover'; lines: string[] }
  | { type: 'contents'; title: string; entries: { id: string | null; text: string }[] }
  | {
      type: 'heading';
      id: string;
      kind: TocNodeKind;
      number: string | null;
      title: string;
      page: number | null;
      /** The page of the published PDF the heading stands on (1-based), when the PDF is published. */
      pdfPage?: number;
    }
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'pullquote'; text: string }
  | { type: 'callout'; figure: string; caption: string }
  | { type: 'list'; ordered: boolean; start?: number; items: string[] }
  /** Tab-separated rows; an empty first cell continues the group of the row above. */
  | { type: 'table'; header: string[] | null; rows: string[][] }
  | { type: 'section-list'; entries: { id: string | null; number: string; title: string; page: number | null }[] }
  | { type: 'people'; rows: { name: string; role: string }[] };

export type ReportChunk = {
  schemaVersion: number;
  id: string;
  kind: 'report';
  /** Left out when the text mentions none. */
  mentions?: Mention[];
  toc: TocNode[];
  blocks: ReportBlock[];
  /** The report's PDF, published beside the bundle (PUBLISH_PDF=1): a file of the data folder. */
  pdf?: string;
};

/** Where a published PDF may be: the data folder's pdf/ with a content-hashed name. */
export const PUBLISHED_PDF = /^pdf\/[\w.-]+\.pdf$/;

export type DocChunk = ArticleChunk | ReportChunk;

export class BundleFormatError extends Error {
  constructor(what: string, detail: string) {
    super(`${what} is not a valid Yuelan bundle file: ${detail}`);
    this.name = 'BundleFormatError';
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function checkVersion(what: string, json: Json): void {
  if (json.schemaVersion !== SCHEMA_VERSION) {
    throw new BundleFormatError(what, `schema version ${String(json.schemaVersion)}, expected ${SCHEMA_VERSION}`);
  }
}

function isDocMeta(value: unknown): value is DocMeta {
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    (value.kind === 'article' || value.kind === 'report') &&
    typeof value.title === 'string' &&
    isNullableString(value.date) &&
    (value.year === null || typeof value.year === 'number') &&
    isNullableString(value.source) &&
    isNullableString(value.author) &&
    isStringArray(value.categories) &&
    isStringArray(value.tags) &&
    isStringArray(value.entities) &&
    isNullableString(value.cover) &&
    isNullableString(value.originalUrl) &&
    typeof value.excerpt === 'string' &&
    typeof value.charCount === 'number' &&
    typeof value.readingMinutes === 'number' &&
    typeof value.chunk === 'string'
  );
}

function parseDocuments(what: string, documents: unknown): DocMeta[] {
  if (!Array.isArray(documents)) throw new BundleFormatError(what, 'documents is not a list');
  documents.forEach((doc, index) => {
    if (!isDocMeta(doc)) throw new BundleFormatError(what, `document ${index} is malformed`);
  });
  return documents as DocMeta[];
}

function isFacetTotals(value: unknown): value is FacetTotals {
  return (
    isObject(value) &&
    FACETS.every((facet) => {
      const entries = value[facet];
      return (
        Array.isArray(entries) &&
        entries.every(
          (entry) =>
            Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'number',
        )
      );
    })
  );
}

export function parseManifestFile(json: unknown): ManifestFile {
  if (!isObject(json)) throw new BundleFormatError('manifest', 'not an object');
  checkVersion('manifest', json);
  const firstPage = parseDocuments('manifest', json.firstPage);
  if (!isStringArray(json.pages)) throw new BundleFormatError('manifest', 'pages is not a list of files');
  if (typeof json.total !== 'number' || json.total < firstPage.length)
    throw new BundleFormatError('manifest', 'total is missing or too small');
  if (!isFacetTotals(json.facets)) throw new BundleFormatError('manifest', 'facets are malformed');
  return {
    schemaVersion: SCHEMA_VERSION,
    firstPage,
    pages: json.pages,
    total: json.total,
    facets: json.facets,
    search: typeof json.search === 'string' ? json.search : null,
    dataBytes: typeof json.dataBytes === 'number' ? json.dataBytes : 0,
  };
}

export function parseManifestPage(json: unknown, file: string): ManifestPage {
  const what = `manifest page ${file}`;
  if (!isObject(json)) throw new BundleFormatError(what, 'not an object');
  checkVersion(what, json);
  return { schemaVersion: SCHEMA_VERSION, documents: parseDocuments(what, json.documents) };
}

/** The whole library from the manifest file and its pages, in order. */
export function assembleManifest(file: ManifestFile, pages: readonly ManifestPage[]): Manifest {
  const documents = file.firstPage.concat(...pages.map((page) => page.documents));
  if (documents.length !== file.total)
    throw new BundleFormatError('manifest', `its pages hold ${documents.length} documents, not ${file.total}`);
  return { schemaVersion: SCHEMA_VERSION, documents, search: file.search, dataBytes: file.dataBytes };
}

/** The manifest file and its pages, for a library (the pipeline writes these). */
export function paginateManifest(
  manifest: Manifest,
  facets: FacetTotals,
  pageName: (page: ManifestPage, index: number) => string,
): { file: ManifestFile; pages: Map<string, ManifestPage> } {
  const pages = new Map<string, ManifestPage>();
  for (let start = MANIFEST_PAGE_SIZE, i = 1; start < manifest.documents.length; start += MANIFEST_PAGE_SIZE, i++) {
    const page = {
      schemaVersion: SCHEMA_VERSION,
      documents: manifest.documents.slice(start, start + MANIFEST_PAGE_SIZE),
    };
    pages.set(pageName(page, i), page);
  }
  return {
    file: {
      schemaVersion: SCHEMA_VERSION,
      firstPage: manifest.documents.slice(0, MANIFEST_PAGE_SIZE),
      pages: [...pages.keys()],
      total: manifest.documents.length,
      facets,
      search: manifest.search,
      dataBytes: manifest.dataBytes,
    },
    pages,
  };
}

const BLOCK_TYPES = new Set([
  'cover',
  'contents',
  'heading',
  'paragraph',
  'pullquote',
  'callout',
  'list',
  'table',
  'section-list',
  'people',
]);

export function parseDocChunk(json: unknown, expectedId: string): DocChunk {
  const what = `chunk of ${expectedId}`;
  if (!isObject(json)) throw new BundleFormatError(what, 'not an object');
  checkVersion(what, json);
  if (json.id !== expectedId) throw new BundleFormatError(what, 'it belongs to another document');
  const mentions = json.mentions ?? [];
  if (
    !Array.isArray(mentions) ||
    !mentions.every((m) => isObject(m) && typeof m.entity === 'string' && isStringArray(m.terms))
  ) {
    throw new BundleFormatError(what, 'its mentions are malformed');
  }
  if (json.kind === 'article' && typeof json.html === 'string') {
    return {
      schemaVersion: SCHEMA_VERSION,
      id: expectedId,
      kind: 'article',
      mentions: mentions as Mention[],
      html: json.html,
    };
  }
  if (json.kind === 'report' && Array.isArray(json.blocks) && Array.isArray(json.toc)) {
    if (
      !json.blocks.every((block) => isObject(block) && typeof block.type === 'string' && BLOCK_TYPES.has(block.type))
    ) {
      throw new BundleFormatError(what, 'a block is malformed');
    }
    if (json.pdf !== undefined && (typeof json.pdf !== 'string' || !PUBLISHED_PDF.test(json.pdf)))
      throw new BundleFormatError(what, 'its PDF is not a file of the data folder');
    return {
      schemaVersion: SCHEMA_VERSION,
      id: expectedId,
      kind: 'report',
      mentions: mentions as Mention[],
      toc: json.toc as TocNode[],
      blocks: json.blocks as ReportBlock[],
      ...(typeof json.pdf === 'string' ? { pdf: json.pdf } : {}),
    };
  }
  throw new BundleFormatError(what, 'unknown kind or missing body');
}
