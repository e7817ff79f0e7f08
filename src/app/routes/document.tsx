import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useParams } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { ErrorPanel } from '../components/error-panel.tsx';
import { Loading } from '../components/loading.tsx';
import { chunkQuery, manifestQuery } from '../data/queries.ts';
import { useInBrowser } from '../lib/use-in-browser.ts';
import { ArticleHeader } from '../features/article/article-header.tsx';
import { DocPager } from '../features/article/doc-pager.tsx';
import { useNeighbours } from '../features/article/use-neighbours.ts';
import { DocumentBody, preloadDocumentBody } from '../features/document/document-body.tsx';
import { ReadingProgress } from '../features/document/reading-progress.tsx';
// The page for an unknown id loads only for one: most readers never see it.
import { NotFoundRoute } from '../router.tsx';
import { useMessages } from '../i18n/messages.ts';
import { shell } from '../i18n/zh/shell.ts';

// Nothing on the first screen waits for the tools that work on the text.
const ReadingTools = lazy(async () => ({
  default: (await import('../features/document/reading-tools.tsx')).ReadingTools,
}));

function DocumentView({ meta, all }: { meta: DocMeta; all: readonly DocMeta[] }) {
  const chunk = useQuery(chunkQuery(meta));
  const neighbours = useNeighbours(all, meta.id);
  const inBrowser = useInBrowser();
  const s = useMessages(shell);
  const keeper = inBrowser ? (
    <Suspense fallback={null}>
      <ReadingTools meta={meta} mentions={chunk.data?.mentions} />
    </Suspense>
  ) : null;
  useEffect(() => {
    document.title = s.pageTitle(meta.title);
  }, [meta.title, s]);
  useEffect(() => {
    preloadDocumentBody(meta.kind).catch(() => undefined); // A failure shows when the body renders.
  }, [meta.kind]);
  if (chunk.data?.kind === 'report') {
    return (
      <DocumentBody
        meta={meta}
        chunk={chunk.data}
        after={
          <div className="lg:ml-[19.5rem]">
            <DocPager {...neighbours} />
            {keeper}
          </div>
        }
      />
    );
  }
  return (
    <article aria-labelledby="doc-title" className="mx-auto max-w-[42rem]">
      <ReadingProgress />
      <ArticleHeader meta={meta} />
      {chunk.isPending ? <Loading label={s.loadingText} /> : null}
      {chunk.isError ? (
        <ErrorPanel title={s.textFailed} error={chunk.error} onRetry={() => void chunk.refetch()} />
      ) : null}
      {chunk.data ? (
        <DocumentBody
          meta={meta}
          chunk={chunk.data}
          after={
            <>
              <DocPager {...neighbours} />
              {keeper}
            </>
          }
        />
      ) : null}
    </article>
  );
}

export function DocumentRoute() {
  const { id } = useParams();
  const manifest = useQuery(manifestQuery());
  const s = useMessages(shell);
  if (manifest.isPending) return <Loading label={s.loading} />;
  if (manifest.isError)
    return <ErrorPanel title={s.libraryFailed} error={manifest.error} onRetry={() => void manifest.refetch()} />;
  const meta = manifest.data.documents.find((doc) => doc.id === id);
  if (!meta) return <NotFoundRoute />;
  return <DocumentView key={meta.id} meta={meta} all={manifest.data.documents} />;
}
