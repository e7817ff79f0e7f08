import { useState } from 'react';
import type { StorageProblem } from '../../lib/safe-storage.ts';
import { useMessages } from '../../i18n/messages.ts';
import { storageNotice } from '../../i18n/zh/storage-notice.ts';

/** Says once per visit why the reader's choices will not be remembered; the app works on. */
export function StorageNoticePanel({ problem }: { problem: StorageProblem }) {
  const m = useMessages(storageNotice);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-50 max-w-sm rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 shadow-lg dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{m[problem]}</p>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="mt-2 rounded-md px-3 py-1 underline hover:bg-amber-100 dark:hover:bg-amber-900"
      >
        {m.understood}
      </button>
    </div>
  );
}
