import {
  FIELD_BASE,
  FIELD_BIT,
  type PositionalPostings,
  type SearchField,
  type SearchMeta,
  type SearchShard,
} from '#shared/bundle-schema.ts';
import { fnv1a } from '#shared/ids.ts';
import { adjacent, boundaryKey, shardKey, unigramKey, wordKey, type Unit } from '#shared/tokenize.ts';
import type { QueryTerm } from './parse-query.ts';

/*
 * Query evaluation over the sharded index. A term of several units is a phrase: every adjacent
 * pair of units is a positional gram, and the term matches where all of them line up. One CJK
 * character is looked up directly; a Latin word matches by prefix. Terms are ANDed.
 *
 * Common grams have postings in ten thousand units, so hits are kept in flat typed arrays and
 * merged by cursors: no array or object per unit until the final results (see docs/performance.md,
 * the search figures this layout brought under budget).
 */

export type ShardSource = (shard: number) => Promise<SearchShard>;

export type UnitResult = { unit: number; score: number; phrase: boolean };

const FIELDS = Object.entries(FIELD_BASE).sort((a, b) => b[1] - a[1]) as [SearchField, number][];
/** Title hits above tag hits above heading hits above body hits. */
export const FIELD_WEIGHT: Record<SearchField, number> = { title: 16, tag: 8, heading: 4, source: 2, body: 1 };
const PHRASE_BONUS = 24;

export function fieldOf(pos: number): SearchField {
  for (const [field, base] of FIELDS) if (pos >= base) return field;
  return 'title';
}

/** The best field weight for each possible bitmask, worked out once rather than per unit. */
const MASK_WEIGHT = Array.from({ length: 32 }, (_, mask) =>
  Math.max(
    0,
    ...(Object.keys(FIELD_BIT) as SearchField[]).filter((f) => (mask & FIELD_BIT[f]) !== 0).map((f) => FIELD_WEIGHT[f]),
  ),
);

type Hits = PositionalPostings;

const NO_HITS: Hits = { units: new Int32Array(0), offsets: new Int32Array(1), positions: new Int32Array(0) };

/** Several grams' hits (a prefix matching several words) as one: unit and position ascending, no repeats. */
function mergeHits(all: readonly Hits[]): Hits {
  if (all.length <= 1) return all[0] ?? NO_HITS;
  const cursors = new Int32Array(all.length);
  const positions = new Int32Array(all.reduce((n, h) => n + h.positions.length, 0));
  const units: number[] = [];
  const offsets: number[] = [];
  let p = 0;
  for (;;) {
    let unit = Infinity;
    all.forEach((hits, k) => {
      const u = hits.units[cursors[k] ?? 0];
      if (u !== undefined && u < unit) unit = u;
    });
    if (unit === Infinity) break;
    units.push(unit);
    offsets.push(p);
    const from = p;
    let sources = 0;
    all.forEach((hits, k) => {
      const c = cursors[k] ?? 0;
      if (hits.units[c] !== unit) return;
      const range = hits.positions.subarray(hits.offsets[c], hits.offsets[c + 1]);
      positions.set(range, p);
      p += range.length;
      cursors[k] = c + 1;
      sources++;
    });
    if (sources > 1) {
      // Words of one unit interleave: sort its positions and drop repeats.
      const mine = positions.subarray(from, p).sort();
      let w = 0;
      for (let r = 0; r < mine.length; r++) if (r === 0 || mine[r] !== mine[r - 1]) mine[w++] = mine[r] ?? 0;
      p = from + w;
    }
  }
  offsets.push(p);
  return { units: Int32Array.from(units), offsets: Int32Array.from(offsets), positions: positions.subarray(0, p) };
}

function shardOf(gram: string, meta: SearchMeta): number {
  return fnv1a(shardKey(gram)) % meta.shards.length;
}

type Constraint = { gram: string; prefix: boolean; offset: number };

