import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { safeDecode } from '#shared/safe-decode.ts';

const FLASH_CLASS = 'target-flash';

/** Brings a heading into view, moves focus to it and marks it briefly. */
export function revealHeading(id: string, focus = true): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: 'start' });
  if (focus) el.focus({ preventScroll: true });
  el.classList.remove(FLASH_CLASS);
  // Reflow so the animation restarts when the same heading is reached twice.
  void el.offsetWidth;
  el.classList.add(FLASH_CLASS);
  window.setTimeout(() => el.classList.remove(FLASH_CLASS), 2000);
  return true;
}

/** Opens the report at the section the URL names (#s-3-1), on first load, reload and links. */
export function useHashTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const id = safeDecode(hash.slice(1));
    // After layout, so the heading is where it will stay.
    const frame = requestAnimationFrame(() => revealHeading(id));
    return () => cancelAnimationFrame(frame);
  }, [ready, hash]);
}
