import { useEffect, useRef } from 'react';

/*
 * Single-key shortcuts for the whole app. The page being read registers what j, k and t mean
 * there (a report: its sections and contents); elsewhere j and k follow the page's own
 * next/previous links. Every shortcut has a control on the page as well.
 */

export type ShortcutKey = 'j' | 'k' | 't' | 'h' | '?' | '/';

const handlers = new Map<ShortcutKey, (() => void)[]>();

/** While the component is mounted, `key` runs `run` (the latest registration wins). */
export function useShortcut(key: ShortcutKey, run: () => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const handler = () => latest.current();
    const list = handlers.get(key) ?? [];
    handlers.set(key, [...list, handler]);
    return () => {
      handlers.set(
        key,
        (handlers.get(key) ?? []).filter((h) => h !== handler),
      );
    };
  }, [key]);
}

export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The page's own link with this rel (a document's pager), followed as a click would. */
function followRel(rel: 'next' | 'prev'): boolean {
  const link = document.querySelector<HTMLAnchorElement>(`main a[rel="${rel}"]`);
  link?.click();
  return link !== null;
}

/** Runs the shortcut for a key press; true when one ran. */
export function runShortcut(event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return false;
  const key = event.key as ShortcutKey;
  const registered = handlers.get(key)?.at(-1);
  if (registered) {
    registered();
    return true;
  }
  if (key === 'j') return followRel('next');
  if (key === 'k') return followRel('prev');
  return false;
}