async function hitsOf(constraint: Constraint, meta: SearchMeta, load: ShardSource): Promise<Hits> {
  const shard = await load(shardOf(constraint.gram, meta));
  if (!constraint.prefix) {
    return shard.positional(constraint.gram) ?? NO_HITS;
  }
  const lists: Hits[] = [];
  for (const gram of shard.grams()) if (gram.startsWith(constraint.gram)) lists.push(shard.positional(gram) ?? NO_HITS);
  return mergeHits(lists);
}

const isCjkPair = (units: readonly Unit[], i: number): boolean => {
  const u = units[i];
  const next = units[i + 1];
  return !!u && !!next && u.cjk && next.cjk && adjacent(u, next);
};

function constraintsFor(units: readonly Unit[]): Constraint[] {
  const first = units[0]?.pos ?? 0;
  const last = units.length - 1;
  const out: Constraint[] = [];
  // A run of Chinese characters is pinned down by bigrams that cover each character once:
  // 人工 at p and 智能 at p + 2 is 人工智能 at p, so the middle 工智 (and its postings) can go.
  let coveredTo = -1;
  units.forEach((u, i) => {
    const next = units[i + 1];
    const offset = u.pos - first;
    // Words inside a phrase match exactly, the last one by prefix (it may still be typed).
    if (!u.cjk) out.push({ gram: wordKey(u.text), prefix: i === last, offset });
    if (next && adjacent(u, next)) {
      if (isCjkPair(units, i)) {
        const endsRun = !isCjkPair(units, i + 1);
        if (coveredTo < i || (endsRun && coveredTo < i + 1)) {
          out.push({ gram: `${u.text}${next.text}`, prefix: false, offset });
          coveredTo = i + 1;
        }
      } else if (u.cjk !== next.cjk) out.push({ gram: boundaryKey(u, next), prefix: u.cjk && i + 1 === last, offset });
    }
  });
  return out;
}

/**
 * Where one term matches: units ascending, for each the best field weight of its hits and the
 * start positions of its hits (none for a one-character term, whose postings keep fields only).
 */
export type TermMatch = Hits & { weights: Uint8Array; span: number };

function weightOfStarts(positions: Int32Array, from: number, to: number): number {
  let best = 0;
  let lastField: SearchField | null = null;
  for (let j = from; j < to; j++) {
    const field = fieldOf(positions[j] ?? 0);
    if (field === lastField) continue;
    lastField = field;
    best = Math.max(best, FIELD_WEIGHT[field]);
  }
  return best;
}

export async function matchTerm(term: QueryTerm, meta: SearchMeta, load: ShardSource): Promise<TermMatch> {
  const only = term.units[0];
  if (term.units.length === 1 && only?.cjk) {
    const gram = unigramKey(only.text);
    const postings = (await load(shardOf(gram, meta))).unigram(gram);
    const units = postings?.units ?? new Int32Array(0);
    const weights = new Uint8Array(units.length);
    for (let i = 0; i < units.length; i++) weights[i] = MASK_WEIGHT[(postings?.masks[i] ?? 0) & 31] ?? 0;
    return { units, weights, offsets: new Int32Array(units.length + 1), positions: new Int32Array(0), span: 0 };
  }
  const constraints = constraintsFor(term.units);
  const span = (term.units[term.units.length - 1]?.pos ?? 0) - (term.units[0]?.pos ?? 0);
  const lists = await Promise.all(constraints.map((c) => hitsOf(c, meta, load)));
  // Start from the rarest constraint: fewer units to carry through the intersection.
  const order = constraints
    .map((c, i) => ({ offset: c.offset, hits: lists[i] ?? NO_HITS, cursor: 0 }))
    .sort((x, y) => x.hits.units.length - y.hits.units.length);
  const [first, ...rest] = order;
  const units: number[] = [];
  const offsets: number[] = [];
  const starts: number[] = [];
  if (first) {
    const { hits } = first;
    units: for (let i = 0; i < hits.units.length; i++) {
      const unit = hits.units[i] ?? 0;
      let current: ArrayLike<number> = hits.positions.subarray(hits.offsets[i], hits.offsets[i + 1]);
      if (first.offset !== 0) current = Array.from(current, (p) => p - first.offset);
      for (const other of rest) {
        const o = other.hits;
        while (other.cursor < o.units.length && (o.units[other.cursor] ?? 0) < unit) other.cursor++;
        if (o.units[other.cursor] !== unit) continue units;
        current = intersectShifted(
          current,
          o.positions.subarray(o.offsets[other.cursor], o.offsets[other.cursor + 1]),
          other.offset,
        );
        if (current.length === 0) continue units;
      }
      units.push(unit);
      offsets.push(starts.length);
      for (let k = 0; k < current.length; k++) starts.push(current[k] ?? 0);
    }
  }
  offsets.push(starts.length);
  const positions = Int32Array.from(starts);
  const offsetArray = Int32Array.from(offsets);
  const weightArray = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++)
    weightArray[i] = weightOfStarts(positions, offsetArray[i] ?? 0, offsetArray[i + 1] ?? 0);
  return { units: Int32Array.from(units), offsets: offsetArray, positions, weights: weightArray, span };
}

