import type { DocMeta, Manifest, SearchUnit } from '#shared/bundle-schema.ts';
import { prepareFolding } from '#shared/tokenize.ts';
import { docTime } from '../library/facets.ts';
import { parseQuery, type QueryTerm } from './parse-query.ts';
import { byScoreThenNewest, searchUnits } from './search-engine.ts';
import { loadSearchMeta, loadShard } from './search-index.ts';

export type SearchResult = { key: string; doc: DocMeta; unit: SearchUnit; score: number; phrase: boolean };
export type SearchOutcome = { terms: QueryTerm[]; results: SearchResult[] };

/** A report gives at most this many sections, so one long report cannot bury everything else. */
const SECTIONS_PER_REPORT = 3;

/** Finite, so that subtracting two of them is a valid comparison. */
const time = (doc: DocMeta): number => Math.max(docTime(doc), 0);

export async function runSearch(query: string, manifest: Manifest): Promise<SearchOutcome> {
  await prepareFolding(query);
  const terms = parseQuery(query);
  if (terms.length === 0 || !manifest.search) return { terms, results: [] };
  const meta = await loadSearchMeta(manifest.search);
  const found = await searchUnits(terms, meta, (i) => loadShard(meta.shards[i] ?? ''));
  // Newer documents first among equals; each unit's time looked up once, not per comparison.
  const times = new Float64Array(meta.units.length);
  for (const hit of found) {
    const doc = manifest.documents[meta.units[hit.unit]?.doc ?? -1];
    times[hit.unit] = doc ? time(doc) : 0;
  }
  const units = found.sort(byScoreThenNewest((unit) => times[unit] ?? 0));
  const results: SearchResult[] = [];
  for (const hit of units) {
    const unit = meta.units[hit.unit];
    const doc = unit ? manifest.documents[unit.doc] : undefined;
    if (!unit || !doc) continue;
    results.push({
      key: `${doc.id}#${unit.section ?? ''}`,
      doc,
      unit,
      score: hit.score,
      phrase: hit.phrase,
    });
  }
  const perReport = new Map<string, number>();
  const shown = results.filter((r) => {
    if (r.doc.kind !== 'report') return true;
    const count = (perReport.get(r.doc.id) ?? 0) + 1;
    perReport.set(r.doc.id, count);
    return count <= SECTIONS_PER_REPORT;
  });
  // Titles are marked as soon as the results show.
  await prepareFolding(...shown.map((r) => r.doc.title));
  return { terms, results: shown };
}
