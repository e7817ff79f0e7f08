import { FIELD_BASE, type SearchField, type SearchMeta, type SearchShard } from '../../../shared/bundle-schema.ts';
import { fnv1a } from '../../../shared/ids.ts';
import { adjacent, boundaryKey, shardKey, unigramKey, wordKey, type Unit } from '../../../shared/tokenize.ts';
import type { QueryTerm } from './parse-query.ts';

/*
 * Query evaluation over the sharded index. A term of several units is a phrase: every adjacent
 * pair of units is a positional gram, and the term matches where all of them line up. One CJK
 * character is looked up directly; a Latin word matches by prefix. Terms are ANDed.
 */

export type ShardSource = (shard: number) => Promise<SearchShard>;

export type Hit = { field: SearchField; start: number; end: number };
export type UnitResult = { unit: number; score: number; hits: Hit[]; phrase: boolean };

const FIELDS = Object.entries(FIELD_BASE).sort((a, b) => b[1] - a[1]) as [SearchField, number][];
const FIELD_FROM_BIT: [number, SearchField][] = [
  [1, 'title'],
  [2, 'tag'],
  [8, 'heading'],
  [4, 'source'],
  [16, 'body'],
];
/** Title hits above tag hits above heading hits above body hits. */
export const FIELD_WEIGHT: Record<SearchField, number> = { title: 16, tag: 8, heading: 4, source: 2, body: 1 };
const PHRASE_BONUS = 24;

export function fieldOf(pos: number): SearchField {
  for (const [field, base] of FIELDS) if (pos >= base) return field;
  return 'title';
}

type Constraint = { grams: string[] | { prefix: string }; offset: number };

function decodePositional(list: readonly number[], into: Map<number, Set<number>>): void {
  let i = 0;
  while (i < list.length) {
    const unit = list[i++] ?? 0;
    const count = list[i++] ?? 0;
    let pos = 0;
    const set = into.get(unit) ?? new Set<number>();
    for (let k = 0; k < count; k++) {
      pos += list[i++] ?? 0;
      set.add(pos);
    }
    into.set(unit, set);
  }
}

function shardOf(gram: string, meta: SearchMeta): number {
  return fnv1a(shardKey(gram)) % meta.shards.length;
}

async function positions(
  constraint: Constraint,
  meta: SearchMeta,
  load: ShardSource,
): Promise<Map<number, Set<number>>> {
  const out = new Map<number, Set<number>>();
  if (Array.isArray(constraint.grams)) {
    for (const gram of constraint.grams) {
      const list = (await load(shardOf(gram, meta)))[gram];
      if (list) decodePositional(list, out);
    }
  } else {
    const { prefix } = constraint.grams;
    const shard = await load(shardOf(prefix, meta));
    for (const [gram, list] of Object.entries(shard)) if (gram.startsWith(prefix)) decodePositional(list, out);
  }
  return out;
}

function constraintsFor(units: readonly Unit[]): Constraint[] {
  const first = units[0]?.pos ?? 0;
  const last = units.length - 1;
  const out: Constraint[] = [];
  units.forEach((u, i) => {
    const next = units[i + 1];
    const offset = u.pos - first;
    if (!u.cjk) {
      // Words inside a phrase match exactly, the last one by prefix (it may still be typed).
      out.push({ grams: i === last ? { prefix: wordKey(u.text) } : [wordKey(u.text)], offset });
    }
    if (next && adjacent(u, next)) {
      if (u.cjk && next.cjk) out.push({ grams: [`${u.text}${next.text}`], offset });
      else if (u.cjk && !next.cjk)
        out.push({ grams: i + 1 === last ? { prefix: boundaryKey(u, next) } : [boundaryKey(u, next)], offset });
      else if (!u.cjk && next.cjk) out.push({ grams: [boundaryKey(u, next)], offset });
    }
  });
  return out;
}

