import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { assembleManifest, type Manifest, type ManifestFile } from '#shared/bundle-schema.ts';
import { ErrorPanel } from '../components/error-panel.tsx';
import { Loading } from '../components/loading.tsx';
import { manifestFileQuery, manifestQuery } from '../data/queries.ts';
import { useInBrowser } from '../lib/use-in-browser.ts';
import { paths } from '../paths.ts';
import { ActiveFilters } from '../features/library/active-filters.tsx';
import { EmptyResult } from '../features/library/empty-result.tsx';
import { FacetPanel } from '../features/library/facet-panel.tsx';
import { useServiceWorkerControlled } from '../features/offline/use-controlled.ts';
import { IgnoredParamsNotice } from '../features/library/ignored-params-notice.tsx';
import { SortSelect } from '../features/library/sort-select.tsx';
import { Timeline } from '../features/library/timeline.tsx';
import { useLibraryView } from '../features/library/use-library-view.ts';
import { VirtualDocumentList } from '../features/library/virtual-document-list.tsx';
import { SavedSections } from '../features/bookmarks/saved-sections.tsx';
import { messagesOf, useMessages } from '../i18n/messages.ts';
import { library } from '../i18n/zh/library.ts';
import { shell } from '../i18n/zh/shell.ts';
import { formatNumber } from '../lib/format.ts';
import { lazyOptional } from '../lib/lazy-page.ts';

// Only readers part-way through something see the row: its code loads after the library.
const ContinueReading = lazyOptional(
  async () => (await import('../features/position/continue-reading.tsx')).ContinueReading,
);

// Offered only where a service worker can keep the library (and only a library too large for the
// install to have saved it already): its code loads when it may be shown.
const SaveLibraryPanel = lazyOptional(
  async () => (await import('../features/offline/save-library-panel.tsx')).SaveLibraryPanel,
);

type LibraryProps = {
  file: ManifestFile;
  /** The whole library; null while its pages are on the way (the first page shows meanwhile). */
  manifest: Manifest | null;
  rest: { error: Error | null; retry: () => void };
};

function Library({ file, manifest, rest }: LibraryProps) {
  const documents = manifest?.documents ?? file.firstPage;
  const summary = useMemo(() => (manifest ? null : { total: file.total, facets: file.facets }), [manifest, file]);
  const view = useLibraryView(documents, summary);
  const filtered = view.query.filters.length > 0 || view.saved;
  const [facetsOpen, setFacetsOpen] = useState(false);
  const inBrowser = useInBrowser();
  const controlled = useServiceWorkerControlled();
  const m = useMessages(library);
  return (
    <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      {/* One facet panel: a sidebar on wide screens, behind a disclosure button on narrow ones. */}
      <button
        type="button"
        aria-expanded={facetsOpen}
        aria-controls="library-facets"
        onClick={() => setFacetsOpen(!facetsOpen)}
        className="mb-3 w-full rounded-md border border-stone-300 px-3 py-2 text-left text-sm font-medium lg:hidden dark:border-stone-700"
      >
        {filtered ? m.filtersCount(view.query.filters.length) : m.filters}{' '}
        <span aria-hidden="true">{facetsOpen ? '▴' : '▾'}</span>
      </button>
      <aside
        id="library-facets"
        aria-label={m.filters}
        className={`${facetsOpen ? 'block' : 'hidden'} mb-4 lg:mb-0 lg:block`}
      >
        <label className="mb-4 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={view.saved} onChange={view.toggleSaved} className="accent-red-800" />
          {m.savedOnly(view.savedCount)}
        </label>
        <p className="mb-4 text-sm">
          <Link to={paths.highlights.href()} className="text-red-800 underline dark:text-red-300">
            {m.highlights}
          </Link>
        </p>
        <FacetPanel counts={view.counts} active={view.query.filters} isActive={view.isActive} onToggle={view.toggle} />
      </aside>
      <section aria-labelledby="library-title" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h1 id="library-title" className="text-2xl font-semibold">
            {m.title}
          </h1>
          <p className="text-sm text-stone-600 dark:text-stone-400" role="status" aria-live="polite">
            {filtered
              ? m.shownOfTotal(formatNumber(view.docs.length), formatNumber(view.total))
              : m.total(formatNumber(view.total))}
          </p>
          <SortSelect value={view.query.sort} onChange={view.setSort} />
        </div>
        {filtered || !inBrowser ? null : (
          <Suspense fallback={null}>
            <ContinueReading documents={documents} complete={manifest !== null} />
          </Suspense>
        )}
        {manifest && controlled ? (
          <Suspense fallback={null}>
            <SaveLibraryPanel manifest={manifest} />
          </Suspense>
        ) : null}
        <IgnoredParamsNotice ignored={view.ignored} />
        <ActiveFilters filters={view.query.filters} onRemove={view.remove} onClear={view.clear} />
        {view.saved && view.sections.length > 0 ? <SavedSections sections={view.sections} /> : null}
        {view.waiting ? null : (
          <Timeline
            counts={view.counts.month}
            isActive={(month) => view.isActive('month', month)}
            onToggle={(month) => view.toggle('month', month)}
          />
        )}
        {view.waiting ? (
          <Loading label={m.loadingAll(formatNumber(view.total))} />
        ) : view.docs.length === 0 ? (
          <EmptyResult last={view.query.filters.at(-1)} onDropLast={view.dropLast} />
        ) : (
          <VirtualDocumentList
            docs={view.docs}
            onTag={(tag) => (view.isActive('tag', tag) ? undefined : view.toggle('tag', tag))}
          />
        )}
        {!manifest &&
          !view.waiting &&
          (rest.error ? (
            <ErrorPanel title={m.restFailed} error={rest.error} onRetry={rest.retry} />
          ) : (
            <Loading label={m.loadingRest(formatNumber(view.total - view.docs.length))} />
          ))}
      </section>
    </div>
  );
}

export function LibraryRoute() {
  const file = useQuery(manifestFileQuery());
  const paged = (file.data?.pages.length ?? 0) > 0;
  // A large library shows its first page at once; the rest loads behind it.
  const whole = useQuery({ ...manifestQuery(), enabled: paged });
  const single = useMemo(() => (file.data && !paged ? assembleManifest(file.data, []) : null), [file.data, paged]);
  const m = useMessages(library);
  const title = messagesOf(shell).pageTitle(m.title);
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (file.isPending) return <Loading label={m.loadingLibrary} />;
  if (file.isError)
    return (
      <ErrorPanel title={messagesOf(shell).libraryFailed} error={file.error} onRetry={() => void file.refetch()} />
    );
  return (
    <Library
      file={file.data}
      manifest={single ?? whole.data ?? null}
      rest={{ error: whole.error, retry: () => void whole.refetch() }}
    />
  );
}
