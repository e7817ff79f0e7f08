import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { Highlight } from './highlight.tsx';
import type { QueryTerm } from './parse-query.ts';
import { resultHref } from './result-link.ts';
import { ResultSnippet } from './result-snippet.tsx';
import type { SearchResult } from './run-search.ts';
import { makeSnippet } from './snippet.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

export type SearchResultItemProps = {
  result: SearchResult;
  terms: readonly QueryTerm[];
  query: string;
  compact?: boolean;
};

export function SearchResultItem({ result, terms, query, compact = false }: SearchResultItemProps) {
  const m = useMessages(shell);
  const title = makeSnippet(result.doc.title, terms, 200);
  return (
    <div className="min-w-0">
      <Link
        to={resultHref(result, query)}
        lang="zh-CN"
        className="font-medium text-stone-900 hover:text-red-800 hover:underline dark:text-stone-100 dark:hover:text-red-300"
      >
        <Highlight snippet={title} />
      </Link>
      <p className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">
        {result.doc.kind === 'report' ? (
          <span className="mr-1 rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            {m.report}
          </span>
        ) : null}
        <span lang={result.doc.source ? 'zh-CN' : undefined}>{result.doc.source ?? m.sourceUnknown}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={result.doc.date ?? undefined}>{formatDate(result.doc.date, result.doc.year)}</time>
        {result.unit.sectionTitle ? (
          <>
            <span aria-hidden="true"> · </span>
            <span lang="zh-CN">
              {result.unit.sectionTitle}
              {result.unit.page !== null ? ` · p. ${result.unit.page}` : ''}
            </span>
          </>
        ) : null}
      </p>
      <p
        lang="zh-CN"
        className={`mt-1 text-sm leading-relaxed text-stone-700 dark:text-stone-300 ${compact ? 'line-clamp-2' : ''}`}
      >
        <ResultSnippet result={result} terms={terms} />
      </p>
    </div>
  );
}
