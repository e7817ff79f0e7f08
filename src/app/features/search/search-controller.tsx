import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { manifestQuery } from '../../data/queries.ts';
import { resultHref } from './result-link.ts';
import { SearchSuggestions } from './search-suggestions.tsx';
import { useDebounced, useSearch } from './use-search.ts';

const SHOWN = 6;
const DEBOUNCE_MS = 120;

/** What the search box's input must say about its options (aria-expanded, aria-activedescendant). */
export type SuggestionsState = { expanded: boolean; activeId: string | undefined };
/** The arrow keys and Enter on an option; true when the key was the options'. */
export type OptionKeys = (event: KeyboardEvent<HTMLInputElement>) => boolean;

type Props = {
  listId: string;
  value: string;
  open: boolean;
  /** Where the controller puts its key handler, for the input's onKeyDown. */
  keysRef: RefObject<OptionKeys | null>;
  onState: (state: SuggestionsState) => void;
  onPick: (href: string) => void;
  allHref: string;
};

/**
 * The header search's results as you type, with the arrow keys to move among them: loaded when
 * the reader first reaches for the search box, which until then is a plain form.
 */
export function SearchController({ listId, value, open, keysRef, onState, onPick, allHref }: Props) {
  const query = useDebounced(value, DEBOUNCE_MS);
  const manifest = useQuery({ ...manifestQuery(), enabled: query.trim() !== '' });
  const search = useSearch(manifest.data, query);
  // The option moved to with the arrow keys, for the query it was chosen in: a new query starts again from the input.
  const [cursor, setCursor] = useState({ value, index: -1 });
  const active = cursor.value === value ? cursor.index : -1;
  const results = search.data?.results ?? [];
  const shown = results.slice(0, SHOWN);
  // The options: the shown results, then 'all results'.
  const optionCount = query.trim() === '' ? 0 : shown.length + 1;
  const expanded = open && optionCount > 0;
  const activeId = expanded && active >= 0 ? `${listId}-opt-${active}` : undefined;

  useLayoutEffect(() => onState({ expanded, activeId }), [expanded, activeId, onState]);
  useLayoutEffect(() => {
    keysRef.current = (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (optionCount === 0) return false;
        event.preventDefault();
        const index = event.key === 'ArrowDown' ? (active + 1) % optionCount : (active - 1 + optionCount) % optionCount;
        setCursor({ value, index });
        return true;
      }
      const result = shown[active];
      if (event.key !== 'Enter' || !result) return false;
      event.preventDefault();
      onPick(resultHref(result, value.trim()));
      return true;
    };
    return () => {
      keysRef.current = null;
    };
  });

  if (!expanded) return null;
  return (
    <SearchSuggestions
      listId={listId}
      shown={shown}
      total={results.length}
      searching={search.isFetching}
      active={active}
      terms={search.data?.terms ?? []}
      query={value.trim()}
      onPick={onPick}
      allHref={allHref}
    />
  );
}
