import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'yuelan.scroll.v1';
/** The history entry whose saved position was last put back: a page's own restoring stays out of its way. */
let restoredKey: string | null = null;

/** Whether Back, Forward or a reload put this history entry's scroll position back. */
export function restoredFromHistory(key: string): boolean {
  return restoredKey === key;
}
/** Long enough for a page's code and data to arrive on a slow phone; a reader who scrolls takes over. */
const RESTORE_FRAMES = 120;

function loadPositions(): Map<string, number> {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    return new Map(Object.entries(saved).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return new Map();
  }
}

function savePositions(positions: Map<string, number>): void {
  try {
    // The newest 100 history entries are plenty for Back; older ones are dropped.
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries([...positions].slice(-100))));
  } catch {
    // Private mode or a full quota: Back still works, it just starts at the top.
  }
}

/**
 * The browser's own scroll restoration runs before a client-rendered page has its content, so the
 * app keeps a position per history entry: Back and Forward (and a reload) return to it, a new page
 * starts at the top, and a link to #section is left to the page that owns that section.
 */
export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Map<string, number> | null>(null);
  const current = useRef<{ key: string; path: string } | null>(null);

  useEffect(() => {
    const map = (positions.current ??= loadPositions());
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (current.current) map.set(current.current.key, window.scrollY);
      });
    };
    const onHide = () => savePositions(map);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  useLayoutEffect(() => {
    const map = (positions.current ??= loadPositions());
    const before = current.current;
    const path = location.pathname + location.search;
    // A page opened from its address has no history key of its own ('default'): its path tells
    // it apart from other pages opened that way in the same tab.
    const key = location.key === 'default' ? `default ${path}` : location.key;
    if (before) map.set(before.key, map.get(before.key) ?? 0);
    current.current = { key, path };
    const saved = map.get(key);
    if ((navigationType === NavigationType.Pop || !before) && saved !== undefined) {
      restoredKey = location.key;
      return restore(saved);
    }
    // A prerendered page may have been scrolled before the app took over: that is its position.
    if (!before) map.set(key, window.scrollY);
    if (!before || location.hash.length > 1 || before.path === path) return;
    window.scrollTo(0, 0);
  }, [location.key, location.pathname, location.search, location.hash, navigationType]);
}

/** Scrolls to y as soon as the page is tall enough, unless the reader scrolls first. */
function restore(y: number): () => void {
  let frames = 0;
  let handle = 0;
  let userMoved = false;
  const stop = () => (userMoved = true);
  window.addEventListener('wheel', stop, { passive: true, once: true });
  window.addEventListener('touchstart', stop, { passive: true, once: true });
  window.addEventListener('keydown', stop, { once: true });
  const step = () => {
    if (userMoved) return;
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) > 1 && frames++ < RESTORE_FRAMES) handle = requestAnimationFrame(step);
  };
  step();
  return () => {
    cancelAnimationFrame(handle);
    window.removeEventListener('wheel', stop);
    window.removeEventListener('touchstart', stop);
    window.removeEventListener('keydown', stop);
  };
}
