import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<P extends object> = ComponentType<P> & {
  /** Starts loading the code; resolves once it is there. Safe to call any number of times. */
  preload: () => Promise<void>;
};

/**
 * Like React.lazy, but a page whose code was preloaded renders at once instead of suspending for
 * a tick: the first render can then be the whole page, so it replaces the prerendered snapshot
 * without a blank or half-built frame in between.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A chunk that failed (offline, a new deployment) may load on the next attempt.
        pending = null;
        throw error;
      },
    ));
  const Suspending = lazy(async () => {
    await preload();
    if (!loaded) throw new Error('page code did not load');
    return { default: loaded };
  });
  function LazyPageComponent(props: P) {
    // Chosen once per mounted page: switching component types later would remount it and lose its state.
    const [ready] = useState(() => loaded);
    return createElement(ready ?? Suspending, props);
  }
  return Object.assign(LazyPageComponent, { preload });
}

/**
 * React.lazy for a part the page does without if it must (suggestions, a notice, an offer): when
 * its code cannot load (offline, or a new deployment replaced it), it renders nothing instead of
 * taking the page down with it, until the next visit (a part is not worth a retry button).
 */
export function lazyOptional<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: () => null }),
    ),
  );
}
