import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DocMeta, FacetTotals } from '#shared/bundle-schema.ts';
import {
  buildFacetIndex,
  countsFromTotals,
  DEFAULT_SORT,
  filterLibrary,
  knownValues,
  libraryQueryToParams,
  parseLibraryQuery,
  sortDocs,
  titleRanks,
  type ActiveFilter,
  type Facet,
  type LibraryQuery,
  type SortKey,
} from './facets.ts';
import { useBookmarks } from '../bookmarks/bookmarks-store.ts';
import { rememberLibrarySearch } from './library-order.ts';

/** The URL parameter that keeps the library to the reading list. */
export const SAVED_PARAM = 'saved';

/** A large library whose first page alone is here: its size and facet counts, from the manifest file. */
export type LibrarySummary = { total: number; facets: FacetTotals };

/**
 * The library's filter state, kept in the URL query so views can be shared and restored. With a
 * summary, `all` is only the newest page: it is shown as it is, with the whole library's counts,
 * and a filter or another order waits (`waiting`) until every document is here.
 */
export function useLibraryView(all: readonly DocMeta[], summary: LibrarySummary | null = null) {
  const [params, setParams] = useSearchParams();
  const index = useMemo(() => buildFacetIndex(all), [all]);
  const totals = useMemo(() => (summary ? countsFromTotals(summary.facets) : null), [summary]);
  const known = useMemo(() => (totals ? knownValues(totals) : index.known), [totals, index]);
  const parsed = useMemo(() => parseLibraryQuery(params, known), [params, known]);
  const ignored = parsed.ignored;
  // The URL is parsed anew on every change, the order's too: the filters' value, not that new
  // array, decides when the library is filtered again (a change of order only sorts), and the
  // facet panel keeps its sorted values.
  const filtersKey = JSON.stringify(parsed.query.filters.map((f) => [f.facet, f.value]));
  const filters = useMemo(
    () => (JSON.parse(filtersKey) as [Facet, string][]).map(([facet, value]) => ({ facet, value })),
    [filtersKey],
  );
  const query: LibraryQuery = useMemo(() => ({ sort: parsed.query.sort, filters }), [parsed.query.sort, filters]);
  const saved = params.get(SAVED_PARAM) === '1';
  const bookmarks = useBookmarks();
  const savedIds = useMemo(() => new Set(bookmarks.map((b) => b.doc)), [bookmarks]);
  // The reading list narrows the library before the facets do, so their counts are of it.
  const pool = useMemo(() => (saved ? all.filter((doc) => savedIds.has(doc.id)) : all), [all, saved, savedIds]);
  const waiting = summary !== null && (query.filters.length > 0 || query.sort !== DEFAULT_SORT || saved);
  // Facet counts and the result list are computed once per filter change, never per row.
  const result = useMemo(
    () => (totals ? { docs: waiting ? [] : [...pool], counts: totals } : filterLibrary(pool, index, query.filters)),
    [pool, index, query.filters, totals, waiting],
  );
  const docs = useMemo(
    // A first page is in the library's own order already.
    () =>
      totals ? result.docs : sortDocs(result.docs, query.sort, query.sort === 'title' ? titleRanks(all) : undefined),
    [all, result.docs, query.sort, totals],
  );
  // The title order is worked out when the browser is idle, so the first sort by title is quick too.
  useEffect(() => {
    if (summary || typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => titleRanks(all));
    return () => window.cancelIdleCallback(handle);
  }, [all, summary]);

  const search = params.toString();
  useEffect(() => {
    rememberLibrarySearch(search);
  }, [search]);

  const apply = useCallback(
    (next: LibraryQuery) => {
      setParams(libraryQueryToParams(next, params));
    },
    [params, setParams],
  );

  const isActive = useCallback(
    (facet: Facet, value: string) => query.filters.some((f) => f.facet === facet && f.value === value),
    [query.filters],
  );

  const toggle = useCallback(
    (facet: Facet, value: string) => {
      const filters = isActive(facet, value)
        ? query.filters.filter((f) => !(f.facet === facet && f.value === value))
        : [...query.filters, { facet, value }];
      apply({ ...query, filters });
    },
    [apply, isActive, query],
  );

  const remove = useCallback(
    (filter: ActiveFilter) => apply({ ...query, filters: query.filters.filter((f) => f !== filter) }),
    [apply, query],
  );
  const clear = useCallback(() => apply({ ...query, filters: [] }), [apply, query]);
  const dropLast = useCallback(() => apply({ ...query, filters: query.filters.slice(0, -1) }), [apply, query]);
  const setSort = useCallback((sort: SortKey) => apply({ ...query, sort }), [apply, query]);
  const toggleSaved = useCallback(() => {
    const next = new URLSearchParams(params);
    if (saved) next.delete(SAVED_PARAM);
    else next.set(SAVED_PARAM, '1');
    setParams(next);
  }, [params, saved, setParams]);

  return {
    query,
    ignored,
    docs,
    counts: result.counts,
    total: summary?.total ?? all.length,
    /** Only the first page is here, so a filter or another order cannot be shown yet. */
    waiting,
    /** Only documents in the reading list (and its report sections, listed apart). */
    saved,
    savedCount: savedIds.size,
    sections: bookmarks.filter((b) => b.section !== null),
    toggleSaved,
    toggle,
    remove,
    clear,
    dropLast,
    setSort,
    isActive,
  };
}

export type LibraryView = ReturnType<typeof useLibraryView>;
