import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { shell } from '../../i18n/zh/shell.ts';

const loadPanel = () => import('./reading-settings-panel.tsx');
const ReadingSettingsPanel = lazy(async () => ({ default: (await loadPanel()).ReadingSettingsPanel }));
// Fetched when the pointer or focus reaches the button, so the panel is usually there on click.
const preloadPanel = () => void loadPanel();

/** The reading settings: a button in the header opening a panel; saved, and applied before the first paint. */
export function ReadingSettings() {
  const m = useMessages(shell);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onPointerEnter={preloadPanel}
        onFocus={preloadPanel}
        className="rounded-md px-2 py-1 text-sm whitespace-nowrap text-stone-600 hover:bg-stone-100 focus-visible:outline-2 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        <span aria-hidden="true">Aa</span> {m.readingButton}
      </button>
      <div
        ref={panelRef}
        id={panelId}
        role="group"
        aria-label={m.readingSettings}
        hidden={!open}
        className="absolute right-0 z-40 mt-1 w-72 rounded-lg border border-stone-200 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {open ? (
          <Suspense fallback={<p className="text-sm text-stone-600 dark:text-stone-300">{m.loadingPanel}</p>}>
            <ReadingSettingsPanel />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
