import type { DocChunk, DocMeta } from '#shared/bundle-schema.ts';
import { ArticleBody } from '../article/article-body.tsx';
import { ReportView } from '../report/report-view.tsx';

export type DocumentBodyProps = { meta: DocMeta; chunk: DocChunk };

export function DocumentBody({ meta, chunk }: DocumentBodyProps) {
  if (chunk.kind === 'article') return <ArticleBody html={chunk.html} />;
  return <ReportView meta={meta} chunk={chunk} />;
}
