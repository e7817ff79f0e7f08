import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { paths } from '../../paths.ts';
import { readingRoot, whenReadingRoot } from '../document/reading-root.ts';
import { useShortcut } from '../shortcuts/shortcuts.ts';
import { clearMarks, paintQuote, quoteOfRange, type SelectedQuote } from './dom-highlights.ts';
import { addHighlight, removeHighlight, setNote, useHighlights } from './highlights-store.ts';
import { useMessages } from '../../i18n/messages.ts';
import { highlightsMessages } from '../../i18n/zh/highlights.ts';

function currentSelection(): { quote: SelectedQuote; rect: DOMRect } | null {
  const root = readingRoot();
  const selection = document.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const quote = quoteOfRange(root, range);
  return quote ? { quote, rect: range.getBoundingClientRect() } : null;
}

/**
 * Highlights and notes on a document: select text, then 高亮 (or the h key); a highlight opens
 * its note. Painted from the saved quotes whenever they or the text change; a quote whose words
 * a rebuilt document no longer has is listed on the highlights page, not lost.
 */
export function Highlighter({ meta }: { meta: DocMeta }) {
  const all = useHighlights();
  const m = useMessages(highlightsMessages);
  const mine = useMemo(() => all.filter((h) => h.doc === meta.id), [all, meta.id]);
  const [selected, setSelected] = useState<{ quote: SelectedQuote; rect: DOMRect } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [painted, setPainted] = useState(false);
  const [params] = useSearchParams();
  const target = params.get('highlight');
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Paint once the text is there, and again when the highlights change.
  useEffect(
    () =>
      whenReadingRoot((root) => {
        clearMarks(root);
        for (const h of mine) paintQuote(root, h, h.id, h.note);
        setPainted(true);
      }),
    [mine],
  );

  // Arriving from the highlights page: the highlight is brought into view.
  useEffect(() => {
    if (!painted || !target) return;
    const mark = document.getElementById(`highlight-${target}`);
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [painted, target]);

  useEffect(() => {
    let timer = 0;
    const onChange = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setSelected(currentSelection()), 150);
    };
    document.addEventListener('selectionchange', onChange);
    // This code arrives after the page: the reader may have selected already.
    onChange();
    const onOpen = (event: Event) => {
      const mark = (event.target as Element | null)?.closest<HTMLElement>('mark[data-highlight]');
      if (!mark || document.getSelection()?.isCollapsed === false) return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      setEditing(mark.dataset.highlight ?? null);
    };
    document.addEventListener('click', onOpen);
    document.addEventListener('keydown', onOpen);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('click', onOpen);
      document.removeEventListener('keydown', onOpen);
    };
  }, []);

  const highlight = (withNote: boolean) => {
    const chosen = currentSelection() ?? selected;
    if (!chosen) return;
    const created = addHighlight({ doc: meta.id, title: meta.title, note: '', ...chosen.quote });
    document.getSelection()?.removeAllRanges();
    setSelected(null);
    if (withNote) setEditing(created.id);
  };
  useShortcut('h', () => highlight(false));

  useEffect(() => {
    if (editing) noteRef.current?.focus();
  }, [editing]);

  const open = mine.find((h) => h.id === editing) ?? null;
  // Above the selection; on a phone below it, where the system's own selection menu is not.
  const narrow = window.innerWidth < 640;
  const top = selected ? (narrow ? selected.rect.bottom + 8 : Math.max(8, selected.rect.top - 48)) : 0;
  const left = selected ? Math.min(window.innerWidth - 220, Math.max(8, selected.rect.left)) : 0;
  return (
    <>
      {selected && !open ? (
        <div
          role="toolbar"
          aria-label={m.toolbar}
          className="fixed z-50 flex gap-1 rounded-lg border border-stone-300 bg-white p-1 text-sm shadow-lg print:hidden dark:border-stone-700 dark:bg-stone-900"
          style={{ top, left }}
          // Keeps the selection: a mousedown elsewhere would clear it before the click.
          onMouseDown={(event) => event.preventDefault()}
        >
          <button
            type="button"
            onClick={() => highlight(false)}
            className="rounded px-2 py-1 hover:bg-amber-100 dark:hover:bg-amber-900"
          >
            {m.highlight} <kbd aria-hidden="true">h</kbd>
          </button>
          <button
            type="button"
            onClick={() => highlight(true)}
            className="rounded px-2 py-1 hover:bg-amber-100 dark:hover:bg-amber-900"
          >
            {m.highlightWithNote}
          </button>
        </div>
      ) : null}
      {open ? (
        <div
          role="dialog"
          aria-label={m.title}
          className="fixed inset-x-0 bottom-0 z-[60] mx-auto max-w-xl rounded-t-lg border border-stone-300 bg-white p-4 shadow-xl print:hidden dark:border-stone-700 dark:bg-stone-900"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(null);
          }}
        >
          <blockquote lang="zh-CN" className="mb-2 line-clamp-3 border-l-4 border-amber-400 pl-3 text-sm">
            {open.quote}
          </blockquote>
          <label className="block text-sm font-medium" htmlFor="highlight-note">
            {m.note}
          </label>
          <textarea
            id="highlight-note"
            ref={noteRef}
            key={open.id}
            defaultValue={open.note}
            rows={3}
            className="mt-1 w-full rounded-md border border-stone-300 bg-white p-2 text-sm dark:border-stone-700 dark:bg-stone-950"
          />
          <div className="mt-2 flex flex-wrap justify-end gap-2 text-sm">
            <button
              type="button"
              onClick={() => {
                removeHighlight(open.id);
                setEditing(null);
              }}
              className="mr-auto rounded-md px-3 py-1 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950"
            >
              {m.removeHighlight}
            </button>
            <Link to={paths.highlights.href()} className="self-center underline">
              {m.all}
            </Link>
            <button
              type="button"
              onClick={() => setEditing(null)}
              className="rounded-md px-3 py-1 hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              {m.cancel}
            </button>
            <button
              type="button"
              onClick={() => {
                setNote(open.id, noteRef.current?.value ?? '');
                setEditing(null);
              }}
              className="rounded-md bg-red-800 px-3 py-1 text-white hover:bg-red-900"
            >
              {m.saveNote}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
