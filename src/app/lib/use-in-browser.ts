import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the build prerenders a page, true in the browser: for parts that depend on the
 * reader's own browser (their reading list, their place in a document) and load their code
 * lazily, which a prerendered page must not wait for.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
