import { lazy, Suspense } from 'react';
import type { QueryTerm } from './parse-query.ts';
import type { SearchResult } from './run-search.ts';
import { resultHref } from './result-link.ts';
import { useMessages } from '../../i18n/messages.ts';
import { searchSuggestions } from '../../i18n/zh/search-suggestions.ts';
import { formatNumber } from '../../lib/format.ts';

const ResultSnippet = lazy(async () => ({ default: (await import('./result-snippet.tsx')).ResultSnippet }));

type Props = {
  listId: string;
  shown: SearchResult[];
  total: number;
  searching: boolean;
  active: number;
  terms: QueryTerm[];
  query: string;
  onPick: (href: string) => void;
  allHref: string;
};

/** The header search's options: the first results, then 'all results'. Loaded on first use. */
export function SearchSuggestions({ listId, shown, total, searching, active, terms, query, onPick, allHref }: Props) {
  const m = useMessages(searchSuggestions);
  return (
    <>
      {shown.map((result, i) => (
        <li
          key={result.key}
          id={`${listId}-opt-${i}`}
          role="option"
          aria-selected={i === active}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(resultHref(result, query))}
          className={`cursor-pointer border-b border-stone-100 px-3 py-2 text-sm dark:border-stone-800 ${i === active ? 'bg-red-50 dark:bg-red-950' : ''}`}
        >
          <span lang="zh-CN" className="block font-medium">
            {result.doc.title}
          </span>
          {result.unit.sectionTitle ? (
            <span lang="zh-CN" className="block text-xs text-stone-600 dark:text-stone-400">
              {result.unit.sectionTitle}
              {result.unit.page !== null ? ` · p. ${result.unit.page}` : ''}
            </span>
          ) : null}
          <span lang="zh-CN" className="line-clamp-2 block text-xs text-stone-700 dark:text-stone-300">
            <Suspense fallback={result.doc.excerpt}>
              <ResultSnippet result={result} terms={terms} />
            </Suspense>
          </span>
        </li>
      ))}
      <li
        id={`${listId}-opt-${shown.length}`}
        role="option"
        aria-selected={active === shown.length}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onPick(allHref)}
        className={`cursor-pointer px-3 py-2 text-sm text-red-800 dark:text-red-300 ${active === shown.length ? 'bg-red-50 dark:bg-red-950' : ''}`}
      >
        {searching && total === 0 ? m.searching : total === 0 ? m.none : m.all(formatNumber(total))}
      </li>
    </>
  );
}
