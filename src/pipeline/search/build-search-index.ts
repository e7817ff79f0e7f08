import {
  FIELD_BASE,
  SCHEMA_VERSION,
  type SearchField,
  type SearchMeta,
  type SearchShard,
  type SearchUnit,
} from '../../shared/bundle-schema.ts';
import { fnv1a } from '../../shared/ids.ts';
import { splitReportSections } from '../../shared/report-text.ts';
import { adjacent, boundaryKey, shardKey, tokenize, unigramKey, wordKey, type Unit } from '../../shared/tokenize.ts';
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

class Postings {
  readonly positional = new Map<string, Map<number, number[]>>();
  readonly unigrams = new Map<string, Map<number, [number, number]>>();

  add(unit: number, units: Unit[], field: SearchField): void {
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (!u) continue;
      if (u.cjk) {
        const key = unigramKey(u.text);
        const byUnit = this.unigrams.get(key) ?? new Map<number, [number, number]>();
        const entry = byUnit.get(unit) ?? [0, 0];
        entry[0] |= FIELD_BIT[field];
        entry[1]++;
        byUnit.set(unit, entry);
        this.unigrams.set(key, byUnit);
      } else {
        this.position(wordKey(u.text), unit, u.pos);
      }
      const next = units[i + 1];
      if (next && adjacent(u, next)) {
        if (u.cjk && next.cjk) this.position(`${u.text}${next.text}`, unit, u.pos);
        else if (u.cjk !== next.cjk) this.position(boundaryKey(u, next), unit, u.pos);
      }
    }
  }

  private position(gram: string, unit: number, pos: number): void {
    const byUnit = this.positional.get(gram) ?? new Map<number, number[]>();
    const list = byUnit.get(unit) ?? [];
    list.push(pos);
    byUnit.set(unit, list);
    this.positional.set(gram, byUnit);
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

function encodePositional(byUnit: Map<number, number[]>): number[] {
  const out: number[] = [];
  for (const [unit, positions] of byUnit) {
    out.push(unit, positions.length);
    let last = 0;
    for (const pos of positions) {
      out.push(pos - last);
      last = pos;
    }
  }
  return out;
}

export type SearchIndexFiles = { meta: SearchMeta; shards: SearchShard[] };

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
  for (const [gram, byUnit] of postings.positional) {
    const list = encodePositional(byUnit);
    encoded.set(gram, list);
    bytes += gram.length + list.length * 3;
  }
  for (const [gram, byUnit] of postings.unigrams) {
    const list: number[] = [];
    for (const [unit, [mask, count]] of byUnit) list.push(unit, mask, count);
    encoded.set(gram, list);
    bytes += gram.length + list.length * 3;
  }
  const shardCount = Math.min(MAX_SHARDS, 2 ** Math.max(0, Math.ceil(Math.log2(bytes / TARGET_SHARD_BYTES))));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [gram, list] of [...encoded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const shard = shards[fnv1a(shardKey(gram)) % shardCount];
    if (shard) shard[gram] = list;
  }
  return { meta: { schemaVersion: SCHEMA_VERSION, units, shards: [] }, shards };
}