/** Starts kept where `other` (shifted back by offset) has the same value: a merge of two sorted lists. */
function intersectShifted(starts: ArrayLike<number>, other: ArrayLike<number>, offset: number): number[] {
  const out: number[] = [];
  let a = 0;
  let b = 0;
  while (a < starts.length && b < other.length) {
    const x = starts[a] ?? 0;
    const y = (other[b] ?? 0) - offset;
    if (x === y) {
      out.push(x);
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return out;
}

/** Do the terms' hits follow one another, in order, in one field? Then the whole query is a phrase there. */
function wholePhrase(matches: readonly TermMatch[], at: readonly number[]): boolean {
  if (matches.length < 2) return false;
  let ends: Set<number> | null = null;
  for (let t = 0; t < matches.length; t++) {
    const m = matches[t];
    const i = at[t] ?? 0;
    if (!m) return false;
    const next = new Set<number>();
    for (let j = m.offsets[i] ?? 0; j < (m.offsets[i + 1] ?? 0); j++) {
      const start = m.positions[j] ?? 0;
      if (ends === null || ends.has(start - 1) || ends.has(start - 2)) next.add(start + m.span);
    }
    if (next.size === 0) return false;
    ends = next;
  }
  return true;
}

/** Units matching every term (in unit order), scored by the field of their hits and whole-phrase hits. */
export async function searchUnits(
  terms: readonly QueryTerm[],
  meta: SearchMeta,
  load: ShardSource,
): Promise<UnitResult[]> {
  if (terms.length === 0) return [];
  const matches = await Promise.all(terms.map((term) => matchTerm(term, meta, load)));
  const smallest = matches.reduce((a, b) => (b.units.length < a.units.length ? b : a));
  const cursors = matches.map(() => 0);
  const results: UnitResult[] = [];
  units: for (const unit of smallest.units) {
    for (let t = 0; t < matches.length; t++) {
      const m = matches[t];
      if (!m) continue;
      let c = cursors[t] ?? 0;
      while (c < m.units.length && (m.units[c] ?? 0) < unit) c++;
      cursors[t] = c;
      if (m.units[c] !== unit) continue units;
    }
    const phrase = wholePhrase(matches, cursors);
    let score = phrase ? PHRASE_BONUS : 0;
    for (let t = 0; t < matches.length; t++) score += matches[t]?.weights[cursors[t] ?? 0] ?? 0;
    results.push({ unit, score, phrase });
  }
  return results;
}

/** Best score first; among equals, the newer document (time of a unit's document, larger is newer). */
export function byScoreThenNewest(timeOf: (unit: number) => number): (a: UnitResult, b: UnitResult) => number {
  return (a, b) => b.score - a.score || timeOf(b.unit) - timeOf(a.unit);
}
