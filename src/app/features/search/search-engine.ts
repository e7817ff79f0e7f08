import { FIELD_BASE, type SearchField, type SearchMeta, type SearchShard } from '#shared/bundle-schema.ts';
import { fnv1a } from '#shared/ids.ts';
import { adjacent, boundaryKey, shardKey, unigramKey, wordKey, type Unit } from '#shared/tokenize.ts';
import type { QueryTerm } from './parse-query.ts';

/*
 * Query evaluation over the sharded index. A term of several units is a phrase: every adjacent
 * pair of units is a positional gram, and the term matches where all of them line up. One CJK
 * character is looked up directly; a Latin word matches by prefix. Terms are ANDed.
 */

export type ShardSource = (shard: number) => Promise<SearchShard>;

export type UnitResult = { unit: number; score: number; phrase: boolean };

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

/** Unit → positions (ascending), decoded from a flat postings list. */
type PositionLists = Map<number, number[]>;

function decodePositional(list: readonly number[], into: PositionLists): void {
  let i = 0;
  while (i < list.length) {
    const unit = list[i++] ?? 0;
    const count = list[i++] ?? 0;
    let pos = 0;
    const positions = new Array<number>(count);
    for (let k = 0; k < count; k++) {
      pos += list[i++] ?? 0;
      positions[k] = pos;
    }
    const existing = into.get(unit);
    into.set(unit, existing ? [...existing, ...positions].sort((a, b) => a - b) : positions);
  }
}

function shardOf(gram: string, meta: SearchMeta): number {
  return fnv1a(shardKey(gram)) % meta.shards.length;
}

async function positions(constraint: Constraint, meta: SearchMeta, load: ShardSource): Promise<PositionLists> {
  const out: PositionLists = new Map();
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

/** Starts kept where `other` (shifted back by offset) has the same value: a merge of two sorted lists. */
function intersectShifted(starts: readonly number[], other: readonly number[], offset: number): number[] {
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

/** Where one term matches: for each unit, the start positions of its hits (-1: a one-character term, field only). */
export type TermMatch = Map<number, { starts: number[]; span: number; field: SearchField | null }>;

export async function matchTerm(term: QueryTerm, meta: SearchMeta, load: ShardSource): Promise<TermMatch> {
  const result: TermMatch = new Map();
  const only = term.units[0];
  if (term.units.length === 1 && only?.cjk) {
    const gram = unigramKey(only.text);
    const list = (await load(shardOf(gram, meta)))[gram] ?? [];
    for (let i = 0; i + 2 < list.length; i += 3) {
      const mask = list[i + 1] ?? 0;
      const field = FIELD_FROM_BIT.find(([bit]) => (mask & bit) !== 0)?.[1] ?? 'body';
      result.set(list[i] ?? 0, { starts: [], span: 0, field });
    }
    return result;
  }
  const constraints = constraintsFor(term.units);
  const span = (term.units[term.units.length - 1]?.pos ?? 0) - (term.units[0]?.pos ?? 0);
  const lists = await Promise.all(constraints.map((c) => positions(c, meta, load)));
  // Start from the rarest constraint: fewer units to carry through the intersection.
  const order = constraints
    .map((c, i) => ({ c, list: lists[i] ?? new Map<number, number[]>() }))
    .sort((x, y) => x.list.size - y.list.size);
  const [first, ...rest] = order;
  if (!first) return result;
  for (const [unit, posList] of first.list) {
    let starts = first.c.offset === 0 ? posList : posList.map((p) => p - first.c.offset);
    for (const { c, list } of rest) {
      const other = list.get(unit);
      starts = other ? intersectShifted(starts, other, c.offset) : [];
      if (starts.length === 0) break;
    }
    if (starts.length > 0) result.set(unit, { starts, span, field: null });
  }
  return result;
}

function bestWeight(match: { starts: number[]; field: SearchField | null }): number {
  if (match.field) return FIELD_WEIGHT[match.field];
  let best = 0;
  // Positions ascend and fields are laid out title, tag, source, heading, body: look at each field's first hit.
  let lastField: SearchField | null = null;
  for (const start of match.starts) {
    const field = fieldOf(start);
    if (field === lastField) continue;
    lastField = field;
    best = Math.max(best, FIELD_WEIGHT[field]);
  }
  return best;
}

/** Do the terms' hits follow one another, in order, in one field? Then the whole query is a phrase there. */
function wholePhrase(perTerm: readonly { starts: number[]; span: number }[]): boolean {
  if (perTerm.length < 2) return false;
  const [head, ...tail] = perTerm;
  if (!head || head.starts.length === 0) return false;
  let ends = new Set(head.starts.map((s) => s + head.span));
  for (const term of tail) {
    const next = new Set<number>();
    for (const start of term.starts) if (ends.has(start - 1) || ends.has(start - 2)) next.add(start + term.span);
    if (next.size === 0) return false;
    ends = next;
  }
  return true;
}

/** Units matching every term, best first by the field of their hits and whole-phrase hits. */
export async function searchUnits(
  terms: readonly QueryTerm[],
  meta: SearchMeta,
  load: ShardSource,
): Promise<UnitResult[]> {
  if (terms.length === 0) return [];
  const perTerm = await Promise.all(terms.map((term) => matchTerm(term, meta, load)));
  if (perTerm.some((m) => m.size === 0)) return [];
  const [smallest, ...rest] = [...perTerm].sort((a, b) => a.size - b.size);
  const results: UnitResult[] = [];
  for (const unit of smallest?.keys() ?? []) {
    if (!rest.every((m) => m.has(unit))) continue;
    const all = perTerm.map((m) => m.get(unit) ?? { starts: [], span: 0, field: null });
    const phrase = terms.length > 1 && wholePhrase(all);
    const score = all.reduce((sum, m) => sum + bestWeight(m), 0) + (phrase ? PHRASE_BONUS : 0);
    results.push({ unit, score, phrase });
  }
  return results.sort((a, b) => b.score - a.score);
}

/** Best score first; among equals, the newer document (time of a unit's document, larger is newer). */
export function byScoreThenNewest(timeOf: (unit: number) => number): (a: UnitResult, b: UnitResult) => number {
  return (a, b) => b.score - a.score || timeOf(b.unit) - timeOf(a.unit);
}
