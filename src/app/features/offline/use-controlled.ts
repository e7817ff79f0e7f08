import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  navigator.serviceWorker.addEventListener('controllerchange', onChange);
  return () => navigator.serviceWorker.removeEventListener('controllerchange', onChange);
}

/** Is a service worker answering this page's requests (so what it fetches is kept offline)? */
export function useServiceWorkerControlled(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null,
    () => false,
  );
}
