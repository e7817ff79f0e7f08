import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../components/error-panel.tsx';
import { Loading } from '../components/loading.tsx';
import { manifestQuery } from '../data/queries.ts';
import { ActiveFilters } from '../features/library/active-filters.tsx';
import { FacetPanel } from '../features/library/facet-panel.tsx';
import {
  buildFacetIndex,
  filterLibrary,
  libraryQueryToParams,
  parseLibraryQuery,
  type ActiveFilter,
  type Facet,
} from '../features/library/facets.ts';
import { useSearch } from '../features/search/use-search.ts';
import { useMessages } from '../i18n/messages.ts';
import { searchPage } from '../i18n/zh/search.ts';
import { shell } from '../i18n/zh/shell.ts';
import { formatNumber } from '../lib/format.ts';

const SearchResultList = lazy(async () => ({
  default: (await import('../features/search/search-result-list.tsx')).SearchResultList,
}));

/** All results for ?q=, with the library's facets over them; the whole state lives in the URL. */
export function SearchRoute() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const manifest = useQuery(manifestQuery());
  const search = useSearch(manifest.data, query);
  const m = useMessages(searchPage);
  const s = useMessages(shell);
  useEffect(() => {
    document.title = s.pageTitle(query ? m.titleWithQuery(query) : m.title);
  }, [query, m, s]);

  const docs = useMemo(
    () => [...new Map((search.data?.results ?? []).map((r) => [r.doc.id, r.doc])).values()],
    [search.data],
  );
  const index = useMemo(() => buildFacetIndex(docs), [docs]);
  const parsed = useMemo(() => parseLibraryQuery(params, index.known), [params, index]);
  const filtered = useMemo(() => filterLibrary(docs, index, parsed.query.filters), [docs, index, parsed.query.filters]);
  const allowed = useMemo(() => new Set(filtered.docs.map((d) => d.id)), [filtered.docs]);
  const results = (search.data?.results ?? []).filter((r) => allowed.has(r.doc.id));

  const setFilters = (filters: ActiveFilter[]) => setParams(libraryQueryToParams({ ...parsed.query, filters }, params));
  const isActive = (facet: Facet, value: string) =>
    parsed.query.filters.some((f) => f.facet === facet && f.value === value);
  const toggle = (facet: Facet, value: string) =>
    setFilters(
      isActive(facet, value)
        ? parsed.query.filters.filter((f) => !(f.facet === facet && f.value === value))
        : [...parsed.query.filters, { facet, value }],
    );

  if (manifest.isPending) return <Loading label={s.loading} />;
  if (manifest.isError)
    return <ErrorPanel title={s.libraryFailed} error={manifest.error} onRetry={() => void manifest.refetch()} />;
  return (
    <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      <aside aria-label={m.filters} className="hidden lg:block">
        <FacetPanel counts={filtered.counts} active={parsed.query.filters} isActive={isActive} onToggle={toggle} />
      </aside>
      <section aria-labelledby="search-title" className="min-w-0">
        <h1 id="search-title" className="mb-2 text-2xl font-semibold">
          {m.heading}
          {query ? (
            <>
              {m.headingQuerySeparator}
              <span lang="zh-CN">{query}</span>
            </>
          ) : null}
        </h1>
        {query.trim() === '' ? <p className="text-stone-600 dark:text-stone-400">{m.prompt}</p> : null}
        {search.isError ? (
          <ErrorPanel title={m.failed} error={search.error} onRetry={() => void search.refetch()} />
        ) : null}
        {search.isPending && query.trim() !== '' ? <Loading label={m.searching} /> : null}
        {search.data ? (
          <>
            <p role="status" className="mb-3 text-sm text-stone-600 dark:text-stone-400">
              {m.found(formatNumber(results.length))}
            </p>
            <ActiveFilters
              filters={parsed.query.filters}
              onRemove={(f) => setFilters(parsed.query.filters.filter((x) => x !== f))}
              onClear={() => setFilters([])}
            />
            {results.length === 0 ? (
              <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center dark:border-stone-700">
                {m.none(query, parsed.query.filters.length > 0)}
              </p>
            ) : (
              <Suspense fallback={<Loading label={m.searching} />}>
                <SearchResultList results={results} terms={search.data.terms} query={query} />
              </Suspense>
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
