import { useEffect, useRef, useState } from 'react';
import { runShortcut, SHORTCUTS, useShortcut } from './shortcuts.ts';

/**
 * The keyboard shortcuts: '?' shows them all, and so does this footer button, for readers
 * without a keyboard or who do not know to ask. Also where the global key listener lives.
 */
export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useShortcut('?', () => setOpen(true));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (runShortcut(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // showModal() is what makes it modal (focus kept inside, Escape closes); jsdom has none.
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="underline decoration-dotted underline-offset-2 hover:text-stone-700 dark:hover:text-stone-200"
      >
        快捷键 <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcut-help-title"
        onClose={() => setOpen(false)}
        className="m-auto w-80 max-w-[90vw] rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-900 shadow-xl backdrop:bg-black/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id="shortcut-help-title" className="mb-3 text-base font-semibold">
          键盘快捷键
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.keys} className="contents">
              <dt>
                <kbd className="rounded border border-stone-300 px-1.5 font-mono dark:border-stone-600">
                  {shortcut.keys}
                </kbd>
              </dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 text-right">
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            关闭
          </button>
        </div>
      </dialog>
    </>
  );
}
