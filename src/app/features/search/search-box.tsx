import { Suspense, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../paths.ts';
import { isTyping } from '../shortcuts/shortcuts.ts';
import type { OptionKeys, SuggestionsState } from './search-controller.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';
import { lazyOptional } from '../../lib/lazy-page.ts';

const loadController = () => import('./search-controller.tsx');
// Without it (offline, a new deployment) the box is still a search form.
const SearchController = lazyOptional(async () => (await loadController()).SearchController);

const CLOSED: SuggestionsState = { expanded: false, activeId: undefined };

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
  // Until the reader reaches for it, the box is a plain form: Enter opens the search page.
  const [engaged, setEngaged] = useState(false);
  const [suggestions, setSuggestions] = useState(CLOSED);
  const optionKeys = useRef<OptionKeys | null>(null);

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

  const go = useCallback(
    (href: string) => {
      setOpen(false);
      inputRef.current?.blur();
      void navigate(href);
    },
    [navigate],
  );
  const allHref = paths.search.href(value.trim());

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') setOpen(true);
    if (optionKeys.current?.(event)) return;
    if (event.key === 'Enter') {
      if (value.trim() === '') return;
      event.preventDefault();
      go(allHref);
    } else if (event.key === 'Escape') {
      if (suggestions.expanded) {
        event.preventDefault();
        setOpen(false);
      } else {
        setValue('');
        inputRef.current?.blur();
      }
    }
  };

  const { expanded, activeId } = suggestions;
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
        aria-activedescendant={activeId}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setEngaged(true);
        }}
        onPointerEnter={() => void loadController()}
        onFocus={() => {
          setOpen(true);
          setEngaged(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
      <div
        className={`absolute top-full right-0 left-0 z-50 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-stone-200 bg-white shadow-lg dark:border-stone-700 dark:bg-stone-900 ${expanded ? '' : 'hidden'}`}
      >
        <ul id={`${listId}-list`} role="listbox" aria-label={m.searchResults}>
          {engaged ? (
            <Suspense fallback={null}>
              <SearchController
                listId={listId}
                value={value}
                open={open}
                keysRef={optionKeys}
                onState={setSuggestions}
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
