import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import {
  buildFacetIndex,
  filterLibrary,
  libraryQueryToParams,
  parseLibraryQuery,
  sortDocs,
  titleRanks,
  type ActiveFilter,
  type Facet,
  type LibraryQuery,
  type SortKey,
} from './facets.ts';
import { rememberLibrarySearch } from './library-order.ts';

/** The library's filter state, kept in the URL query so views can be shared and restored. */
export function useLibraryView(all: readonly DocMeta[]) {
  const [params, setParams] = useSearchParams();
  const index = useMemo(() => buildFacetIndex(all), [all]);
  const { query, ignored } = useMemo(() => parseLibraryQuery(params, index.known), [params, index]);
  // Facet counts and the result list are computed once per filter change, never per row.
  const result = useMemo(() => filterLibrary(all, index, query.filters), [all, index, query.filters]);
  const docs = useMemo(
    () => sortDocs(result.docs, query.sort, query.sort === 'title' ? titleRanks(all) : undefined),
    [all, result.docs, query.sort],
  );
  // The title order is worked out when the browser is idle, so the first sort by title is quick too.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => titleRanks(all));
    return () => window.cancelIdleCallback(handle);
  }, [all]);

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

  return {
    query,
    ignored,
    docs,
    counts: result.counts,
    total: all.length,
    toggle,
    remove,
    clear,
    dropLast,
    setSort,
    isActive,
  };
}

export type LibraryView = ReturnType<typeof useLibraryView>;
