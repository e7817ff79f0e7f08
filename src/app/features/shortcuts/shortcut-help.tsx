import { lazy, Suspense, useEffect, useState } from 'react';
import { runShortcut, useShortcut } from './shortcuts.ts';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

const ShortcutListDialog = lazy(async () => ({
  default: (await import('./shortcut-list-dialog.tsx')).ShortcutListDialog,
}));

/**
 * The keyboard shortcuts: '?' shows them all, and so does this footer button, for readers
 * without a keyboard or who do not know to ask. Also where the global key listener lives.
 */
export function ShortcutHelp() {
  const m = useMessages(shell);
  const [open, setOpen] = useState(false);
  useShortcut('?', () => setOpen(true));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (runShortcut(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="underline decoration-dotted underline-offset-2 hover:text-stone-700 dark:hover:text-stone-200"
      >
        {m.shortcuts} <kbd aria-hidden="true">?</kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShortcutListDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
