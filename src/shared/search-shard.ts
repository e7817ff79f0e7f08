import { isUnigramKey } from './tokenize.ts';
import type { PositionalPostings, SearchShard, UnigramPostings } from './bundle-schema.ts';

/*
 * The on-disk form of a search shard. JSON spent three to four bytes on each small number and
 * made the browser parse every gram of a shard to read one; here numbers are LEB128 varints
 * (units delta-coded, so most fit in one byte) and a table of contents lets a reader decode only
 * the grams a query asks for. The 10,000-document benchmark's largest shard went from 673 KB to
 * 240 KB.
 *
 *   varint gramCount
 *   gramCount × (varint keyLength, keyLength × varint code point, varint payloadBytes)
 *   payloads, in the same order
 */

const MAGIC = [0x59, 0x4c, 0x53, 0x31]; // 'YLS1'

class ByteWriter {
  // Small at first: most grams are rare, and a build holds one writer per gram (hundreds of
  // thousands at 10,000 documents), so a large first buffer was most of the build's memory.
  private bytes = new Uint8Array(16);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  varint(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
    this.reserve(8);
    let v = value;
    if (v < 0x80000000) {
      // The common case, in 32-bit integer arithmetic.
      while (v >= 0x80) {
        this.bytes[this.length++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      this.bytes[this.length++] = v;
      return;
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Postings with units replaced by the gap from the previous unit of the same list. */
function unitGaps(gram: string, list: readonly number[], write: (n: number) => void): void {
  let previous = 0;
  let i = 0;
  while (i < list.length) {
    const unit = list[i] ?? 0;
    write(unit - previous);
    previous = unit;
    if (isUnigramKey(gram)) {
      write(list[i + 1] ?? 0);
      write(list[i + 2] ?? 0);
      i += 3;
    } else {
      const count = list[i + 1] ?? 0;
      write(count);
      for (let k = 0; k < count; k++) write(list[i + 2 + k] ?? 0);
      i += 2 + count;
    }
  }
}

/** A gram's postings as they are written: the flat list with units replaced by their gaps. */
export function encodePostings(gram: string, list: readonly number[]): Uint8Array {
  const payload = new ByteWriter();
  unitGaps(gram, list, (n) => payload.varint(n));
  return payload.result();
}

/** A gram's encoded postings: in one piece, or in pieces that follow one another (see appendPostings). */
export type Payload = Uint8Array | readonly Uint8Array[];

export function payloadLength(payload: Payload): number {
  if (payload instanceof Uint8Array) return payload.length;
  let length = 0;
  for (const piece of payload) length += piece.length;
  return length;
}

/** Grams and their encoded postings (see encodePostings and PostingsWriter) to a shard file. */
export function encodeShardPayloads(payloads: ReadonlyMap<string, Payload>): Uint8Array {
  const header = new ByteWriter();
  header.raw(Uint8Array.from(MAGIC));
  header.varint(payloads.size);
  for (const [gram, payload] of payloads) {
    const key = Array.from(gram, (char) => char.codePointAt(0) ?? 0);
    header.varint(key.length);
    for (const point of key) header.varint(point);
    header.varint(payloadLength(payload));
  }
  for (const payload of payloads.values()) {
    if (payload instanceof Uint8Array) header.raw(payload);
    else for (const piece of payload) header.raw(piece);
  }
  return header.result();
}

export function encodeShard(postings: ReadonlyMap<string, readonly number[]>): Uint8Array {
  return encodeShardPayloads(new Map([...postings].map(([gram, list]) => [gram, encodePostings(gram, list)])));
}

/**
 * Builds one gram's encoded postings as units arrive in increasing order, without holding the
 * numbers: a unit's values wait in `pending` until the next unit, then go out as varints. A
 * 100,000-document index held as arrays of numbers ran out of memory.
 */
export class PostingsWriter {
  private readonly out = new ByteWriter();
  private unit = -1;
  private previousUnit = 0;

  /** The last unit written (units only ascend). */
  get lastUnit(): number {
    return Math.max(this.unit, this.previousUnit);
  }
  /** Positional: the unit's positions (one array, reused); unigram: its field bitmask and count. */
  private readonly positions: number[] = [];
  private fields = 0;
  private count = 0;

  constructor(readonly unigram: boolean) {}

  position(unit: number, pos: number): void {
    if (unit !== this.unit) this.startUnit(unit);
    this.positions.push(pos);
  }

  field(unit: number, bit: number): void {
    if (unit !== this.unit) this.startUnit(unit);
    this.fields |= bit;
    this.count++;
  }

  private startUnit(unit: number): void {
    this.flush();
    this.unit = unit;
  }

  private flush(): void {
    if (this.unit < 0) return;
    this.out.varint(this.unit - this.previousUnit);
    this.previousUnit = this.unit;
    if (this.unigram) {
      this.out.varint(this.fields);
      this.out.varint(this.count);
      this.fields = 0;
      this.count = 0;
    } else {
      this.out.varint(this.positions.length);
      // Positions within a unit ascend (fields are added in position order): delta-coded.
      let last = 0;
      for (const pos of this.positions) {
        this.out.varint(pos - last);
        last = pos;
      }
      this.positions.length = 0;
    }
  }

  finish(): Uint8Array {
    this.flush();
    this.unit = -1;
    return this.out.result();
  }
}

/**
 * Joins the postings of one gram over consecutive runs of units (built apart, say in workers):
 * `after` was written as if no unit came before it, so its first unit gap (from 0) is rewritten
 * as the gap from `beforeLastUnit`; everything else is already right. The pieces are the bytes a
 * single PostingsWriter would have written, not copied: a large index would be held twice.
 */
export function appendPostings(before: Payload, beforeLastUnit: number, after: Uint8Array): Uint8Array[] {
  let firstUnit = 0;
  let scale = 1;
  let read = 0;
  for (;;) {
    const byte = after[read++];
    if (byte === undefined) throw new ShardFormatError('postings end inside their first number');
    firstUnit += (byte & 0x7f) * scale;
    if (byte < 0x80) break;
    scale *= 0x80;
  }
  const gap = new ByteWriter();
  gap.varint(firstUnit - beforeLastUnit);
  return [...(before instanceof Uint8Array ? [before] : before), gap.result(), after.subarray(read)];
}

export class ShardFormatError extends Error {}

class ByteReader {
  at: number;
  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.at = start;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new ShardFormatError('search shard ends inside a number');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
}

/** Reads the table of contents only; each gram's postings are decoded when first asked for. */
export function decodeShard(bytes: Uint8Array): SearchShard {
  if (!MAGIC.every((b, i) => bytes[i] === b)) throw new ShardFormatError('not a Yuelan search shard');
  const reader = new ByteReader(bytes, MAGIC.length);
  const count = reader.varint();
  const table: [gram: string, length: number][] = [];
  for (let i = 0; i < count; i++) {
    const points = new Array<number>(reader.varint());
    for (let k = 0; k < points.length; k++) points[k] = reader.varint();
    const gram = String.fromCodePoint(...points);
    table.push([gram, reader.varint()]);
  }
  const where = new Map<string, [start: number, end: number]>();
  let at = reader.at;
  for (const [gram, length] of table) {
    where.set(gram, [at, at + length]);
    at += length;
  }
  if (at !== bytes.length) throw new ShardFormatError('search shard has the wrong length');

  const decoded = new Map<string, UnigramPostings | PositionalPostings>();
  function postings<T extends UnigramPostings | PositionalPostings>(
    gram: string,
    decode: (reader: ByteReader, end: number) => T,
  ): T | undefined {
    const cached = decoded.get(gram) as T | undefined;
    if (cached) return cached;
    const range = where.get(gram);
    if (!range) return undefined;
    const result = decode(new ByteReader(bytes, range[0]), range[1]);
    if (result.units.length === 0 && range[1] > range[0])
      throw new ShardFormatError(`postings of ${gram} overrun their range`);
    decoded.set(gram, result);
    return result;
  }
  return {
    grams: () => where.keys(),
    unigram: (gram) => (isUnigramKey(gram) ? postings(gram, decodeUnigram) : undefined),
    positional: (gram) => (isUnigramKey(gram) ? undefined : postings(gram, decodePositional)),
  };
}

/** Grows a typed array as numbers arrive; payload sizes bound the counts, so this rarely copies. */
function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

function decodeUnigram(reader: ByteReader, end: number): UnigramPostings {
  // Three numbers per unit, each at least one byte.
  const most = Math.floor((end - reader.at) / 3);
  const units = new Int32Array(most);
  const masks = new Int32Array(most);
  let n = 0;
  let unit = 0;
  while (reader.at < end) {
    unit += reader.varint();
    units[n] = unit;
    masks[n] = reader.varint();
    reader.varint(); // the count, for ranking by frequency one day
    n++;
  }
  if (reader.at !== end) return { units: new Int32Array(0), masks: new Int32Array(0) };
  return { units: units.subarray(0, n), masks: masks.subarray(0, n) };
}

function decodePositional(reader: ByteReader, end: number): PositionalPostings {
  const bytes = end - reader.at;
  let units = new Int32Array(Math.max(1, bytes >> 2));
  let offsets = new Int32Array(units.length + 1);
  const positions = new Int32Array(bytes);
  let n = 0;
  let p = 0;
  let unit = 0;
  while (reader.at < end) {
    unit += reader.varint();
    units = grow(units, n + 1);
    offsets = grow(offsets, n + 2);
    units[n] = unit;
    offsets[n] = p;
    const count = reader.varint();
    let pos = 0;
    for (let k = 0; k < count; k++) {
      pos += reader.varint();
      positions[p++] = pos;
    }
    n++;
  }
  offsets[n] = p;
  if (reader.at !== end) return { units: new Int32Array(0), offsets: new Int32Array(1), positions: new Int32Array(0) };
  return { units: units.subarray(0, n), offsets: offsets.subarray(0, n + 1), positions: positions.subarray(0, p) };
}
