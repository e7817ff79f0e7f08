import { lazy, Suspense, useSyncExternalStore } from 'react';
import { storageProblem, subscribeStorageProblem } from '../../lib/safe-storage.ts';

// Loaded only when storage fails, which few readers ever see.
const StorageNoticePanel = lazy(async () => ({
  default: (await import('./storage-notice-panel.tsx')).StorageNoticePanel,
}));

/** Says once per visit why the reader's choices will not be remembered; the app works on. */
export function StorageNotice() {
  const problem = useSyncExternalStore(subscribeStorageProblem, storageProblem, storageProblem);
  if (!problem) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticePanel problem={problem} />
    </Suspense>
  );
}
