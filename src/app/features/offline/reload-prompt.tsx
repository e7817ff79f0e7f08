import { lazy, Suspense } from 'react';
import { useServiceWorker } from './use-service-worker.ts';

// Most visits have nothing to say: the prompt's code loads only when it does.
const ReloadPromptPanel = lazy(async () => ({
  default: (await import('./reload-prompt-panel.tsx')).ReloadPromptPanel,
}));

/** Registers the service worker and, when there is news (an update, offline ready), says so. */
export function ReloadPrompt() {
  const worker = useServiceWorker();
  if (!worker.needRefresh && !worker.offlineReady) return null;
  return (
    <Suspense fallback={null}>
      <ReloadPromptPanel {...worker} />
    </Suspense>
  );
}
