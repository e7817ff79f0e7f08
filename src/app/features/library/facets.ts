import { docFacetValues, FACETS, type DocMeta, type Facet, type FacetTotals } from '#shared/bundle-schema.ts';
import { messagesOf } from '../../i18n/messages.ts';
import { facets } from '../../i18n/zh/facets.ts';

/*
 * Faceted filtering of the library, pure so it can be tested and memoised. Values of one facet
 * combine with OR, different facets with AND; each value's count is the number of documents it
 * would give with the other facets' filters applied (disjunctive faceting).
 */

export { docFacetValues, FACETS, type Facet };

export const SORTS = ['newest', 'oldest', 'title'] as const;
export type SortKey = (typeof SORTS)[number];
export const DEFAULT_SORT: SortKey = 'newest';

/** One active filter; the list keeps the order they were added in (for 'drop the last filter'). */
export type ActiveFilter = { facet: Facet; value: string };

export type LibraryQuery = { filters: ActiveFilter[]; sort: SortKey };

export type FacetIndex = {
  /** Each document's values per facet, computed once per manifest. */
  values: Map<string, Record<Facet, string[]>>;
  /** Every value each facet has in the library. */
  known: Record<Facet, Set<string>>;
};

export function buildFacetIndex(docs: readonly DocMeta[]): FacetIndex {
  const values = new Map<string, Record<Facet, string[]>>();
  const known = {
    tag: new Set<string>(),
    entity: new Set<string>(),
    category: new Set<string>(),
    source: new Set<string>(),
    year: new Set<string>(),
    kind: new Set<string>(),
    month: new Set<string>(),
  };
  for (const doc of docs) {
    const v = docFacetValues(doc);
    values.set(doc.id, v);
    for (const facet of FACETS) for (const value of v[facet]) known[facet].add(value);
  }
  return { values, known };
}

export function isFacet(name: string): name is Facet {
  return (FACETS as readonly string[]).includes(name);
}

function isSort(name: string | null): name is SortKey {
  return name !== null && (SORTS as readonly string[]).includes(name);
}

export type ParsedQuery = { query: LibraryQuery; ignored: { param: string; value: string }[] };

/** URL query to filters. Values the library does not have are ignored and reported, never fatal. */
export function parseLibraryQuery(params: URLSearchParams, known: FacetIndex['known']): ParsedQuery {
  const filters: ActiveFilter[] = [];
  const ignored: ParsedQuery['ignored'] = [];
  for (const [param, value] of params) {
    if (!isFacet(param)) continue;
    if (!known[param].has(value)) {
      ignored.push({ param, value });
      continue;
    }
    if (!filters.some((f) => f.facet === param && f.value === value)) filters.push({ facet: param, value });
  }
  const sortParam = params.get('sort');
  if (sortParam !== null && !isSort(sortParam)) ignored.push({ param: 'sort', value: sortParam });
  return { query: { filters, sort: isSort(sortParam) ? sortParam : DEFAULT_SORT }, ignored };
}

/** Filters to URL query: repeated parameters named after the facets, in the order added. */
export function libraryQueryToParams(query: LibraryQuery, keep?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  if (keep) for (const [key, value] of keep) if (!isFacet(key) && key !== 'sort') params.append(key, value);
  for (const filter of query.filters) params.append(filter.facet, filter.value);
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  return params;
}

function groupFilters(filters: readonly ActiveFilter[]): Map<Facet, Set<string>> {
  const groups = new Map<Facet, Set<string>>();
  for (const { facet, value } of filters) {
    const set = groups.get(facet) ?? new Set<string>();
    set.add(value);
    groups.set(facet, set);
  }
  return groups;
}

