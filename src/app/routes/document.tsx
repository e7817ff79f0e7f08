import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { DocMeta } from '../../shared/bundle-schema.ts';
import { ErrorPanel } from '../components/error-panel.tsx';
import { Loading } from '../components/loading.tsx';
import { chunkQuery, manifestQuery } from '../data/queries.ts';
import { DocumentBody } from '../features/document/document-body.tsx';
import { formatDate } from '../lib/format-date.ts';
import { paths } from '../paths.ts';
import { NotFoundRoute } from './not-found.tsx';

function DocumentView({ meta }: { meta: DocMeta }) {
  const chunk = useQuery(chunkQuery(meta));
  useEffect(() => {
    document.title = `${meta.title} · 阅览`;
  }, [meta.title]);
  return (
    <article aria-labelledby="doc-title" className="mx-auto max-w-[40em]">
      <p className="mb-4 text-sm">
        <Link to={paths.home.href()} className="text-red-800 hover:underline dark:text-red-300">
          ← 返回文库
        </Link>
      </p>
      <h1 id="doc-title" lang="zh-CN" className="text-2xl font-semibold leading-snug md:text-3xl">
        {meta.title}
      </h1>
      <p className="mt-2 mb-6 text-sm text-stone-600 dark:text-stone-400">
        <span lang="zh-CN">{meta.source ?? '来源不详'}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={meta.date ?? undefined}>{formatDate(meta.date, meta.year)}</time>
      </p>
      {chunk.isPending ? <Loading label="正在载入正文…" /> : null}
      {chunk.isError ? (
        <ErrorPanel title="正文载入失败" error={chunk.error} onRetry={() => void chunk.refetch()} />
      ) : null}
      {chunk.data ? <DocumentBody chunk={chunk.data} /> : null}
    </article>
  );
}

export function DocumentRoute() {
  const { id } = useParams();
  const manifest = useQuery(manifestQuery());
  if (manifest.isPending) return <Loading label="正在载入…" />;
  if (manifest.isError)
    return <ErrorPanel title="文库载入失败" error={manifest.error} onRetry={() => void manifest.refetch()} />;
  const meta = manifest.data.documents.find((doc) => doc.id === id);
  if (!meta) return <NotFoundRoute />;
  return <DocumentView key={meta.id} meta={meta} />;
}
