import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { manifestQuery } from '../../data/queries.ts';
import { paths } from '../../paths.ts';
import { isTyping } from '../shortcuts/shortcuts.ts';
import { resultHref } from './result-link.ts';
import { useDebounced, useSearch } from './use-search.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

const loadSuggestions = () => import('./search-suggestions.tsx');
const SearchSuggestions = lazy(async () => ({ default: (await loadSuggestions()).SearchSuggestions }));

const SHOWN = 6;
const DEBOUNCE_MS = 120;

/** The header's search: results as you type, arrow keys to move, Enter to open, Escape to close. */
export function SearchBox() {
  const m = useMessages(shell);
  const navigate = useNavigate();
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [value, setValue] = useState(() =>
    location.pathname === paths.search.path ? (new URLSearchParams(location.search).get('q') ?? '') : '',
  );
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(value, DEBOUNCE_MS);
  const manifest = useQuery({ ...manifestQuery(), enabled: query.trim() !== '' });
  const search = useSearch(manifest.data, query);
  const results = search.data?.results ?? [];
  const shown = results.slice(0, SHOWN);
  // The options: the shown results, then 'all results'.
  const optionCount = query.trim() === '' ? 0 : shown.length + 1;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const k = event.key.toLowerCase();
      if (
        (k === 'k' && (event.metaKey || event.ctrlKey)) ||
        (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey)
      ) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    inputRef.current?.blur();
    void navigate(href);
  };
  const allHref = paths.search.href(value.trim());

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (optionCount === 0) return;
      event.preventDefault();
      setOpen(true);
      setActive((current) =>
        event.key === 'ArrowDown' ? (current + 1) % optionCount : (current - 1 + optionCount) % optionCount,
      );
    } else if (event.key === 'Enter') {
      if (value.trim() === '') return;
      event.preventDefault();
      const result = shown[active];
      go(result ? resultHref(result, value.trim()) : allHref);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else {
        setValue('');
        inputRef.current?.blur();
      }
    }
  };

  const expanded = open && optionCount > 0;
  return (
    <div className="relative w-full max-w-md" role="search">
      <label htmlFor={`${listId}-input`} className="sr-only">
        {m.searchLabel}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        value={value}
        placeholder={m.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-opt-${active}` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          // The suggestions' code is fetched as the reader starts, not the moment results arrive.
          void loadSuggestions();
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
      <div
        className={`absolute top-full right-0 left-0 z-50 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-stone-200 bg-white shadow-lg dark:border-stone-700 dark:bg-stone-900 ${expanded ? '' : 'hidden'}`}
      >
        <ul id={`${listId}-list`} role="listbox" aria-label={m.searchResults}>
          {expanded ? (
            <Suspense fallback={null}>
              <SearchSuggestions
                listId={listId}
                shown={shown}
                total={results.length}
                searching={search.isFetching}
                active={active}
                terms={search.data?.terms ?? []}
                query={value.trim()}
                onPick={go}
                allHref={allHref}
              />
            </Suspense>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
