import { decodeHTML } from 'entities';
import { isValidId } from '#shared/ids.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import { parseDate } from './parse-date.ts';
import { validateHttpUrl } from './validate-url.ts';

/** What front matter says of a document, in Yuelan's terms; body-derived facts come later. */
export type FrontMatterMeta = {
  title: string | null;
  date: string | null;
  year: number | null;
  author: string | null;
  /** An explicit publisher field. */
  source: string | null;
  categories: string[];
  tags: string[];
  cover: string | null;
  originalUrl: string | null;
  /** The front matter names the document a report. */
  isReport: boolean;
  /** Whether the front matter names the kind at all ('kind: article', 'layout: post'). */
  kindDeclared: boolean;
  /** An id asked for in front matter ('id: annual-2022'), kept whatever the file is called. */
  id: string | null;
};

export const EMPTY_META: FrontMatterMeta = {
  title: null,
  date: null,
  year: null,
  author: null,
  source: null,
  categories: [],
  tags: [],
  cover: null,
  originalUrl: null,
  id: null,
  isReport: false,
  kindDeclared: false,
};

// Hexo, Jekyll and the scrapers that write them name the same things differently.
const TITLE_KEYS = ['title'];
/** Longer is not a title but a paragraph that landed in the wrong field. */
const MAX_TITLE_CHARS = 300;
/** News and reports from outside these years are typing mistakes (9999, 0001), not documents. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;
const DATE_KEYS = ['date', 'published', 'pubDate', 'pubdate', 'created'];
const AUTHOR_KEYS = ['author', 'authors'];
const SOURCE_KEYS = ['source', 'publisher', 'site'];
const CATEGORY_KEYS = ['categories', 'category'];
const TAG_KEYS = ['tags', 'tag', 'keywords'];
const COVER_KEYS = ['cover', 'headimg', 'thumbnail', 'image', 'banner', 'cover_image'];
const ORIGINAL_KEYS = ['link', 'original', 'original_url', 'source_url', 'canonical', 'url', 'from'];
const KIND_KEYS = ['kind', 'type', 'layout'];

/** Control characters and bidi overrides have no place in a title or a tag. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(value: string): string {
  return value.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
}

function firstKey(data: Record<string, unknown>, keys: string[]): [string, unknown] | null {
  for (const key of keys) {
    if (Object.hasOwn(data, key) && data[key] !== null && data[key] !== undefined && data[key] !== '') {
      return [key, data[key]];
    }
  }
  return null;
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value) || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function textList(file: string, key: string, value: unknown, diagnostics: Diagnostic[]): string[] {
  let items: unknown[];
  if (Array.isArray(value)) {
    items = value;
  } else if (typeof value === 'string') {
    const parts = value.split(/[,，、;；]/).map((part) => part.trim());
    if (parts.length > 1) {
      diagnostics.push(
        warning(
          file,
          `${key} is one string; split it at the commas into ${parts.length} values`,
          `write ${key} as a YAML list`,
        ),
      );
    }
    items = parts;
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    items = [value];
  } else {
    diagnostics.push(warning(file, `${key} is not a list of text; ignored it`, `write ${key} as a YAML list`));
    return [];
  }
  const out: string[] = [];
  let dropped = 0;
  for (const item of items) {
    const text = scalarText(item);
    if (text === null) {
      if (item !== null && item !== '') dropped++;
      continue;
    }
    if (text.length > 100) {
      dropped++;
      continue;
    }
    if (!out.includes(text)) out.push(text);
  }
  if (dropped > 0) {
    diagnostics.push(
      warning(
        file,
        `${key} has ${dropped} value(s) that are not short text; dropped them`,
        `make every ${key} value a short text`,
      ),
    );
  }
  return out;
}

function urlField(
  file: string,
  data: Record<string, unknown>,
  keys: string[],
  diagnostics: Diagnostic[],
): string | null {
  const found = firstKey(data, keys);
  if (!found) return null;
  const [key, value] = found;
  const url = validateHttpUrl(value);
  if (url === null) {
    diagnostics.push(
      warning(file, `${key} is not an http(s) URL; ignored it`, `give ${key} as an absolute http(s) URL`),
    );
  }
  return url;
}

/** Front matter (any dialect we know) to Yuelan's metadata; problems become warnings, never throws. */
/**
 * Every string of the front matter with its HTML entities decoded ('Paul Haenle &#38; Anushka W.'):
 * scrapers copy them from the page, and left in they split at the ';' of '&#38;' as two authors.
 * Before any other reading of the fields, so no field sees an entity.
 */
