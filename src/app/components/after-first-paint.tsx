import { Suspense, useEffect, useState, type ReactNode } from 'react';

/** Long enough for the first paint; short enough that nothing waits for it noticeably. */
const FALLBACK_DELAY_MS = 200;

/**
 * Renders what nothing on the first screen needs (a lazily loaded part) only once the browser is
 * idle after the first paint, so its code is neither fetched nor run before the page shows.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setReady(true), FALLBACK_DELAY_MS);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setReady(true), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null;
}
