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

const SearchResultList = lazy(async () => ({
  default: (await import('../features/search/search-result-list.tsx')).SearchResultList,
}));

/** All results for ?q=, with the library's facets over them; the whole state lives in the URL. */
export function SearchRoute() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const manifest = useQuery(manifestQuery());
  const search = useSearch(manifest.data, query);
  useEffect(() => {
    document.title = query ? `搜索：${query} · 阅览` : '搜索 · 阅览';
  }, [query]);

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

  if (manifest.isPending) return <Loading label="正在载入…" />;
  if (manifest.isError)
    return <ErrorPanel title="文库载入失败" error={manifest.error} onRetry={() => void manifest.refetch()} />;
  return (
    <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      <aside aria-label="筛选搜索结果" className="hidden lg:block">
        <FacetPanel counts={filtered.counts} active={parsed.query.filters} isActive={isActive} onToggle={toggle} />
      </aside>
      <section aria-labelledby="search-title" className="min-w-0">
        <h1 id="search-title" className="mb-2 text-2xl font-semibold">
          搜索{query ? <span lang="zh-CN">：{query}</span> : null}
        </h1>
        {query.trim() === '' ? (
          <p className="text-stone-600 dark:text-stone-400">在页面顶部的搜索框中输入要查找的词。</p>
        ) : null}
        {search.isError ? (
          <ErrorPanel title="搜索失败" error={search.error} onRetry={() => void search.refetch()} />
        ) : null}
        {search.isPending && query.trim() !== '' ? <Loading label="正在搜索…" /> : null}
        {search.data ? (
          <>
            <p role="status" className="mb-3 text-sm text-stone-600 dark:text-stone-400">
              找到 {results.length} 条结果
            </p>
            <ActiveFilters
              filters={parsed.query.filters}
              onRemove={(f) => setFilters(parsed.query.filters.filter((x) => x !== f))}
              onClear={() => setFilters([])}
            />
            {results.length === 0 ? (
              <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center dark:border-stone-700">
                没有找到包含“{query}”的文档。试着去掉一些词{parsed.query.filters.length > 0 ? '或筛选条件' : ''}
                ，或换一种说法。
              </p>
            ) : (
              <Suspense fallback={<Loading label="正在搜索…" />}>
                <SearchResultList results={results} terms={search.data.terms} query={query} />
              </Suspense>
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
