import { useEffect } from 'react';
import type { ServiceWorkerState } from './use-service-worker.ts';
import { useMessages } from '../../i18n/messages.ts';
import { reloadPrompt } from '../../i18n/zh/reload-prompt.ts';

const OFFLINE_READY_MS = 6000;

/** A new deployment is ready: a quiet, non-blocking prompt; the reader decides when to reload. */
export function ReloadPromptPanel({ needRefresh, offlineReady, dismiss, update }: ServiceWorkerState) {
  const m = useMessages(reloadPrompt);
  useEffect(() => {
    if (!offlineReady) return;
    // 'Ready to read offline' is news once; it goes away by itself.
    const timer = window.setTimeout(dismiss, OFFLINE_READY_MS);
    return () => window.clearTimeout(timer);
  }, [offlineReady, dismiss]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div
      role="status"
      className="fixed bottom-4 left-4 z-50 max-w-xs rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
    >
      <p>{needRefresh ? m.update : m.offlineReady}</p>
      <div className="mt-2 flex gap-2">
        {needRefresh ? (
          <button
            type="button"
            onClick={update}
            className="rounded-md bg-red-800 px-3 py-1 text-white hover:bg-red-900"
          >
            {m.reload}
          </button>
        ) : null}
        <button
          type="button"
          onClick={dismiss}
          className="rounded-md px-3 py-1 text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          {m.close}
        </button>
      </div>
    </div>
  );
}
