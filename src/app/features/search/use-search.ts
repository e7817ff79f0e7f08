import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Manifest } from '#shared/bundle-schema.ts';

export const searchKeys = {
  query: (index: string | null, query: string) => ['search', index, query] as const,
};

/** Results for a query, the previous results kept on screen while the next ones load. */
export function useSearch(manifest: Manifest | undefined, query: string) {
  return useQuery({
    queryKey: searchKeys.query(manifest?.search ?? null, query.trim()),
    // The search code, the folding table and the index load on the first search, not with the page.
    queryFn: async () => {
      // The results list (with its snippets) loads alongside.
      void import('./search-result-list.tsx');
      return (await import('./run-search.ts')).runSearch(query, manifest as Manifest);
    },
    enabled: manifest !== undefined && query.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
