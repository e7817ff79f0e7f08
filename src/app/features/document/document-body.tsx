import { Suspense, type ReactNode } from 'react';
import type { DocChunk, DocKind, DocMeta, ReportBlock } from '#shared/bundle-schema.ts';
import { Loading } from '../../components/loading.tsx';
import { lazyPage } from '../../lib/lazy-page.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

// An article needs the sanitizer, a report its reader: each page loads only the one it shows.
const ArticleBody = lazyPage(async () => {
  const code = await import('../article/article-body.tsx');
  await code.loadSanitizer();
  return code.ArticleBody;
});
const ReportView = lazyPage(async () => (await import('../report/report-view.tsx')).ReportView);
const EmbeddedReport = lazyPage(
  async () => (await import('../report/embedded-report-blocks.tsx')).EmbeddedReportBlocks,
);

/** Starts loading a document's reader while its text is still on the way (the manifest names its kind). */
export function preloadDocumentBody(kind: DocKind): Promise<void> {
  return kind === 'article' ? ArticleBody.preload() : ReportView.preload();
}

export type DocumentBodyProps = {
  meta: DocMeta;
  chunk: DocChunk;
  /** Shown under the text once the text is there: placed before it, the text would push it down. */
  after?: ReactNode;
};

export function DocumentBody({ meta, chunk, after }: DocumentBodyProps) {
  const m = useMessages(shell);
  return (
    <Suspense fallback={<Loading label={m.loadingText} />}>
      {chunk.kind === 'article' ? <ArticleBody html={chunk.html} /> : <ReportView meta={meta} chunk={chunk} />}
      {after}
    </Suspense>
  );
}

export type LazyArticleBodyProps = { html: string };

/** An article's body for pages that show only articles' bodies (the embed view). */
export function LazyArticleBody({ html }: LazyArticleBodyProps) {
  const m = useMessages(shell);
  return (
    <Suspense fallback={<Loading label={m.loadingText} />}>
      <ArticleBody html={html} />
    </Suspense>
  );
}

/** A report's blocks for the embed view, loaded only when an embedded document is a report. */
export function LazyEmbeddedReport({ blocks }: { blocks: ReportBlock[] }) {
  const m = useMessages(shell);
  return (
    <Suspense fallback={<Loading label={m.loadingText} />}>
      <EmbeddedReport blocks={blocks} />
    </Suspense>
  );
}
