import { useMemo } from 'react';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { buildFacetIndex, filterLibrary, parseLibraryQuery, sortDocs } from '../library/facets.ts';
import { recallLibrarySearch } from '../library/library-order.ts';

export type Neighbours = { previous: DocMeta | null; next: DocMeta | null };

/**
 * The documents before and after this one in the library's current order (the filters and sort
 * the reader last used); in the default order when this document is not in that view.
 */
export function useNeighbours(all: readonly DocMeta[], id: string): Neighbours {
  return useMemo(() => {
    const index = buildFacetIndex(all);
    const { query } = parseLibraryQuery(new URLSearchParams(recallLibrarySearch()), index.known);
    let order = sortDocs(filterLibrary(all, index, query.filters).docs, query.sort);
    let position = order.findIndex((doc) => doc.id === id);
    if (position === -1) {
      order = sortDocs(all, 'newest');
      position = order.findIndex((doc) => doc.id === id);
    }
    return { previous: order[position - 1] ?? null, next: order[position + 1] ?? null };
  }, [all, id]);
}
