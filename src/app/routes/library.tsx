import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../components/error-panel.tsx';
import { Loading } from '../components/loading.tsx';
import { manifestQuery } from '../data/queries.ts';
import { DocumentList } from '../features/library/document-list.tsx';

export function LibraryRoute() {
  const manifest = useQuery(manifestQuery());
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title" className="mb-2 text-2xl font-semibold">
        文库
      </h1>
      {manifest.isPending ? <Loading label="正在载入文库…" /> : null}
      {manifest.isError ? (
        <ErrorPanel title="文库载入失败" error={manifest.error} onRetry={() => void manifest.refetch()} />
      ) : null}
      {manifest.data ? (
        <>
          <p className="text-sm text-stone-600 dark:text-stone-400">共 {manifest.data.documents.length} 篇</p>
          <DocumentList documents={manifest.data.documents} />
        </>
      ) : null}
    </section>
  );
}
