import { Link } from 'react-router';
import type { DocMeta } from '../../../shared/bundle-schema.ts';
import { formatDate } from '../../lib/format-date.ts';
import { paths } from '../../paths.ts';

export type DocumentListProps = { documents: DocMeta[] };

export function DocumentList({ documents }: DocumentListProps) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800" aria-label="文档列表">
      {documents.map((doc) => (
        <li key={doc.id} className="py-4">
          <Link
            to={paths.document.href(doc.id)}
            lang="zh-CN"
            className="text-lg font-medium text-stone-900 hover:text-red-800 hover:underline dark:text-stone-100 dark:hover:text-red-300"
          >
            {doc.title}
          </Link>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {doc.kind === 'report' ? (
              <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                报告
              </span>
            ) : null}
            <span lang="zh-CN">{doc.source ?? '来源不详'}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={doc.date ?? undefined}>{formatDate(doc.date, doc.year)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
