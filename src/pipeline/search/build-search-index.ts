import {
  FIELD_BASE,
  FIELD_BIT,
  SCHEMA_VERSION,
  type SearchField,
  type SearchMeta,
  type SearchUnit,
} from '#shared/bundle-schema.ts';
import { fnv1a } from '#shared/ids.ts';
import { payloadLength, PostingsWriter, type Payload } from '#shared/search-shard.ts';
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

/**
 * Aim for shards of about this many encoded bytes: small enough to fetch per query, few enough to
 * list (10,000 documents: 2,048 shards, the layout the search benchmark measured).
 */
const TARGET_SHARD_BYTES = 64 * 1024;
const MAX_SHARDS = 4096;

/** The code point of a one-character string, else -1. */
function singleCodePoint(text: string): number {
  const cp = text.codePointAt(0) ?? -1;
  return text.length === (cp > 0xffff ? 2 : 1) ? cp : -1;
}

const CODE_POINTS = 0x110000;

const BMP = 0x10000;

/**
 * Postings built in one pass, each gram's written as varints as its units arrive (in order).
 * Chinese unigrams and bigrams, nearly all the lookups, are found by code point: unigrams of the
 * Basic Multilingual Plane in an array, bigrams in a small map per first character. String keys
 * were a fifth of the build's time; one map keyed by both code points (numbers too large to be
 * small integers) was still an eighth.
 */
class Postings {
  private readonly bmpUnigrams: (PostingsWriter | undefined)[] = new Array<PostingsWriter | undefined>(BMP);
  private readonly bmpBigrams: (Map<number, PostingsWriter> | undefined)[] = new Array<
    Map<number, PostingsWriter> | undefined
  >(BMP);
  private readonly astralUnigrams = new Map<number, PostingsWriter>();
  private readonly astralBigrams = new Map<number, PostingsWriter>();
  private readonly others = new Map<string, PostingsWriter>();

  private unigram(cp: number): PostingsWriter {
    if (cp >= BMP) return writerOf(this.astralUnigrams, cp, true);
    let writer = this.bmpUnigrams[cp];
    if (!writer) this.bmpUnigrams[cp] = writer = new PostingsWriter(true);
    return writer;
  }

  private bigram(cp: number, nextCp: number): PostingsWriter {
    if (cp >= BMP) return writerOf(this.astralBigrams, cp * CODE_POINTS + nextCp, false);
    let row = this.bmpBigrams[cp];
    if (!row) this.bmpBigrams[cp] = row = new Map();
    return writerOf(row, nextCp, false);
  }

  add(unit: number, units: Unit[], field: SearchField): void {
    const bit = FIELD_BIT[field];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (!u) continue;
      const cp = u.cjk ? singleCodePoint(u.text) : -1;
      if (cp >= 0) this.unigram(cp).field(unit, bit);
      else if (u.cjk) writerOf(this.others, unigramKey(u.text), true).field(unit, bit);
      else writerOf(this.others, wordKey(u.text), false).position(unit, u.pos);
      const next = units[i + 1];
      if (next && adjacent(u, next)) {
        if (u.cjk && next.cjk) {
          const nextCp = singleCodePoint(next.text);
          if (cp >= 0 && nextCp >= 0) this.bigram(cp, nextCp).position(unit, u.pos);
          else writerOf(this.others, `${u.text}${next.text}`, false).position(unit, u.pos);
        } else if (u.cjk !== next.cjk) writerOf(this.others, boundaryKey(u, next), false).position(unit, u.pos);
      }
    }
  }

  /** Every gram by its name (see src/shared/tokenize.ts) with its writer; the postings are emptied. */
  *drain(): Generator<[string, PostingsWriter]> {
    for (let cp = 0; cp < BMP; cp++) {
      const writer = this.bmpUnigrams[cp];
      if (writer) yield [unigramKey(String.fromCharCode(cp)), writer];
      const row = this.bmpBigrams[cp];
      if (row) for (const [nextCp, pair] of row) yield [String.fromCharCode(cp) + String.fromCodePoint(nextCp), pair];
    }
    for (const [cp, writer] of this.astralUnigrams) yield [unigramKey(String.fromCodePoint(cp)), writer];
    for (const [pair, writer] of this.astralBigrams)
      yield [String.fromCodePoint(Math.floor(pair / CODE_POINTS)) + String.fromCodePoint(pair % CODE_POINTS), writer];
    yield* this.others;
    this.bmpUnigrams.fill(undefined);
    this.bmpBigrams.fill(undefined);
    this.astralUnigrams.clear();
    this.astralBigrams.clear();
    this.others.clear();
  }
}

