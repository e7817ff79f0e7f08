import type { QueryTerm } from './parse-query.ts';
import type { SearchResult } from './run-search.ts';
import { SearchResultItem } from './search-result-item.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

export type SearchResultListProps = { results: SearchResult[]; terms: QueryTerm[]; query: string };

/** The search page's results; loaded with the search code, not with the page. */
export function SearchResultList({ results, terms, query }: SearchResultListProps) {
  const m = useMessages(shell);
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800" aria-label={m.searchResults}>
      {results.map((result) => (
        <li key={result.key} className="py-3">
          <SearchResultItem result={result} terms={terms} query={query} />
        </li>
      ))}
    </ol>
  );
}
