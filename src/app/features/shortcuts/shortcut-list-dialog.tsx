import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { shortcutList } from '../../i18n/zh/shortcuts.ts';
import type { ShortcutKey } from './shortcuts.ts';

/** Each key with the catalogue's name of what it does. */
const SHORTCUTS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['t', 'contents'],
  ['h', 'highlight'],
  ['/', 'search'],
  ['?', 'all'],
] as const satisfies readonly (readonly [ShortcutKey, keyof typeof shortcutList.zh])[];

/** The list of shortcuts as a modal dialog; loaded the first time it is asked for. */
export function ShortcutListDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const m = useMessages(shortcutList);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // showModal() is what makes it modal (focus kept inside, Escape closes); jsdom has none.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcut-help-title"
      onClose={onClose}
      className="m-auto w-80 max-w-[90vw] rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-900 shadow-xl backdrop:bg-black/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="shortcut-help-title" className="mb-3 text-base font-semibold">
        {m.title}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map(([key, description]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 px-1.5 font-mono dark:border-stone-600">{key}</kbd>
            </dt>
            <dd>{m[description]}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 text-right">
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {m.close}
        </button>
      </div>
    </dialog>
  );
}
