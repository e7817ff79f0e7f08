import {
  FIELD_BASE,
  SCHEMA_VERSION,
  type SearchField,
  type SearchMeta,
  type SearchUnit,
} from '#shared/bundle-schema.ts';
import { fnv1a } from '#shared/ids.ts';
import { splitReportSections } from '#shared/report-text.ts';
import { adjacent, boundaryKey, shardKey, tokenize, unigramKey, wordKey, type Unit } from '#shared/tokenize.ts';
import type { DocBody } from '../process-document.ts';

/*
 * The search index: grams (see src/shared/tokenize.ts) to postings, split into shards by gram so
 * that a query fetches only the shards of its own grams, never the whole index.
 */

export type IndexableDoc = {
  title: string;
  tags: string[];
  source: string | null;
  body: DocBody;
  paragraphs: string[];
};

type FieldText = { field: SearchField; parts: string[] };

const FIELD_BIT: Record<SearchField, number> = { title: 1, tag: 2, source: 4, heading: 8, body: 16 };
/** Aim for shards of about this many raw bytes: small enough to fetch per query, few enough to list. */
const TARGET_SHARD_BYTES = 96 * 1024;
const MAX_SHARDS = 4096;

/** Postings built in one pass: units arrive in increasing order, so each list is appended to in place. */
type Positional = { list: number[]; unit: number; countAt: number; last: number };
type Unigram = { list: number[]; unit: number };

class Postings {
  readonly positional = new Map<string, Positional>();
  readonly unigrams = new Map<string, Unigram>();

  add(unit: number, units: Unit[], field: SearchField): void {
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (!u) continue;
      if (u.cjk) this.unigram(unigramKey(u.text), unit, FIELD_BIT[field]);
      else this.position(wordKey(u.text), unit, u.pos);
      const next = units[i + 1];
      if (next && adjacent(u, next)) {
        if (u.cjk && next.cjk) this.position(`${u.text}${next.text}`, unit, u.pos);
        else if (u.cjk !== next.cjk) this.position(boundaryKey(u, next), unit, u.pos);
      }
    }
  }

  private unigram(gram: string, unit: number, bit: number): void {
    let entry = this.unigrams.get(gram);
    if (!entry) {
      entry = { list: [], unit: -1 };
      this.unigrams.set(gram, entry);
    }
    if (entry.unit !== unit) {
      entry.list.push(unit, 0, 0);
      entry.unit = unit;
    }
    const at = entry.list.length - 3;
    entry.list[at + 1] = (entry.list[at + 1] ?? 0) | bit;
    entry.list[at + 2] = (entry.list[at + 2] ?? 0) + 1;
  }

  private position(gram: string, unit: number, pos: number): void {
    let entry = this.positional.get(gram);
    if (!entry) {
      entry = { list: [], unit: -1, countAt: 0, last: 0 };
      this.positional.set(gram, entry);
    }
    if (entry.unit !== unit) {
      entry.list.push(unit, 0);
      entry.unit = unit;
      entry.countAt = entry.list.length - 1;
      entry.last = 0;
    }
    // Positions within a unit are delta-encoded (fields are added in increasing position order).
    entry.list.push(pos - entry.last);
    entry.last = pos;
    entry.list[entry.countAt] = (entry.list[entry.countAt] ?? 0) + 1;
  }
}

export function unitFields(doc: IndexableDoc): { unit: Omit<SearchUnit, 'doc'>; fields: FieldText[] }[] {
  const base: FieldText[] = [
    { field: 'title', parts: [doc.title] },
    { field: 'tag', parts: doc.tags },
    { field: 'source', parts: doc.source ? [doc.source] : [] },
  ];
  if (doc.body.kind === 'article') {
    return [
      {
        unit: { section: null, sectionTitle: null, page: null },
        fields: [...base, { field: 'body', parts: doc.paragraphs }],
      },
    ];
  }
  return splitReportSections(doc.body.blocks).map((section) =>
    section.id === null
      ? {
          unit: { section: null, sectionTitle: null, page: null },
          fields: [...base, { field: 'body', parts: section.text }],
        }
      : {
          unit: { section: section.id, sectionTitle: section.title, page: section.page },
          fields: [
            { field: 'heading', parts: section.headings },
            { field: 'body', parts: section.text },
          ],
        },
  );
}

/** Each shard's grams to their postings, in gram order (encoded by src/shared/search-shard.ts). */
export type SearchIndexFiles = { meta: SearchMeta; shards: Map<string, number[]>[] };

/** Documents (in manifest order) to the index's entry data and its shards; names are the caller's. */
export function buildSearchIndex(docs: readonly IndexableDoc[]): SearchIndexFiles {
  const postings = new Postings();
  const units: SearchUnit[] = [];
  docs.forEach((doc, docIndex) => {
    for (const { unit, fields } of unitFields(doc)) {
      const id = units.length;
      units.push({ doc: docIndex, ...unit });
      for (const { field, parts } of fields) {
        let pos: number = FIELD_BASE[field];
        for (const part of parts) {
          const tokens = tokenize(part, pos);
          postings.add(id, tokens, field);
          // One position of gap between tags, paragraphs and lines: no phrase runs across them.
          pos = (tokens[tokens.length - 1]?.pos ?? pos) + 2;
        }
      }
    }
  });

  const encoded = new Map<string, number[]>();
  let bytes = 0;
  for (const [gram, entry] of postings.positional) {
    encoded.set(gram, entry.list);
    bytes += gram.length + entry.list.length * 3;
  }
  for (const [gram, entry] of postings.unigrams) {
    encoded.set(gram, entry.list);
    bytes += gram.length + entry.list.length * 3;
  }
  const shardCount = Math.min(MAX_SHARDS, 2 ** Math.max(0, Math.ceil(Math.log2(bytes / TARGET_SHARD_BYTES))));
  const shards = Array.from({ length: shardCount }, () => new Map<string, number[]>());
  for (const [gram, list] of [...encoded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    shards[fnv1a(shardKey(gram)) % shardCount]?.set(gram, list);
  }
  return { meta: { schemaVersion: SCHEMA_VERSION, units, shards: [] }, shards };
}
