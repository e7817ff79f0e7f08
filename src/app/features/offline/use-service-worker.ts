import { useCallback, useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';
import { serviceWorkerUrl } from '../../lib/trusted-types.ts';

export type ServiceWorkerState = {
  /** A new deployment is installed and waiting for the reader's go-ahead. */
  needRefresh: boolean;
  /** The app was just cached for offline reading for the first time. */
  offlineReady: boolean;
  dismiss: () => void;
  /** Activates the waiting deployment; the page reloads once it controls it. */
  update: () => void;
};

let workbox: Workbox | null = null;
let registering = false;

/**
 * Registers the service worker (production builds only) and reports what the reader should
 * know. Registration goes through the app's Trusted Types policy, which the strict CSP requires:
 * the registration helper of the PWA plugin passes a plain string and is refused.
 */
/** Starts the worker and reports a waiting update or the first install. */
function start(wb: Workbox, onNeedRefresh: () => void, onOfflineReady: () => void): void {
  workbox = wb;
  let prompted = false;
  wb.addEventListener('waiting', () => {
    prompted = true;
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    onNeedRefresh();
  });
  wb.addEventListener('installed', (event) => {
    // The first install (not an update, and not one found by another tab) is news once.
    if (!event.isUpdate && !event.isExternal && !prompted) onOfflineReady();
  });
  void wb.register({ immediate: true }).catch(() => {
    // Without a service worker the app still works online; offline reading is what is lost.
  });
}

export function useServiceWorker(): ServiceWorkerState {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || registering) return;
    registering = true;
    // Loaded after first paint: nothing on screen waits for the service worker.
    void import('workbox-window').then(({ Workbox }) =>
      start(
        new Workbox(serviceWorkerUrl(), { scope: import.meta.env.BASE_URL }),
        () => setNeedRefresh(true),
        () => setOfflineReady(true),
      ),
    );
  }, []);
  const dismiss = useCallback(() => {
    setNeedRefresh(false);
    setOfflineReady(false);
  }, []);
  const update = useCallback(() => workbox?.messageSkipWaiting(), []);
  return { needRefresh, offlineReady, dismiss, update };
}
