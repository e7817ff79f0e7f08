import { tokenize, type Unit } from '#shared/tokenize.ts';

/** One thing that must match: a word or run typed without spaces, or a quoted phrase. */
export type QueryTerm = { raw: string; units: Unit[] };

/** Splits at white space, keeping "quoted phrases" whole; terms with nothing searchable are dropped. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // Bounded phrases: an unclosed quote must not send every later quote scanning to the end.
  const pattern = /"([^"]{0,200})"|“([^”]{0,200})”|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const raw = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (raw === '') continue;
    const units = tokenize(raw);
    if (units.length > 0) terms.push({ raw, units });
  }
  return terms;
}