function writerOf<K>(map: Map<K, PostingsWriter>, key: K, unigram: boolean): PostingsWriter {
  let writer = map.get(key);
  if (!writer) {
    writer = new PostingsWriter(unigram);
    map.set(key, writer);
  }
  return writer;
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

/** Each shard's grams to their encoded postings, in gram order (see src/shared/search-shard.ts). */
export type SearchIndexFiles = { meta: SearchMeta; shards: Map<string, Payload>[] };

/** A unit's fields and their texts: all that tokenizing needs, plain data a worker can be sent. */
export type UnitTexts = FieldText[];

/** Documents (in manifest order) to the index's units and the texts of each. */
export function collectUnits(docs: readonly IndexableDoc[]): { units: SearchUnit[]; texts: UnitTexts[] } {
  const units: SearchUnit[] = [];
  const texts: UnitTexts[] = [];
  docs.forEach((doc, docIndex) => {
    for (const { unit, fields } of unitFields(doc)) {
      units.push({ doc: docIndex, ...unit });
      texts.push(fields);
    }
  });
  return { units, texts };
}

/** A gram's encoded postings, and the last unit in them (for joining the postings of the units after). */
export type EncodedPostings = { bytes: Uint8Array; lastUnit: number };

/**
 * Every gram's encoded postings over these units, numbered from `firstUnit`. The first unit of
 * each gram is written as its gap from 0, as if no unit came before: see joinPostings.
 */
export function buildPostings(
  texts: UnitTexts[],
  firstUnit = 0,
  { release = false } = {},
): Map<string, EncodedPostings> {
  const postings = new Postings();
  texts.forEach((fields, index) => {
    // A worker's copy of the text is needed once: let it go as the postings grow.
    if (release) texts[index] = [];
    const id = firstUnit + index;
    for (const { field, parts: strings } of fields) {
      let pos: number = FIELD_BASE[field];
      for (const text of strings) {
        const tokens = tokenize(text, pos);
        postings.add(id, tokens, field);
        // One position of gap between tags, paragraphs and lines: no phrase runs across them.
        pos = (tokens[tokens.length - 1]?.pos ?? pos) + 2;
      }
    }
  });
  const encoded = new Map<string, EncodedPostings>();
  for (const [gram, writer] of postings.drain())
    encoded.set(gram, { lastUnit: writer.lastUnit, bytes: writer.finish() });
  return encoded;
}

/** Units and every gram's postings (from one or several parts) to the index's files. */
export function assembleIndex(units: SearchUnit[], encoded: Iterable<[string, Payload]>): SearchIndexFiles {
  const grams = [...encoded];
  let bytes = 0;
  for (const [gram, payload] of grams) bytes += gram.length + payloadLength(payload);
  const shardCount = Math.min(MAX_SHARDS, 2 ** Math.max(0, Math.ceil(Math.log2(bytes / TARGET_SHARD_BYTES))));
  const shards = Array.from({ length: shardCount }, () => new Map<string, Payload>());
  for (const [gram, payload] of grams.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    shards[fnv1a(shardKey(gram)) % shardCount]?.set(gram, payload);
  }
  return { meta: { schemaVersion: SCHEMA_VERSION, units, shards: [] }, shards };
}

/** Documents (in manifest order) to the index's entry data and its shards; names are the caller's. */
export function buildSearchIndex(docs: readonly IndexableDoc[]): SearchIndexFiles {
  const { units, texts } = collectUnits(docs);
  return indexInThisThread(units, texts);
}

/** The index from collected units, built in this thread. */
export function indexInThisThread(units: SearchUnit[], texts: UnitTexts[]): SearchIndexFiles {
  return assembleIndex(
    units,
    [...buildPostings(texts)].map(([gram, { bytes }]) => [gram, bytes]),
  );
}