/** Where one term matches: for each unit, its hits (start and end positions, field). */
export async function matchTerm(term: QueryTerm, meta: SearchMeta, load: ShardSource): Promise<Map<number, Hit[]>> {
  const result = new Map<number, Hit[]>();
  const only = term.units[0];
  if (term.units.length === 1 && only?.cjk) {
    const gram = unigramKey(only.text);
    const list = (await load(shardOf(gram, meta)))[gram] ?? [];
    for (let i = 0; i + 2 < list.length; i += 3) {
      const mask = list[i + 1] ?? 0;
      const field = FIELD_FROM_BIT.find(([bit]) => (mask & bit) !== 0)?.[1] ?? 'body';
      result.set(list[i] ?? 0, [{ field, start: -1, end: -1 }]);
    }
    return result;
  }
  const constraints = constraintsFor(term.units);
  const span = (term.units[term.units.length - 1]?.pos ?? 0) - (term.units[0]?.pos ?? 0);
  let starts: Map<number, Set<number>> | null = null;
  for (const constraint of constraints) {
    const found = await positions(constraint, meta, load);
    const shifted = new Map<number, Set<number>>();
    for (const [unit, set] of found) {
      if (starts && !starts.has(unit)) continue;
      const keep = new Set<number>();
      for (const pos of set) {
        const start = pos - constraint.offset;
        if (!starts || starts.get(unit)?.has(start)) keep.add(start);
      }
      if (keep.size > 0) shifted.set(unit, keep);
    }
    starts = shifted;
    if (starts.size === 0) break;
  }
  for (const [unit, set] of starts ?? []) {
    result.set(
      unit,
      [...set].sort((a, b) => a - b).map((start) => ({ field: fieldOf(start), start, end: start + span })),
    );
  }
  return result;
}

function bestWeight(hits: readonly Hit[]): number {
  return Math.max(...hits.map((h) => FIELD_WEIGHT[h.field]));
}

/** Do the terms' hits follow one another, in order, in one field? Then the whole query is a phrase there. */
function wholePhrase(perTerm: readonly Hit[][]): boolean {
  if (perTerm.length < 2) return false;
  let ends = new Set((perTerm[0] ?? []).filter((h) => h.start >= 0).map((h) => h.end));
  for (const hits of perTerm.slice(1)) {
    const next = new Set<number>();
    for (const hit of hits)
      if (hit.start >= 0 && (ends.has(hit.start - 1) || ends.has(hit.start - 2))) next.add(hit.end);
    if (next.size === 0) return false;
    ends = next;
  }
  return true;
}

/** Units matching every term, best first (field of the hit, whole phrase, then the caller's tie-break). */
export async function searchUnits(
  terms: readonly QueryTerm[],
  meta: SearchMeta,
  load: ShardSource,
): Promise<UnitResult[]> {
  if (terms.length === 0) return [];
  const perTerm: Map<number, Hit[]>[] = [];
  for (const term of terms) {
    const hits = await matchTerm(term, meta, load);
    perTerm.push(hits);
    if (hits.size === 0) return [];
  }
  const [firstTerm, ...rest] = perTerm;
  const results: UnitResult[] = [];
  for (const unit of firstTerm?.keys() ?? []) {
    if (!rest.every((hits) => hits.has(unit))) continue;
    const all = perTerm.map((hits) => hits.get(unit) ?? []);
    const phrase = wholePhrase(all);
    const score = all.reduce((sum, hits) => sum + bestWeight(hits), 0) + (phrase ? PHRASE_BONUS : 0);
    results.push({ unit, score, hits: all.flat(), phrase });
  }
  return results.sort((a, b) => b.score - a.score);
}

/** Best score first; among equals, the newer document (time of a unit's document, larger is newer). */
export function byScoreThenNewest(timeOf: (unit: number) => number): (a: UnitResult, b: UnitResult) => number {
  return (a, b) => b.score - a.score || timeOf(b.unit) - timeOf(a.unit);
}
