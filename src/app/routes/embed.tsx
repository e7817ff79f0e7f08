import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../components/error-panel.tsx';
import { Loading } from '../components/loading.tsx';
import { chunkQuery, manifestQuery } from '../data/queries.ts';
import { LazyArticleBody, LazyEmbeddedReport, preloadDocumentBody } from '../features/document/document-body.tsx';
import { EMBED_HEIGHT_MESSAGE } from '../features/embed/embed-code.ts';
import { applyTheme } from '../features/settings/theme.ts';
import { formatDate } from '../lib/format.ts';
import { paths } from '../paths.ts';
import { useMessages } from '../i18n/messages.ts';
import { embed } from '../i18n/zh/embed.ts';
import { shell } from '../i18n/zh/shell.ts';

/** Posts the page's height to the embedding page whenever it changes. */
function usePostHeight(id: string): void {
  useEffect(() => {
    if (window.parent === window) return;
    const post = () =>
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, id, height: document.documentElement.scrollHeight }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [id]);
}

/** A document without the app's chrome, for an <iframe> on another site. */
export function EmbedRoute() {
  const { id = '' } = useParams();
  const m = useMessages(embed);
  const s = useMessages(shell);
  const [params] = useSearchParams();
  const theme = params.get('theme');
  const manifest = useQuery(manifestQuery());
  const meta = manifest.data?.documents.find((doc) => doc.id === id);
  const chunk = useQuery({ ...chunkQuery(meta ?? { id, chunk: '' }), enabled: meta !== undefined });
  usePostHeight(id);
  useEffect(() => {
    if (meta?.kind === 'article') preloadDocumentBody('article').catch(() => undefined);
  }, [meta?.kind]);
  useEffect(() => {
    // The host page chooses the theme: light, dark, or the reader's system setting.
    applyTheme(theme === 'light' || theme === 'dark' ? theme : 'system');
  }, [theme]);
  useEffect(() => {
    if (meta) document.title = s.pageTitle(meta.title);
  }, [meta, s]);

  if (manifest.isPending) return <Loading label={s.loading} />;
  if (manifest.isError)
    return <ErrorPanel title={m.failed} error={manifest.error} onRetry={() => void manifest.refetch()} />;
  if (!meta) return <p className="p-4">{m.missing}</p>;
  const full = `${import.meta.env.BASE_URL}${paths.document.href(meta.id).slice(1)}`;
  return (
    <main className="bg-stone-50 p-4 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <article aria-labelledby="embed-title" className="mx-auto max-w-[42rem]">
        <h1 id="embed-title" lang="zh-CN" className="text-xl leading-snug font-semibold [overflow-wrap:anywhere]">
          {meta.title}
        </h1>
        <p className="mt-1 mb-4 text-sm text-stone-600 dark:text-stone-400">
          <span lang={meta.source ? 'zh-CN' : undefined}>{meta.source ?? s.sourceUnknown}</span> ·{' '}
          {formatDate(meta.date, meta.year)} ·{' '}
          <a href={full} target="_blank" rel="noopener" className="text-red-800 underline dark:text-red-300">
            {m.open}
          </a>
        </p>
        {chunk.isError ? (
          <ErrorPanel title={s.textFailed} error={chunk.error} onRetry={() => void chunk.refetch()} />
        ) : null}
        {chunk.data?.kind === 'article' ? <LazyArticleBody html={chunk.data.html} /> : null}
        {chunk.data?.kind === 'report' ? (
          <div lang="zh-CN" className="reader-prose">
            <LazyEmbeddedReport blocks={chunk.data.blocks} />
          </div>
        ) : null}
      </article>
    </main>
  );
}
