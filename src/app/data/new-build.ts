/**
 * A tab opened on one build and still open after the next deployment asks for files by the names
 * the old build gave them. Data files are content-hashed, so a deployment that changed or removed
 * a document leaves that name missing (404) where the library is too large to be precached. The
 * tab then moves itself once onto the new build: the new service worker (waiting, as the reader
 * has not yet been asked) takes over, since the old one would serve the old manifest again, and
 * the page reloads. The URL names the document by its id, which a rebuild keeps, and the reading
 * position store brings the reader back to their place.
 */
import { readJson, writeJson } from '../lib/safe-storage.ts';

const KEY = 'yuelan.reloaded-for';
/** The bundle's content-hashed files: their names change with their content. */
const HASHED = /\/data\/(?:docs|search|pages)\//;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isHashedDataUrl(url: string): boolean {
  return HASHED.test(url);
}

/**
 * Reloads the page for a missing content-hashed file, once per file and tab (a file missing
 * from the new build too is reported, not reloaded for ever). True when it reloads.
 */
export function reloadForNewBuild(url: string, reload: () => void = () => void moveToNewBuild()): boolean {
  if (!isHashedDataUrl(url)) return false;
  const done = readJson('session', KEY, [], isStringList);
  if (done.includes(url)) return false;
  writeJson('session', KEY, [...done.slice(-20), url]);
  reload();
  return true;
}

const WAIT_MS = 10_000;

/** The registration's new worker once it is installed (waiting), or null if none comes in time. */
function installedWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  if (registration.waiting) return Promise.resolve(registration.waiting);
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(registration.waiting), WAIT_MS);
    const watch = (worker: ServiceWorker | null) => {
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') {
          window.clearTimeout(timer);
          resolve(worker);
        }
      });
    };
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  });
}

/** Lets the new build's service worker take over (if there is one), then reloads the page. */
export async function moveToNewBuild(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration && navigator.serviceWorker.controller) {
      await registration.update().catch(() => undefined);
      const worker = await installedWorker(registration);
      if (worker) {
        const changed = new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
          window.setTimeout(resolve, WAIT_MS);
        });
        // The message the worker's own update prompt sends (workbox-window's messageSkipWaiting).
        worker.postMessage({ type: 'SKIP_WAITING' });
        await changed;
      }
    }
  } finally {
    window.location.reload();
  }
}