export function decodeEntities<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return (value.includes('&') ? decodeHTML(value) : value) as T;
  if (depth > 16 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => decodeEntities(item, depth + 1)) as T;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[key] = decodeEntities(item, depth + 1);
  return out as T;
}

export function normalizeMeta(
  file: string,
  rawData: Record<string, unknown>,
): { value: FrontMatterMeta; diagnostics: Diagnostic[] } {
  const data = decodeEntities(rawData);
  const diagnostics: Diagnostic[] = [];
  const meta: FrontMatterMeta = { ...EMPTY_META, categories: [], tags: [] };

  if (data.id !== undefined) {
    const id = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id).trim() : '';
    if (isValidId(id)) meta.id = id;
    else
      diagnostics.push(
        warning(
          file,
          'the id in the front matter cannot be a URL; the file took one from its path',
          "write it in lower-case letters, digits, '-' and '_' (at most 80)",
        ),
      );
  }

  const title = firstKey(data, TITLE_KEYS);
  if (title) {
    const text = typeof title[1] === 'string' ? cleanText(title[1]) : null;
    if (typeof title[1] === 'string' && new RegExp(UNSAFE_CHARS.source).test(title[1]))
      diagnostics.push(
        warning(
          file,
          'the title holds control characters or direction overrides; removed them',
          'retype the title as plain text',
        ),
      );
    if (text) {
      meta.title = text.length > MAX_TITLE_CHARS ? `${text.slice(0, MAX_TITLE_CHARS)}…` : text;
      if (text.length > MAX_TITLE_CHARS)
        diagnostics.push(
          warning(
            file,
            `the title is ${text.length} characters long; cut it to ${MAX_TITLE_CHARS}`,
            'shorten the title',
          ),
        );
    } else if (typeof title[1] === 'number' || typeof title[1] === 'boolean') {
      meta.title = String(title[1]);
      diagnostics.push(warning(file, `the title is a ${typeof title[1]}; used it as text`, 'quote the title'));
    } else {
      diagnostics.push(
        warning(
          file,
          'the title is not text; took the title from the body instead',
          'write the title as one line of text',
        ),
      );
    }
  }

  const date = firstKey(data, DATE_KEYS);
  if (date) {
    const [key, value] = date;
    const parsed = typeof value === 'string' || typeof value === 'number' ? parseDate(String(value)) : null;
    if (parsed && (parsed.year < EARLIEST_YEAR || parsed.year > LATEST_YEAR)) {
      diagnostics.push(
        warning(
          file,
          `${key} '${parsed.iso.slice(0, 10)}' is outside ${EARLIEST_YEAR}–${LATEST_YEAR}; the document has no date`,
          `check the year of ${key}`,
        ),
      );
    } else if (parsed) {
      meta.date = parsed.iso;
      meta.year = parsed.year;
    } else {
      const shown =
        typeof value === 'string'
          ? `'${cleanText(value).slice(0, 40)}'`
          : `a ${Array.isArray(value) ? 'list' : typeof value}`;
      diagnostics.push(
        warning(
          file,
          `${key} ${shown} is not a date we can read; the document has no date`,
          "write it as '2022-04-24 19:27:09 +0800'",
        ),
      );
    }
  }

  const author = firstKey(data, AUTHOR_KEYS);
  if (author) meta.author = textList(file, author[0], author[1], diagnostics).join('、') || null;

  const source = firstKey(data, SOURCE_KEYS);
  if (source) {
    const text = scalarText(source[1]);
    // 'source: https://…' is a link to the original, not a publisher's name.
    if (text && validateHttpUrl(text) === null) meta.source = text.slice(0, 100);
  }

  const categories = firstKey(data, CATEGORY_KEYS);
  if (categories) meta.categories = textList(file, categories[0], categories[1], diagnostics);
  const tags = firstKey(data, TAG_KEYS);
  if (tags) meta.tags = textList(file, tags[0], tags[1], diagnostics);

  meta.cover = urlField(file, data, COVER_KEYS, diagnostics);
  const original = firstKey(data, ORIGINAL_KEYS) ?? firstKey(data, SOURCE_KEYS);
  if (original) meta.originalUrl = validateHttpUrl(original[1]);
  if (original && meta.originalUrl === null && ORIGINAL_KEYS.includes(original[0])) {
    diagnostics.push(
      warning(
        file,
        `${original[0]} is not an http(s) URL; ignored it`,
        `give ${original[0]} as an absolute http(s) URL`,
      ),
    );
  }

  const kind = firstKey(data, KIND_KEYS);
  meta.isReport = kind !== null && typeof kind[1] === 'string' && kind[1].trim().toLowerCase() === 'report';
  meta.kindDeclared = kind !== null;

  return { value: meta, diagnostics };
}