/** Facets whose filter the document fails. */
function failedFacets(values: Record<Facet, string[]>, groups: Map<Facet, Set<string>>): Facet[] {
  const failed: Facet[] = [];
  for (const [facet, wanted] of groups) if (!values[facet].some((v) => wanted.has(v))) failed.push(facet);
  return failed;
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/** The values each facet has, from counts. */
export function knownValues(counts: FacetCounts): FacetIndex['known'] {
  return Object.fromEntries(FACETS.map((facet) => [facet, new Set(counts[facet].keys())])) as FacetIndex['known'];
}

/** The whole library's counts, precomputed by the build, in the form filterLibrary gives. */
export function countsFromTotals(totals: FacetTotals): FacetCounts {
  return Object.fromEntries(FACETS.map((facet) => [facet, new Map(totals[facet])])) as FacetCounts;
}

export type FilterResult = { docs: DocMeta[]; counts: FacetCounts };

/**
 * One pass over the library gives both the matching documents and every facet value's count:
 * a document that fails no facet counts everywhere, one that fails exactly one facet counts
 * only for that facet's values.
 */
export function filterLibrary(
  docs: readonly DocMeta[],
  index: FacetIndex,
  filters: readonly ActiveFilter[],
): FilterResult {
  const groups = groupFilters(filters);
  const counts: FacetCounts = {
    tag: new Map(),
    entity: new Map(),
    category: new Map(),
    source: new Map(),
    year: new Map(),
    kind: new Map(),
    month: new Map(),
  };
  const matching: DocMeta[] = [];
  const bump = (facet: Facet, values: string[]): void => {
    const map = counts[facet];
    for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const doc of docs) {
    const values = index.values.get(doc.id) ?? docFacetValues(doc);
    const failed = failedFacets(values, groups);
    if (failed.length === 0) {
      matching.push(doc);
      for (const facet of FACETS) bump(facet, values[facet]);
    } else if (failed.length === 1) {
      const facet = failed[0];
      if (facet) bump(facet, values[facet]);
    }
  }
  return { docs: matching, counts };
}

/** Chinese order (pinyin), one collator for every comparison: `localeCompare` with a locale builds one per call. */
export const collator = new Intl.Collator('zh-Hans-CN');

/** A document's time for ordering: its date, else the start of its year, else -Infinity. */
const times = new WeakMap<DocMeta, number>();

/** Sorting ten thousand documents compares their times 150,000 times: parse each date once. */
export function docTime(doc: DocMeta): number {
  let time = times.get(doc);
  if (time === undefined) {
    if (doc.date) time = Date.parse(doc.date);
    else time = doc.year === null ? Number.NEGATIVE_INFINITY : Date.UTC(doc.year, 0, 1);
    times.set(doc, time);
  }
  return time;
}

const rankCache = new WeakMap<readonly DocMeta[], Map<DocMeta, number>>();

/**
 * Each document's place in the whole library by title. The Chinese collator is slow (a title sort
 * of ten thousand documents took most of the 50 ms an update may take): sorted once, compared
 * as numbers after that.
 */
export function titleRanks(all: readonly DocMeta[]): Map<DocMeta, number> {
  let ranks = rankCache.get(all);
  if (!ranks) {
    const sorted = [...all].sort((a, b) => collator.compare(a.title, b.title));
    ranks = new Map(sorted.map((doc, rank) => [doc, rank]));
    rankCache.set(all, ranks);
  }
  return ranks;
}

/** Docs in the given order; `ranks` (from titleRanks over a list that holds them all) speeds up 'title'. */
export function sortDocs(docs: readonly DocMeta[], sort: SortKey, ranks?: ReadonlyMap<DocMeta, number>): DocMeta[] {
  const copy = [...docs];
  if (sort === 'title' && ranks) return copy.sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
  if (sort === 'title') return copy.sort((a, b) => collator.compare(a.title, b.title));
  const direction = sort === 'newest' ? -1 : 1;
  // Undated documents go last either way.
  return copy.sort((a, b) => {
    const ta = docTime(a);
    const tb = docTime(b);
    if (ta === tb) return collator.compare(a.title, b.title);
    if (ta === Number.NEGATIVE_INFINITY) return 1;
    if (tb === Number.NEGATIVE_INFINITY) return -1;
    return direction * (ta - tb);
  });
}

/** The filter's name in the interface's language (components showing it use the facets messages, so they re-render on a switch). */
export function facetLabel(facet: Facet): string {
  return messagesOf(facets)[facet];
}

export function sortLabel(sort: SortKey): string {
  return messagesOf(facets)[sort];
}

/** Tags, categories, sources and entities are the documents' own words, in Chinese whatever the interface's language. */
export function valueLang(facet: Facet): 'zh-CN' | undefined {
  return facet === 'kind' || facet === 'year' || facet === 'month' ? undefined : 'zh-CN';
}

export function valueLabel(facet: Facet, value: string): string {
  const m = messagesOf(facets);
  if (facet === 'kind') return value === 'article' || value === 'report' ? m[value] : value;
  if (facet === 'year') return m.yearValue(value);
  if (facet === 'month') return m.monthValue(value.slice(0, 4), Number(value.slice(5, 7)));
  return value;
}
